"""The reader widget: what lands where, typography, layers, markers and zoom."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCursor

from hzreader.ui.reader.layers import Marker, Span
from hzreader.ui.reader.view import ReaderView


@pytest.fixture
def plan(app_ctx):
    from hzreader.services.library import LibraryService

    return LibraryService(app_ctx).document("plan")


@pytest.fixture
def reader(qtbot, plan):
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.set_document(plan)
    view.show()
    qtbot.waitExposed(view)
    return view


def _char_format(reader, position):
    cursor = QTextCursor(reader.document())
    cursor.setPosition(position + 1)  # the format of the character before the cursor
    return cursor.charFormat()


def test_every_node_text_sits_at_its_recorded_range(reader, plan):
    text = reader.document().toPlainText()
    nodes = list(plan.walk())
    assert len(reader.map) == len(nodes)
    for node in nodes:
        start = reader.text_position(node.key, 0)
        assert text[start : start + len(node.text)] == node.text, node.key
        if node.kind == "sentence":
            assert reader.key_at(start) == node.key


def test_typography_of_title_chapters_measures_and_body(reader, plan):
    doc = reader.document()
    title_block = doc.firstBlock()
    assert title_block.text() == plan.title
    assert title_block.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter
    body_size = doc.defaultFont().pointSizeF()
    chapter_start = reader.node_range("c3")[0]
    assert _char_format(reader, chapter_start).fontWeight() == QFont.Weight.Bold
    assert _char_format(reader, chapter_start).fontPointSize() > body_size
    m9 = reader.node_range("m9")[0]
    assert doc.toPlainText()[m9 : m9 + 2] == "9."
    assert _char_format(reader, m9).fontWeight() == QFont.Weight.Bold  # the number
    title_end = reader.text_position("m9", len("完善城乡住房保障体系"))
    assert _char_format(reader, title_end - 1).fontWeight() == QFont.Weight.Bold  # the title
    rest = reader.text_position("m9.s2", 3)
    assert _char_format(reader, rest).fontWeight() != QFont.Weight.Bold  # the text after it
    block = doc.findBlock(rest).blockFormat()
    assert block.lineHeightType() == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    assert 170 <= block.lineHeight() <= 180
    assert block.textIndent() > 0  # two characters, as in official texts
    goal = reader.node_range("g1")[0]
    assert doc.toPlainText()[goal : goal + 2] == "——"
    assert "Noto Serif CJK SC" in doc.defaultFont().families()


def test_the_column_keeps_about_forty_characters_on_a_wide_screen(reader):
    frame = reader.document().rootFrame().frameFormat()
    column = reader.viewport().width() - frame.leftMargin() - frame.rightMargin()
    em = reader._typo.em
    assert 36 * em <= column <= 44 * em
    assert abs(frame.leftMargin() - frame.rightMargin()) < 1


def test_layers_stack_and_clear(reader):
    s2 = reader.node_range("m9.s2")
    reader.set_layer("notes", [Span(s2[0], s2[1], QColor(255, 230, 0, 120), "重点", "note-1")])
    reader.highlight_spans([(s2[0] + 2, s2[0] + 6, QColor("cyan"))])
    assert len(reader.extraSelections()) == 2
    hits = reader.spans_at(s2[0] + 3)
    assert [name for name, _ in hits] == ["highlight", "notes"]  # topmost first
    assert reader.spans_at(s2[1] + 1) == []
    reader.clear_layer("notes")
    assert reader.layer("notes") == []
    assert len(reader.extraSelections()) == 1


def test_a_double_click_on_a_span_with_data_asks_to_open_it(qtbot, reader):
    reader.scroll_to_key("m9")
    s2 = reader.node_range("m9.s2")
    reader.set_layer("notes", [Span(s2[0], s2[1], QColor(255, 230, 0, 120), "", "note-1")])
    cursor = QTextCursor(reader.document())
    cursor.setPosition(s2[0] + 3)
    point = reader.cursorRect(cursor).center()
    asked = []
    reader.span_activated.connect(lambda *args: asked.append(args))
    # One click places the cursor inside the highlight, and opens nothing (issue 11, item 9).
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert asked == []
    assert reader.textCursor().position() in (s2[0] + 3, s2[0] + 4)
    assert not reader.textCursor().hasSelection()
    with qtbot.waitSignal(reader.span_activated) as signal:
        qtbot.mouseDClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == ["notes", "note-1"]
    assert not reader.textCursor().hasSelection()  # no word selected under the editor


def test_markers_sit_in_the_left_margin_and_answer_clicks(qtbot, reader):
    reader.scroll_to_key("m9")
    marker = Marker(reader.text_position("m9.s2", 0), QColor("orange"), "一条笔记", "note-2")
    reader.set_markers("notes", [marker])
    rects = reader._marker_rects()
    assert len(rects) == 1
    rect, name, _marker = rects[0]
    assert name == "notes"
    assert rect.right() < reader._column_left()  # beside the text, not over it
    with qtbot.waitSignal(reader.marker_activated) as signal:
        qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert signal.args == ["notes", "note-2"]
    assert reader._tooltip_at(rect.center().toPoint()) == "一条笔记"
    reader.set_markers("notes", [])
    assert reader.markers("notes") == []


def test_zoom_keeps_the_first_line_in_view(qtbot, reader):
    reader.scroll_to_key("m12")
    assert reader.top_key() in ("m12", "m12.s1")
    size = reader.point_size()
    with qtbot.waitSignal(reader.point_size_changed):
        reader.set_point_size(size + 4)
    assert reader.document().defaultFont().pointSizeF() == size + 4
    assert reader.top_key() in ("m12", "m12.s1")
    reader.set_point_size(1000)
    assert reader.point_size() == 40  # clamped


def test_selection_is_reported_as_node_and_offsets(reader):
    start = reader.text_position("m9.s2", 4)
    reader.select_range(start, start + 6)
    ref = reader.selection_key_range()
    assert (ref.key, ref.start, ref.end) == ("m9.s2", 4, 10)
    assert ref.text == "职住平衡创新"
    reader.select_range(reader.text_position("m9.s1", 1), reader.text_position("m9.s3", 2))
    assert reader.selection_key_range().key == "m9"
    reader.select_range(reader.node_range("m9")[0], reader.node_range("m10")[0] + 3)
    assert reader.selection_key_range().key == "c3"


def test_position_at_and_top_anchor_round_trip(reader):
    reader.scroll_to_key("m15.s3", 2)
    anchor = reader.top_anchor()
    assert anchor[0].startswith("m15")
    reader.verticalScrollBar().setValue(0)
    reader.scroll_to_key(*anchor)
    assert reader.top_anchor() == anchor
    position = reader.position_at(QPoint(int(reader._column_left()) + 2, 5))
    assert reader.key_at(position).startswith("m15")
