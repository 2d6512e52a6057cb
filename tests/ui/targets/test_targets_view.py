"""The targets ledger (指标台账) in the window, as a division head uses it (USERS.md 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QDialog, QMessageBox

from hzreader.ui.targets.actual_dialog import ActualDialog
from hzreader.ui.targets.model import (
    COL_ACTUAL,
    COL_GOAL,
    COL_NAME,
    COL_PROGRESS,
    PROGRESS_ROLE,
    ROW_ROLE,
)


def _open_ledger(qtbot, window):
    """Open the ledger as a user does (its action) and wait for its rows."""
    window.findChild(QAction, "action_toggle_targets").trigger()
    view = window.targets.view
    qtbot.waitUntil(lambda: view.isVisible() and view.model.rowCount() > 0)
    return view


def _names(view) -> list[str]:
    return [view.proxy.index(r, COL_NAME).data() for r in range(view.proxy.rowCount())]


def _row_of(view, name: str) -> int:
    return _names(view).index(name)


def _click_row(qtbot, view, name: str) -> None:
    index = view.proxy.index(_row_of(view, name), COL_NAME)
    view.table.scrollTo(index)
    qtbot.mouseClick(
        view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center()
    )


def _record(qtbot, view, monkeypatch, value: str, day: str, source: str = "") -> None:
    """Record through the dialog, filled in as a user would."""

    def fill(dialog: ActualDialog) -> int:
        dialog.value_edit.setText(value)
        dialog.date_edit.setDate(QDate.fromString(day, "yyyy-MM-dd"))
        dialog.source_edit.setText(source)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActualDialog, "exec", fill)
    view.record_action.trigger()


def _reader_text(reader, start: int, end: int) -> str:
    cursor = QTextCursor(reader.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_the_ledger_lists_the_plans_33_targets_in_reading_order(qtbot, window):
    assert not window.docks.targets.isVisible()
    view = _open_ledger(qtbot, window)
    assert view.proxy.rowCount() == 33
    names = _names(view)
    assert names[0] == "人均生产总值" and names[-1] == "低收入农户收入年均增速"
    first = view.proxy.index(0, COL_GOAL)
    assert first.data() == "≥ 18 万元"
    assert view.proxy.index(0, COL_PROGRESS).data() == "未记录"
    assert view.count_label.text() == "33 项指标"


def test_sorting_by_a_column_header(qtbot, window):
    view = _open_ledger(qtbot, window)
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_GOAL) + header.sectionSize(COL_GOAL) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    values = [view.proxy.index(r, 0).data(ROW_ROLE).target.value for r in range(33)]
    assert values == sorted(values) or values == sorted(values, reverse=True)
    view.table.sortByColumn(COL_GOAL, Qt.SortOrder.DescendingOrder)
    assert _names(view)[0] == "新增大学生创业企业"  # 10000 家
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _names(view)[0] == "人均生产总值"


def test_filters_by_comparator_unit_chapter_and_text(qtbot, window):
    view = _open_ledger(qtbot, window)
    view.comparator_box.setCurrentIndex(view.comparator_box.findData("<="))
    assert _names(view) == ["城乡居民收入倍差", "亿元生产总值生产安全事故死亡率", "万人成讼率"]
    assert view.count_label.text() == "3 / 33 项指标"
    view.comparator_box.setCurrentIndex(0)
    view.unit_box.setCurrentIndex(view.unit_box.findData("万元"))
    assert _names(view) == ["人均生产总值", "居民人均可支配收入"]
    view.unit_box.setCurrentIndex(0)
    view.chapter_box.setCurrentIndex(view.chapter_box.findData("四"))
    assert _names(view) == [
        "累计城镇新增就业",
        "新增大学生创业企业",
        "全市最低工资标准",
        "低收入农户收入年均增速",
    ]
    view.chapter_box.setCurrentIndex(0)
    qtbot.keyClicks(view.search_edit, "r&d")  # QTest types Latin letters only
    # The text filter reads the whole sentence: its other targets come along.
    assert _names(view) == ["R&D经费投入强度", "发明专利拥有量", "数字经济核心产业主营业务收入"]
    view.search_edit.setText("婴幼儿 托位")  # every word must occur
    assert _names(view) == ["每千人口拥有婴幼儿照护设施托位数"]
    view.search_edit.clear()
    assert view.proxy.rowCount() == 33


def test_a_click_scrolls_the_reader_to_the_sentence_and_marks_the_figure(qtbot, window):
    view = _open_ledger(qtbot, window)
    reader = window.reader
    row = view.proxy.index(_row_of(view, "万人成讼率"), 0).data(ROW_ROLE)
    key = row.target.key
    start, end = reader.node_range(key)

    def top_of_sentence() -> int:
        cursor = QTextCursor(reader.document())
        cursor.setPosition(start)
        return reader.cursorRect(cursor).top()

    assert not 0 <= top_of_sentence() < reader.viewport().height()  # the plan opens at its start
    _click_row(qtbot, view, "万人成讼率")
    # The sentence may start mid-line: its line comes to the top of the view.
    qtbot.waitUntil(lambda: 0 <= top_of_sentence() < reader.viewport().height() // 4)
    assert window.citation_label.text() == row.citation
    marks = reader.layer("target")
    assert len(marks) == 1
    assert _reader_text(reader, marks[0].start, marks[0].end) == "62.5件/万人"
    assert start <= marks[0].start < marks[0].end <= end
    assert view.panel.sentence.text() == row.target.text


def test_recording_an_actual_shows_its_progress_and_survives_a_restart(
    qtbot, window, restart, monkeypatch
):
    view = _open_ledger(qtbot, window)
    _click_row(qtbot, view, "城镇调查失业率")
    _record(qtbot, view, monkeypatch, "5.6", "2023-12-31", "统计公报")
    _record(qtbot, view, monkeypatch, "5.3", "2024-12-31", "区统计局")
    row = _row_of(view, "城镇调查失业率")
    assert view.proxy.index(row, COL_ACTUAL).data() == "5.3 %"
    progress = view.proxy.index(row, COL_PROGRESS).data(PROGRESS_ROLE)
    assert progress.met and progress.label == "偏差 +6%"
    panel = view.panel.table
    assert [panel.item(r, 0).text() for r in range(panel.rowCount())] == [
        "2024-12-31",
        "2023-12-31",
    ]

    window = restart(window)
    view = window.targets.view
    qtbot.waitUntil(lambda: view.isVisible() and view.model.rowCount() == 33)
    row = _row_of(view, "城镇调查失业率")
    assert view.proxy.index(row, COL_ACTUAL).data() == "5.3 %"
    assert view.proxy.index(row, COL_PROGRESS).data() == "偏差 +6%"


def test_a_bad_value_keeps_the_dialog_open_and_records_nothing(qtbot, window):
    view = _open_ledger(qtbot, window)
    target = view.proxy.index(0, 0).data(ROW_ROLE).target
    dialog = ActualDialog(target, view)
    qtbot.addWidget(dialog)
    dialog.value_edit.setText("十八")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.error_label.isHidden() and "数字" in dialog.error_label.text()
    assert view.service.actuals(target.id, "plan") == []


def test_deleting_a_recorded_value(qtbot, window, monkeypatch):
    view = _open_ledger(qtbot, window)
    _click_row(qtbot, view, "人均生产总值")
    _record(qtbot, view, monkeypatch, "15.1", "2023-12-31")
    _record(qtbot, view, monkeypatch, "16.2", "2024-12-31")
    view.panel.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.panel.delete_button, Qt.MouseButton.LeftButton)
    assert view.panel.table.rowCount() == 1
    assert view.panel.table.item(0, 1).text() == "15.1 万元"
    assert view.proxy.index(_row_of(view, "人均生产总值"), COL_ACTUAL).data() == "15.1 万元"


@pytest.mark.parametrize("fmt", ["csv", "md", "docx"])
def test_export_from_the_view(qtbot, window, monkeypatch, tmp_path: Path, fmt: str):
    view = _open_ledger(qtbot, window)
    target = tmp_path / f"台账.{fmt}"
    monkeypatch.setattr(view, "ask_export_path", lambda _fmt: str(target))
    with qtbot.waitSignal(view.export_finished, timeout=10_000) as blocker:
        view.export_actions[fmt].trigger()
    assert blocker.args == [str(target), 33]
    assert target.stat().st_size > 0
    if fmt == "csv":
        assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert view.export_button.isEnabled()


def test_the_ledger_follows_the_document_shown(qtbot, window):
    view = _open_ledger(qtbot, window)
    window.open_document("brief")
    qtbot.waitUntil(lambda: view.model.rowCount() != 33)
    assert _names(view) == ["1小时交通圈"]
    window.open_document("plan")
    qtbot.waitUntil(lambda: view.model.rowCount() == 33)
