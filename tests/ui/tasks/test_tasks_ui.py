"""The 任务分解表 in the window, as a drafter of a district's 实施方案 uses it (USERS.md 4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as read_docx
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMenu, QMessageBox

from hzreader.services.composition import Services
from hzreader.ui.tasks.model import COL_DUE, COL_LEAD, COL_TASK, OVERDUE_PAPER

DISTRICT = (
    Path(__file__).resolve().parents[2] / "data" / "relations" / "shangcheng_shishi_fangan.txt"
)


class Menus:
    """Context menus as a user sees them: each one is read, then closed (Escape)."""

    def __init__(self) -> None:
        self.shown: list[list[str]] = []
        self._tries = 0

    def arm(self) -> None:
        """Read and close the next menu that opens."""
        self._tries = 0
        QTimer.singleShot(10, self._look)

    def _look(self) -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            self.shown.append([a.objectName() or a.text() for a in popup.actions()])
            popup.close()
        elif self._tries < 200:
            self._tries += 1
            QTimer.singleShot(10, self._look)

    def __getitem__(self, i: int) -> list[str]:
        return self.shown[i]


@pytest.fixture
def no_menus() -> Menus:
    return Menus()


def _open_dock(qtbot, window):
    window.findChild(QAction, "action_toggle_tasks").trigger()
    panel = window.tasks.panel
    qtbot.waitUntil(panel.isVisible)
    return panel


def _rows(panel) -> list[tuple[str, str]]:
    m = panel.model
    return [(m.index(r, COL_TASK).data(), m.index(r, COL_LEAD).data()) for r in range(m.rowCount())]


def _right_click(qtbot, reader, menus: Menus, key: str, offset: int = 2) -> None:
    """A right click on a clause of the reader (the menu itself is recorded, not shown)."""
    reader.scroll_to_key(key)
    qtbot.wait(20)
    cursor = reader.textCursor()
    cursor.setPosition(reader.text_position(key, offset))
    point = reader.cursorRect(cursor).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, reader.viewport().mapToGlobal(point)
    )
    menus.arm()
    QApplication.sendEvent(reader.viewport(), event)


def _fill(editor, lead: str, partners: str = "", due: str = "", status: int = 0, note: str = ""):
    editor.lead_box.setEditText(lead)
    editor.partners_edit.setText(partners)
    editor.due_edit.setText(due)
    editor.status_box.setCurrentIndex(status)
    editor.note_edit.setPlainText(note)
    editor.accept()


def test_the_dock_and_its_actions(window) -> None:
    toggle = window.findChild(QAction, "action_toggle_tasks")
    assert toggle.shortcut().toString() == "Ctrl+Shift+J" and toggle.text() == "任务分解(&J)"
    assign = window.findChild(QAction, "action_assign_task")
    assert assign.shortcut().toString() == "Ctrl+Alt+J" and assign.isEnabled()
    assert assign in window.reader.context_actions()
    notes_menu = window.findChild(QMenu, "menu_notes")
    assert assign in notes_menu.actions()
    assert window.docks.tasks.widget() is window.tasks.panel


def test_three_clauses_for_two_units_exported_to_xlsx_and_docx(
    qtbot, window, no_menus, monkeypatch, tmp_path: Path
) -> None:
    reader = window.reader
    # 1. A right click on a sentence of measure 9: the measure goes on the table.
    _right_click(qtbot, reader, no_menus, "m9.s2")
    assert "action_assign_task" in no_menus[-1]  # 分解到任务表 is on the reader's menu
    window.tasks.assign_action.trigger()
    editor = window.tasks.editor
    assert editor.key() == "m9" and editor.clause_box.count() >= 3  # sentence, measure, chapter
    _fill(editor, "市住保房管局", "市发改委、市规划和自然资源局", "2099-06", 1, "**已报送**方案")
    panel = window.tasks.panel
    assert window.docks.tasks.isVisible()
    assert _rows(panel) == [("完善城乡住房保障体系", "市住保房管局")]
    # 2. A selection inside one sentence: that sentence is the clause.
    start = reader.text_position("m2.s2", 0)
    reader.select_range(start, start + 12)
    window.tasks.assign_action.trigger()
    editor = window.tasks.editor
    assert editor.key() == "m2.s2"
    _fill(editor, "市科技局", "市发改委", "2099")
    # 3. The outline's context menu on measure 12.
    outline = window.outline
    index = outline.model.index_for_key("m12")
    outline.tree.scrollTo(index)
    no_menus.arm()
    outline.tree.customContextMenuRequested.emit(outline.tree.visualRect(index).center())
    assert "action_assign_task_node" in no_menus[-1]
    assert window.tasks.assign_node_action.data() == "m12"
    window.tasks.assign_node_action.trigger()
    _fill(window.tasks.editor, "市发改委", "", "2099-12-31")
    assert [lead for _t, lead in _rows(panel)] == ["市科技局", "市住保房管局", "市发改委"]

    for fmt in ("xlsx", "docx"):
        out = tmp_path / f"分解表.{fmt}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, o=out, **k: (str(o), ""))
        panel.export_actions[fmt].trigger()
        qtbot.waitUntil(lambda o=out: o.exists() and not window.tasks.jobs, timeout=15000)
    ws = load_workbook(tmp_path / "分解表.xlsx").active
    numbered = [r for r in ws.iter_rows(min_row=4, values_only=True) if isinstance(r[0], int)]
    assert [r[3] for r in numbered] == ["市科技局", "市住保房管局", "市发改委"]
    table = read_docx(str(tmp_path / "分解表.docx")).tables[0]
    assert any(
        c.text == "市规划和自然资源局" or "市规划和自然资源局" in c.text
        for r in table.rows
        for c in r.cells
    )


def test_the_documents_own_units_fill_a_new_task(qtbot, window) -> None:
    doc = window.services.imports.import_file(DISTRICT)
    window.reload_library(doc.id)
    window.tasks.assign_clause("i1.m2")
    editor = window.tasks.editor
    assert editor.lead_box.currentText() == "区科技局"
    assert editor.partners() == ["区委人才办", "区经信局"]
    assert "原文写明" in editor.hint.text()
    assert editor.lead_box.itemText(0) == "区科技局"  # offered first
    editor.accept()
    assert window.services.tasks.for_key("i1.m2", doc.id).partners == ["区委人才办", "区经信局"]


def test_a_bad_deadline_keeps_the_editor_open_and_writes_nothing(qtbot, window) -> None:
    window.tasks.assign_clause("m9")
    editor = window.tasks.editor
    _fill(editor, "市发改委", due="2025-02-30")
    assert editor.isVisible() and "没有这一天" in editor.error.text()
    assert window.services.tasks.list() == []
    editor.lead_box.setEditText("")
    editor.due_edit.setText("2025")
    editor.accept()
    assert editor.isVisible() and "牵头单位" in editor.error.text()
    editor.reject()
    assert window.services.tasks.list() == []


def test_overdue_rows_are_marked_and_filters_narrow_the_table(qtbot, window) -> None:
    tasks = window.services.tasks
    tasks.assign("m9", lead="市住保房管局", partners=["市发改委"], due="2020-06")
    tasks.assign("m2.s2", lead="市科技局", due="2099", status="doing")
    tasks.assign("m12", lead="市发改委", due="2020", status="done")  # done: never overdue
    panel = _open_dock(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    late = panel.model.row_of(tasks.for_key("m9").id)
    assert (
        panel.model.index(late, COL_DUE).data(Qt.ItemDataRole.BackgroundRole).color()
        == OVERDUE_PAPER
    )
    assert "逾期" in panel.model.index(late, COL_DUE).data()
    assert (
        panel.model.index(panel.model.row_of(tasks.for_key("m12").id), COL_DUE).data(
            Qt.ItemDataRole.BackgroundRole
        )
        is None
    )
    assert "1 项逾期" in panel.count_label.text()
    panel.unit_box.setCurrentIndex(panel.unit_box.findData("市发改委"))
    assert [t for t, _l in _rows(panel)] == ["完善城乡住房保障体系", "推动实现更加充分更高质量就业"]
    panel.unit_box.setCurrentIndex(0)
    panel.status_box.setCurrentIndex(panel.status_box.findData("overdue"))
    assert [lead for _t, lead in _rows(panel)] == ["市住保房管局"]
    panel.status_box.setCurrentIndex(0)
    panel.chapter_box.setCurrentIndex(panel.chapter_box.findData("c2"))
    assert [lead for _t, lead in _rows(panel)] == ["市科技局"]
    assert panel.count_label.text().startswith("1 / 3")


def test_a_click_jumps_to_the_clause_also_in_another_document(qtbot, window) -> None:
    tasks = window.services.tasks
    tasks.assign("m20", lead="市文旅局")
    tasks.assign("pre2", doc_id="brief", lead="市建委")
    panel = _open_dock(qtbot, window)
    panel.scope_box.setCurrentIndex(panel.scope_box.findData("all"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    index = panel.model.index(0, COL_TASK)
    qtbot.mouseClick(
        panel.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.table.visualRect(index).center(),
    )
    qtbot.waitUntil(lambda: window.reader.top_key() in ("m20", "m20.s1"))
    panel.open_requested.emit(panel.model.tasks()[1])
    qtbot.waitUntil(lambda: window.document.id == "brief")


def test_remove_undo_and_the_trash(qtbot, window, monkeypatch) -> None:
    tasks = window.services.tasks
    tasks.assign("m9", lead="市发改委")
    panel = _open_dock(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.select_task(tasks.for_key("m9").id)
    panel.table.setFocus()
    panel.remove_action.trigger()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert window.notes_actions.undo.text() == "撤销 从任务表移除"
    window.notes_actions.undo.trigger()  # the window's one Ctrl+Z
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.select_task(tasks.for_key("m9").id)
    panel.remove_action.trigger()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    trash = window.tasks.open_trash()
    assert len(trash.ids()) == 1
    trash.select_all()
    trash.findChild(type(panel.units_button), "tasks_trash_restore").click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and trash.ids() == [])
    panel.select_task(tasks.for_key("m9").id)
    panel.remove_action.trigger()
    qtbot.waitUntil(lambda: len(trash.ids()) == 1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    trash.findChild(type(panel.units_button), "tasks_trash_empty").click()
    qtbot.waitUntil(lambda: trash.ids() == [])
    assert tasks.trash() == [] and tasks.list() == []


def test_units_are_renamed_and_merged_from_their_dialog(qtbot, window, monkeypatch) -> None:
    tasks = window.services.tasks
    tasks.assign("m1", lead="市发改委")
    tasks.assign("m9", lead="市住保房管局", partners=["市发展改革委"])
    dialog = window.tasks.open_units()
    assert set(dialog.names()) == {"市发改委", "市住保房管局", "市发展改革委"}
    dialog.select_names(["市发展改革委"])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("市发改委", True))
    dialog.ask_merge()
    qtbot.waitUntil(lambda: "市发展改革委" not in dialog.names())
    assert tasks.for_key("m9").partners == ["市发改委"]
    dialog.select_names(["市发改委"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("市发展和改革委员会", True))
    dialog.ask_rename()
    qtbot.waitUntil(lambda: "市发展和改革委员会" in dialog.names())
    assert tasks.for_key("m1").lead == "市发展和改革委员会"
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    dialog.select_names(["市住保房管局"])
    dialog.ask_delete()  # still leads a task: refused, with a reason
    assert "市住保房管局" in dialog.names() and shown


def test_a_change_by_the_command_line_shows_while_the_dock_is_open(qtbot, window) -> None:
    panel = _open_dock(qtbot, window)
    other = Services(window.ctx)  # as another process would write
    other.tasks.assign("m9", lead="市发改委")
    window.tasks._look_for_changes()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert _rows(panel) == [("完善城乡住房保障体系", "市发改委")]


def test_the_dock_opens_with_room_for_several_rows(qtbot, window) -> None:
    """Qt opened the bottom area at its minimum: a heading and one row of the table."""
    window.resize(1224, 792)
    panel = _open_dock(qtbot, window)
    rows = panel.table.verticalHeader().defaultSectionSize()
    qtbot.waitUntil(lambda: panel.table.viewport().height() >= 4 * rows)
    assert window.reader.height() >= 300  # the text keeps most of the window
