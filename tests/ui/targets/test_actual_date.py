"""Typing a date into the record-actual dialog (issue 11, item 14)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, Qt

from hzreader.core.targets import Target
from hzreader.ui.targets.actual_dialog import ActualDialog


def _dialog(qtbot) -> ActualDialog:
    target = Target(name="城镇调查失业率", value=5.5, unit="%", comparator="<=", year=2025,
                    key="m1.s3", text="城镇调查失业率控制在5.5%以内")  # fmt: skip
    dialog = ActualDialog(target)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2026, 12, 1))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _click_at_character(qtbot, edit, characters: int) -> None:
    """A click in the date's text, after that many characters, as a user aims the mouse."""
    line = edit.lineEdit()
    left = line.contentsRect().left() + line.textMargins().left() + 2
    x = left + line.fontMetrics().horizontalAdvance(line.text()[:characters])
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))
    qtbot.wait(20)


def test_a_year_typed_after_a_click_in_the_year_is_taken(qtbot):
    dialog = _dialog(qtbot)
    edit = dialog.date_edit
    _click_at_character(qtbot, edit, 2)  # into 2026, between its digits
    qtbot.keyClicks(edit, "2024")
    assert edit.date() == QDate(2024, 12, 1)
    _click_at_character(qtbot, edit, 6)  # into the month
    qtbot.keyClicks(edit, "06")
    assert edit.date() == QDate(2024, 6, 1)
    assert edit.date().toString("yyyy-MM-dd") == "2024-06-01"


def test_tabbing_into_the_date_and_typing_a_whole_date(qtbot):
    dialog = _dialog(qtbot)
    dialog.value_edit.setFocus()
    qtbot.keyClick(dialog.value_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(dialog.date_edit.hasFocus)
    qtbot.keyClicks(dialog.date_edit, "2024-06-30")
    assert dialog.date_edit.date() == QDate(2024, 6, 30)
    dialog.date_edit.setFocus()
    dialog.date_edit.setSelectedSection(dialog.date_edit.Section.YearSection)
    qtbot.keyClicks(dialog.date_edit, "2023/5/9")
    assert dialog.date_edit.date() == QDate(2023, 5, 9)
