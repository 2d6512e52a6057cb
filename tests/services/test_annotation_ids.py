"""ids() and get_many(): the lazy notes panel's queries agree with list()."""

from __future__ import annotations

import pytest

from hzreader.services.annotations import AnnotationService
from hzreader.services.composition import Services


@pytest.fixture
def notes(app_ctx) -> AnnotationService:
    service = Services(app_ctx).annotations
    service.create("m12", note="就业 Beta", tags=["部门/人社"], color="红")
    service.create("g1.s2", note="目标", tags=["部门"], color="黄")
    service.create("m9.s2", quote="共有产权住房", note="本局牵头", tags=["部门/发改", "住房"])
    service.create("m10", note="50%_off", tags=["部门二"], color="蓝")
    return service


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"tag": "部门"},
        {"tag": "部门/发改"},
        {"color": "黄"},
        {"color": "red"},
        {"text": "本局"},
        {"text": "beta"},
        {"text": "共有产权"},
        {"text": "%_"},
        {"review_only": True},
    ],
)
def test_ids_match_list_in_plan_order(notes: AnnotationService, filters: dict) -> None:
    assert notes.ids(**filters) == [a.id for a in notes.list(**filters)]


def test_ids_tag_filter_is_a_subtree_not_a_prefix(notes: AnnotationService) -> None:
    names = {tuple(a.tags) for a in notes.get_many(notes.ids(tag="部门"))}
    assert ("部门二",) not in names and len(names) == 3


def test_ids_by_keys_and_by_date(notes: AnnotationService) -> None:
    by_key = notes.get_many(notes.ids(keys=["m9.s2", "m10"]))
    assert {a.key for a in by_key} == {"m9.s2", "m10"}
    newest = notes.ids(order="created")
    assert len(newest) == 4 and notes.get(newest[0]).created >= notes.get(newest[-1]).created


def test_get_many_keeps_the_order_asked_and_skips_unknown(notes: AnnotationService) -> None:
    ids = notes.ids()
    notes.delete(ids[1])
    got = notes.get_many([ids[3], "nope", ids[1], ids[0]])
    assert [a.id for a in got] == [ids[3], ids[1], ids[0]]
    assert got[1].deleted is not None
    assert ids[1] not in notes.ids()
