"""The 任务分解表 service on a real SQLite file: assign, filters, units, undo, trash, backup."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.core.errors import BadInputError, NotFoundError
from hzreader.services.composition import Services
from hzreader.services.opening import open_context
from hzreader.services.tasks import KEEP, TaskService

DISTRICT = (
    Path(__file__).resolve().parents[1] / "data" / "relations" / "shangcheng_shishi_fangan.txt"
)


@pytest.fixture
def services(app_ctx) -> Services:
    return Services(app_ctx)


@pytest.fixture
def tasks(services) -> TaskService:
    return services.tasks


def test_assign_then_update_keeps_one_row_per_clause(tasks: TaskService) -> None:
    t = tasks.assign(
        "m9", lead="市住保房管局", partners=["市发改委"], due="2025-06", status="推进中"
    )
    assert (t.key, t.title, t.lead, t.partners, t.due, t.status) == (
        "m9",
        "完善城乡住房保障体系",
        "市住保房管局",
        ["市发改委"],
        "2025-06",
        "doing",
    )
    assert t.citation.endswith("第三部分第9条") and t.found
    again = tasks.assign("m9", lead="市住保房管局", note="已报送方案")
    assert again.id == t.id and again.partners == ["市发改委"] and again.due == "2025-06"
    assert again.note == "已报送方案"
    cleared = tasks.assign("m9", lead="市发改委", partners=[], due=None)
    assert (cleared.lead, cleared.partners, cleared.due) == ("市发改委", [], None)
    assert [x.id for x in tasks.list()] == [t.id]


def test_the_table_is_in_document_order_and_filters(tasks: TaskService, services) -> None:
    tasks.assign("m12", lead="市人力社保局", status="late")
    tasks.assign("m2.s2", lead="市科技局", partners=["市发改委"])
    tasks.assign("m9", lead="市发改委", status="done")
    tasks.assign("pre2", doc_id="brief", lead="市建委")
    assert [t.key for t in tasks.list()] == ["m2.s2", "m9", "m12", "pre2"]
    assert [t.key for t in tasks.list(unit="市发改委")] == ["m2.s2", "m9"]  # lead or partner
    assert [t.key for t in tasks.list(status="滞后")] == ["m12"]
    assert [t.key for t in tasks.list(doc_id="brief")] == ["pre2"]
    assert [t.key for t in tasks.list(chapter="c3")] == ["m9"]
    assert [k for k, _h in tasks.chapters("plan")] == ["c2", "c3", "c4"]
    assert tasks.chapter_of(tasks.list()[0])[1].startswith("二、加快建设全球数字变革策源地")


def test_bad_input_writes_nothing(tasks: TaskService) -> None:
    for kwargs in (
        {"key": "m99", "lead": "市发改委"},
        {"key": "m9", "lead": " "},
        {"key": "m9", "lead": "市发改委", "due": "2025-13"},
        {"key": "m9", "lead": "市发改委", "status": "搁置"},
        {"key": "m9", "lead": "市发改委", "note": "x\x00"},
        {"key": "m9", "lead": "市发改委", "doc_id": "nowhere"},
    ):
        with pytest.raises((BadInputError, NotFoundError)):
            tasks.assign(**kwargs)
    assert tasks.list() == [] and tasks.units() == []
    t = tasks.assign("m9", lead="市发改委", due="2025")
    with pytest.raises(BadInputError):
        tasks.update(t.id, due="明年")
    assert tasks.get(t.id).due == "2025"


def test_unassign_undo_and_the_trash(tasks: TaskService, services) -> None:
    history = services.annotations.history  # one history for notes and tasks: one Ctrl+Z
    t = tasks.assign("m9", lead="市发改委")
    assert tasks.unassign("m9") is True and tasks.unassign("m9") is False
    assert tasks.list() == [] and [x.id for x in tasks.trash()] == [t.id]
    assert history.undo_text() == "从任务表移除"
    history.undo()
    assert [x.id for x in tasks.list()] == [t.id] and tasks.trash() == []
    history.redo()
    assert tasks.list() == []
    tasks.restore(t.id)
    assert [x.id for x in tasks.list()] == [t.id]
    tasks.delete(t.id)
    assert tasks.empty_trash() == 1 and tasks.trash() == []
    with pytest.raises(NotFoundError):
        tasks.get(t.id)
    history.undo()  # emptying the trash is undone while the window is open
    assert [x.id for x in tasks.trash()] == [t.id]
    with pytest.raises(NotFoundError):
        tasks.unassign("m99")


def test_assigning_a_trashed_clause_brings_its_row_back(tasks: TaskService) -> None:
    t = tasks.assign("m9", lead="市发改委", note="第一次")
    tasks.unassign("m9")
    back = tasks.assign("m9", lead="市住建局")
    assert back.id == t.id and back.deleted is None and back.note == "第一次"
    assert back.lead == "市住建局"


def test_undo_of_a_new_task_removes_it_and_its_new_units(tasks: TaskService, services) -> None:
    tasks.assign("m1", lead="市发改委")
    tasks.assign("m9", lead="市住保房管局", partners=["市发改委"])
    services.annotations.history.undo()
    assert [t.key for t in tasks.list()] == ["m1"]
    assert [u.name for u in tasks.units()] == ["市发改委"]  # 市住保房管局 was new with it
    services.annotations.history.redo()
    assert [t.key for t in tasks.list()] == ["m1", "m9"]


def test_units_rename_merge_delete(tasks: TaskService, services) -> None:
    tasks.assign("m1", lead="市发改委", partners=["市经信局"])
    tasks.assign("m9", lead="市住保房管局", partners=["市发展改革委", "市发改委"])
    tasks.add_unit("市统计局")
    counts = {u.name: (u.lead, u.partner) for u in tasks.units()}
    assert counts == {
        "市发改委": (1, 1),
        "市经信局": (0, 1),
        "市住保房管局": (1, 0),
        "市发展改革委": (0, 1),
        "市统计局": (0, 0),
    }
    tasks.merge_units(["市发展改革委"], "市发改委")  # two names of one unit become one
    m9 = tasks.for_key("m9")
    assert m9.partners == ["市发改委"]
    tasks.rename_unit("市发改委", "市发展和改革委员会")
    assert tasks.for_key("m1").lead == "市发展和改革委员会"
    assert tasks.for_key("m9").partners == ["市发展和改革委员会"]
    assert "市发改委" not in {u.name for u in tasks.units()}
    services.annotations.history.undo()
    assert tasks.for_key("m1").lead == "市发改委"
    with pytest.raises(BadInputError, match="请先把它合并"):
        tasks.delete_unit("市发改委")
    tasks.delete_unit("市统计局")
    assert "市统计局" not in {u.name for u in tasks.units()}
    with pytest.raises(NotFoundError):
        tasks.rename_unit("不存在的局", "x")


def test_the_documents_own_units_are_offered_first(tasks: TaskService, services) -> None:
    doc = services.imports.import_file(DISTRICT)
    suggested = tasks.suggested_units(doc.id)
    assert suggested[:4] == ["区发改局", "区规划资源分局", "区住建局", "区科技局"]
    units = tasks.suggestion("i1.m2.s3", doc.id)  # a sentence of 提升科技创新策源能力
    assert (units.lead, units.partners) == ("区科技局", ("区委人才办", "区经信局"))
    assert tasks.suggestion("m9") is None
    t = tasks.assign("i1.m2", doc_id=doc.id, lead=units.lead, partners=units.partners)
    # The table's 具体内容 leaves out the （牵头单位：…） the units came from.
    line = tasks.table(doc_id=doc.id).groups[0].lines[0]
    assert line.task.id == t.id and "牵头单位" not in line.content
    assert tasks.table(doc_id=doc.id).groups[0].heading == (
        "二、主要任务　（一）建设数字变革高地，增强高质量发展动能"
    )


def test_tasks_travel_in_the_backup_and_merge_on_restore(services, tmp_path: Path) -> None:
    t = services.tasks.assign(
        "m9",
        lead="市住保房管局",
        partners=["市发改委"],
        due="2025",
        status="doing",
        note="**对接**",
    )
    services.tasks.assign("m1", lead="市发改委")
    services.tasks.unassign("m1")  # the trash travels too
    services.tasks.add_unit("市统计局")
    path, _count = services.backup_files.export(tmp_path / "b.json")
    other = open_context(tmp_path / "home")
    try:
        home = Services(other)
        first = home.restores.restore(path)
        assert (first.tasks_added, first.tasks_updated) == (2, 0)
        got = home.tasks.for_key("m9")
        assert (got.id, got.lead, got.partners, got.due, got.status, got.note) == (
            t.id,
            "市住保房管局",
            ["市发改委"],
            "2025",
            "doing",
            "**对接**",
        )
        assert [x.key for x in home.tasks.trash()] == ["m1"]
        assert "市统计局" in {u.name for u in home.tasks.units()}
        again = home.restores.restore(path)
        assert (again.tasks_added, again.tasks_updated) == (0, 0)
        # A change at home wins over the office's older row; the office's newer one wins back.
        home.tasks.update(got.id, status="done")
        assert home.restores.restore(path).tasks_updated == 0
        assert home.tasks.for_key("m9").status == "done"
    finally:
        other.close()


def test_a_clause_on_both_tables_under_two_ids_stays_one_row(services, tmp_path: Path) -> None:
    services.tasks.assign("m9", lead="市发改委", note="办公室")
    path, _count = services.backup_files.export(tmp_path / "b.json")
    other = open_context(tmp_path / "home")
    try:
        home = Services(other)
        mine = home.tasks.assign("m9", lead="市住建局", note="家里，较早")
        with other.engine.begin() as conn:  # make the home row the older one
            conn.exec_driver_sql("UPDATE tasks SET updated_at='2020-01-01 00:00:00'")
        result = home.restores.restore(path)
        assert (result.tasks_added, result.tasks_updated) == (0, 1)
        rows = home.tasks.list()
        assert [(r.id, r.lead, r.note) for r in rows] == [(mine.id, "市发改委", "办公室")]
    finally:
        other.close()


def test_keep_leaves_the_deadline(tasks: TaskService) -> None:
    t = tasks.assign("m9", lead="市发改委", due="2025-06")
    assert tasks.update(t.id, due=KEEP, status="late").due == "2025-06"
    assert tasks.update(t.id, due="").due is None


def test_a_deleted_documents_notes_and_tasks_keep_the_backup_restorable(
    services, tmp_path: Path
) -> None:
    """Its notes and tasks go to the trash with it; a backup made afterwards still restores
    (it used to be refused: the notes named a document the file did not list)."""
    doc = services.imports.import_file(DISTRICT)
    services.annotations.create("i1.m2", doc_id=doc.id, note="区里的做法")
    services.tasks.assign("i1.m2", doc.id, lead="区科技局")
    services.imports.delete(doc.id)
    assert services.tasks.list() == [] and [t.key for t in services.tasks.trash()] == ["i1.m2"]
    path, _count = services.backup_files.export(tmp_path / "b.json")
    other = open_context(tmp_path / "home")
    try:
        result = Services(other).restores.restore(path)
        assert (result.added, result.needs_review, result.tasks_added) == (1, 1, 1)
    finally:
        other.close()
