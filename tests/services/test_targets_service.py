"""The targets ledger service: targets, actual values that last, validation that writes nothing."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from hzreader.core.errors import BadInputError, NotFoundError
from hzreader.services.composition import Services
from hzreader.services.opening import open_context
from hzreader.services.targets import TargetService
from hzreader.storage import targets as repo
from hzreader.storage.engine import write_session


def _by_name(service: TargetService, name: str):
    return next(r for r in service.ledger() if r.target.name == name)


def _all_actuals(ctx) -> dict:
    with ctx.sessions() as session:
        return {d: repo.actuals_by_target(session, d) for d in ("plan", "brief")}


def test_plan_ledger_has_the_33_targets_with_their_place(app_ctx) -> None:
    rows = Services(app_ctx).targets.ledger()
    assert len(rows) == 33
    assert [r.order for r in rows] == list(range(33))
    first = rows[0]
    assert first.target.name == "人均生产总值"
    assert (first.chapter_number, first.chapter_title, first.section_key) == (
        "一",
        "主要目标",
        "g1",
    )
    assert first.section_number is None and first.section_label == "目标"
    jobs = next(r for r in rows if r.target.name == "新增大学生创业企业")
    assert (jobs.chapter_number, jobs.section_number, jobs.section_label) == ("四", "12", "第12条")
    assert jobs.citation.endswith("第四部分第12条第2句")
    assert all(r.actuals == () and r.progress is None for r in rows)
    assert len({r.target.id for r in rows}) == 33


def test_targets_are_extracted_once_per_document_text(app_ctx, monkeypatch) -> None:
    import hzreader.services.targets as module

    calls = []
    real = module.extract_targets
    monkeypatch.setattr(module, "extract_targets", lambda doc: calls.append(doc.id) or real(doc))
    service = Services(app_ctx).targets
    assert len(service.targets()) == 33
    service.ledger()
    service.targets("plan")
    assert calls == ["plan"]


def test_recorded_actuals_are_listed_newest_first_and_survive_a_restart(data_dir: Path) -> None:
    ctx = open_context(data_dir)
    service = Services(ctx).targets
    target = _by_name(service, "城镇调查失业率").target
    service.record_actual("plan", target.id, 5.6, "2023-12-31", source="统计公报")
    service.record_actual(None, target.id, "5.3", "2024-12-31", source="区统计局", note="初步数")
    ctx.close()

    ctx = open_context(data_dir)
    try:
        service = Services(ctx).targets
        row = _by_name(service, "城镇调查失业率")
        assert [(a.value, a.recorded_on) for a in row.actuals] == [
            (5.3, "2024-12-31"),
            (5.6, "2023-12-31"),
        ]
        assert (row.latest.source, row.latest.note) == ("区统计局", "初步数")
        assert row.progress is not None and row.progress.met
        assert row.progress.label == "偏差 +6%"
        assert [a.value for a in service.actuals(target.id)] == [5.3, 5.6]
    finally:
        ctx.close()


def test_progress_for_each_comparator_in_the_ledger(app_ctx) -> None:
    service = Services(app_ctx).targets
    cases = {
        "人均生产总值": (16.2, 0.9, False),  # >= 18
        "城乡居民收入倍差": (1.65, 1.0, True),  # <= 1.7
        "城镇调查失业率": (6.0, 0.8, False),  # ~ 5
        "新增大学生创业企业": (12000, 1.0, True),  # = 10000, delivered and passed
    }
    for name, (value, _, _) in cases.items():
        service.record_actual("plan", _by_name(service, name).target.id, value, "2024-12-31")
    for name, (_, fraction, met) in cases.items():
        progress = _by_name(service, name).progress
        assert progress is not None
        assert progress.fraction == pytest.approx(fraction), name
        assert progress.met is met, name


@pytest.mark.parametrize(
    ("target_id", "value", "day", "error"),
    [
        ("g9.s9~00000000", 5, "2024-12-31", NotFoundError),
        ("OK", "五点三", "2024-12-31", BadInputError),
        ("OK", math.nan, "2024-12-31", BadInputError),
        ("OK", math.inf, "2024-12-31", BadInputError),
        ("OK", "1e999", "2024-12-31", BadInputError),
        ("OK", True, "2024-12-31", BadInputError),
        ("OK", 5, "2024-02-30", BadInputError),
        ("OK", 5, "2024-2-3", BadInputError),
        ("OK", 5, "31/12/2024", BadInputError),
        ("OK", 5, "", BadInputError),
    ],
)
def test_bad_input_writes_nothing(app_ctx, target_id: str, value, day: str, error) -> None:
    service = Services(app_ctx).targets
    if target_id == "OK":
        target_id = service.targets()[0].id
    with pytest.raises(error):
        service.record_actual("plan", target_id, value, day)
    assert _all_actuals(app_ctx) == {"plan": {}, "brief": {}}


def test_unknown_document_and_overlong_note_write_nothing(app_ctx) -> None:
    service = Services(app_ctx).targets
    target_id = service.targets()[0].id
    with pytest.raises(NotFoundError):
        service.record_actual("nope", target_id, 1, "2024-12-31")
    with pytest.raises(BadInputError):
        service.record_actual("plan", target_id, 1, "2024-12-31", note="很" * 20_000)
    # A plan target id is not a target of the brief.
    with pytest.raises(NotFoundError):
        service.record_actual("brief", target_id, 1, "2024-12-31")
    assert _all_actuals(app_ctx) == {"plan": {}, "brief": {}}


def test_delete_actual(app_ctx) -> None:
    service = Services(app_ctx).targets
    target_id = service.targets()[0].id
    keep = service.record_actual("plan", target_id, 16, "2023-12-31")
    gone = service.record_actual("plan", target_id, 17, "2024-12-31")
    assert service.delete_actual(gone.id) == gone
    assert service.actuals(target_id) == [keep]
    with pytest.raises(NotFoundError):
        service.delete_actual(gone.id)
    with pytest.raises(NotFoundError):
        service.delete_actual("x")
    assert service.actuals(target_id) == [keep]


def test_listeners_hear_of_changes(app_ctx) -> None:
    service = Services(app_ctx).targets
    heard: list[str] = []
    service.listeners.append(heard.append)
    actual = service.record_actual("plan", service.targets()[0].id, 16, "2024-12-31")
    service.delete_actual(actual.id)
    assert heard == ["plan", "plan"]


def test_actuals_of_a_vanished_target_are_kept_and_reported(app_ctx) -> None:
    with write_session(app_ctx.sessions) as session:
        repo.add_actual(
            session,
            doc_id="plan",
            target_id="g1.s2~deadbeef",
            value=1,
            recorded_on="2024-12-31",
            source="",
            note="",
        )
    service = Services(app_ctx).targets
    assert [a.target_id for a in service.orphaned_actuals()] == ["g1.s2~deadbeef"]
    assert all(r.actuals == () for r in service.ledger())
