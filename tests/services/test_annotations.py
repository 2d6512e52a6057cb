"""Notes, highlights, tags, the trash and undo, on a real SQLite file."""

from __future__ import annotations

import pytest

from hzreader.core.errors import BadInputError, NotFoundError
from hzreader.services.annotations import AnnotationService
from hzreader.services.composition import Services
from hzreader.services.opening import open_context


@pytest.fixture
def notes(app_ctx) -> AnnotationService:
    return Services(app_ctx).annotations


def test_create_on_a_span_and_read_back(notes: AnnotationService) -> None:
    a = notes.create(
        "m9", quote="共有产权住房", note="**本局牵头**", tags=["部门/发改", "住房"], color="黄"
    )
    got = notes.get(a.id)
    assert got.quote == "共有产权住房" and got.color == "yellow"
    assert got.tags == ["住房", "部门/发改"]
    assert got.citation.endswith("第三部分第9条")
    node_text = notes.library.node("m9").text
    assert node_text[got.start : got.end] == "共有产权住房"
    assert node_text.endswith(got.suffix) or got.suffix in node_text


def test_whole_node_note_and_plan_order(notes: AnnotationService) -> None:
    later = notes.create("m12", note="就业")
    earlier = notes.create("g1.s2", note="目标")
    middle = notes.create("m9.s2", quote="共有产权住房")
    assert [a.id for a in notes.list()] == [earlier.id, middle.id, later.id]
    assert later.quote == notes.library.node("m12").text


def test_bad_input_writes_nothing(notes: AnnotationService) -> None:
    for kwargs in (
        {"key": "m99"},
        {"key": "m9", "quote": "区块链"},
        {"key": "m9", "color": "pink"},
        {"key": "m9", "tags": ["  /  "]},
        {"key": "m9", "note": "x\x00y"},
    ):
        with pytest.raises((BadInputError, NotFoundError)):
            notes.create(**kwargs)
    assert notes.list() == [] and notes.tags() == []


def test_a_one_megabyte_note(notes: AnnotationService) -> None:
    big = "共同富裕" * 262_144
    a = notes.create("m1", note=big)
    assert notes.get(a.id).note == big


def test_tag_filter_includes_the_subtree(notes: AnnotationService) -> None:
    a = notes.create("m9", tags=["部门/发改"])
    notes.create("m10", tags=["部门二"])
    b = notes.create("m11", tags=["部门"])
    assert {x.id for x in notes.list(tag="部门")} == {a.id, b.id}
    assert [x.id for x in notes.list(tag="部门/发改")] == [a.id]


def test_trash_restore_and_empty(notes: AnnotationService) -> None:
    a = notes.create("m9", note="保留", tags=["住房"])
    notes.delete(a.id)
    assert notes.list() == [] and [x.id for x in notes.trash()] == [a.id]
    assert {t.name: t.count for t in notes.tags()} == {"住房": 0}
    notes.restore(a.id)
    assert [x.id for x in notes.list()] == [a.id] and notes.trash() == []
    notes.delete(a.id)
    assert notes.empty_trash() == 1
    assert notes.trash() == []
    with pytest.raises(NotFoundError):
        notes.get(a.id)


def test_undo_redo_many_steps(notes: AnnotationService) -> None:
    a = notes.create("m9", note="一")
    notes.update(a.id, note="二", tags=["甲"])
    notes.update(a.id, color="red")
    notes.delete(a.id)
    assert notes.list() == []
    notes.history.undo()  # delete
    assert notes.get(a.id).deleted is None and notes.get(a.id).color == "red"
    notes.history.undo()  # colour
    assert notes.get(a.id).color == "yellow"
    notes.history.undo()  # edit
    assert notes.get(a.id).note == "一" and notes.get(a.id).tags == []
    notes.history.undo()  # create
    with pytest.raises(NotFoundError):
        notes.get(a.id)
    assert not notes.history.can_undo()
    for _ in range(4):
        notes.history.redo()
    assert notes.get(a.id).deleted is not None and notes.get(a.id).note == "二"


def test_rename_merge_delete_tags_with_undo(notes: AnnotationService) -> None:
    a = notes.create("m9", tags=["调研/萧山"])
    b = notes.create("m10", tags=["调研/余杭", "住房"])
    notes.rename_tag("调研", "走访")
    assert notes.get(a.id).tags == ["走访/萧山"] and notes.get(b.id).tags == ["住房", "走访/余杭"]
    notes.history.undo()
    assert notes.get(a.id).tags == ["调研/萧山"]
    assert "走访/萧山" not in {t.name for t in notes.tags()}
    notes.merge_tags(["调研/萧山", "调研/余杭"], "调研")
    assert notes.get(a.id).tags == ["调研"] and notes.get(b.id).tags == ["住房", "调研"]
    notes.delete_tag("住房")
    assert notes.get(b.id).tags == ["调研"]
    notes.history.undo()
    assert notes.get(b.id).tags == ["住房", "调研"]
    notes.history.undo()
    assert notes.get(a.id).tags == ["调研/萧山"]
    assert {t.name: t.count for t in notes.tags()}["调研/余杭"] == 1


def test_rename_onto_existing_tag_merges(notes: AnnotationService) -> None:
    a = notes.create("m9", tags=["住房"])
    b = notes.create("m10", tags=["住房保障"])
    notes.rename_tag("住房保障", "住房")
    assert notes.get(b.id).tags == ["住房"]
    assert {t.name: t.count for t in notes.tags()} == {"住房": 2}
    assert notes.get(a.id).tags == ["住房"]


def test_notes_survive_a_restart(data_dir) -> None:
    ctx = open_context(data_dir)
    a = Services(ctx).annotations.create("m9", note="重启后还在", tags=["住房"])
    ctx.close()
    ctx = open_context(data_dir)
    try:
        again = Services(ctx).annotations.get(a.id)
        assert again.note == "重启后还在" and again.tags == ["住房"]
    finally:
        ctx.close()


def test_colour_meanings_are_editable(notes: AnnotationService) -> None:
    assert notes.colors()[0][:2] == ("yellow", "重点")
    notes.set_color_label("黄", "本局牵头")
    assert notes.colors()[0][1] == "本局牵头"
