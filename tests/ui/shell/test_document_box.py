"""The document chooser elides a long title to the room its box has, as the style lays it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from hzreader.ui.shell.document_box import DocumentBox

PLAN = "杭州争当浙江高质量发展建设共同富裕示范区城市范例的行动计划（2021—2025年）"


@pytest.fixture
def box(qtbot):
    box = DocumentBox()
    qtbot.addWidget(box)
    box.addItem(PLAN)
    box.addItem("短标题")
    box.show()
    qtbot.waitExposed(box)
    return box


def _shown_title(box: DocumentBox) -> tuple[str, int]:
    """The title the box paints, and the width of the style's text field."""
    option = QStyleOptionComboBox()
    box._painting = True  # as during paintEvent
    try:
        box.initStyleOption(option)
    finally:
        box._painting = False
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    return option.currentText, field.width()


@pytest.mark.parametrize("width", [120, 200, 300, 419])
def test_a_long_title_is_elided_within_the_text_field(box, qtbot, width):
    box.setFixedWidth(width)
    qtbot.waitUntil(lambda: box.width() == width)
    shown, field = _shown_title(box)
    assert shown.endswith("…") and PLAN.startswith(shown[:-1])
    drawn = box.fontMetrics().horizontalAdvance(shown)
    # Never cut by the field (Qt draws in it less a pixel each side), at most a character short.
    assert field - box.fontMetrics().horizontalAdvance("文") - 2 <= drawn <= field - 2


def test_a_title_with_room_is_whole_and_qt_paints_it(box, qtbot):
    box.setCurrentIndex(1)
    box.setFixedWidth(box.sizeHint().width())
    qtbot.waitUntil(lambda: box.width() == box.sizeHint().width())
    assert _shown_title(box)[0] == "短标题"
    box.setCurrentIndex(0)
    assert _shown_title(box)[0] == PLAN  # at the size hint even the longest one fits
    box.grab()  # paints through the override without an error
