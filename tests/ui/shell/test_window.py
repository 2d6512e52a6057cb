"""The main window as a user meets it: outline, reader, status bar, zoom, copy, documents."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication

from hzreader.ui.outline.model import KIND_ROLE


def _visible_top(window, key: str) -> int | None:
    """The y of a node's first line in the reader's viewport, or None when out of view."""
    reader = window.reader
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.node_range(key)[0])
    rect = reader.cursorRect(cursor)
    return rect.top() if 0 <= rect.top() < reader.viewport().height() else None


def _click_outline(qtbot, window, key: str) -> None:
    tree = window.outline.tree
    index = window.outline.model.index_for_key(key)
    tree.scrollTo(index)
    center = tree.visualRect(index).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=center)


def test_opens_on_the_plan_with_seven_chapters(window):
    model = window.outline.model
    top = [model.index(row, 0) for row in range(model.rowCount())]
    chapters = [i for i in top if i.data(KIND_ROLE) == "chapter"]
    assert window.document.id == "plan"
    assert [i.data() for i in chapters][:1] == ["一、主要目标"]
    assert len(chapters) == 7
    chapter_3 = chapters[2]
    labels = [model.index(r, 0, chapter_3).data() for r in range(model.rowCount(chapter_3))]
    assert "9.完善城乡住房保障体系" in labels
    # No sentences in the outline: measure 9 has no children there.
    assert model.rowCount(model.index_for_key("m9")) == 0
    text = window.reader.toPlainText()
    assert text.startswith(window.document.title)
    assert "9.完善城乡住房保障体系。率先开展职住平衡创新工作" in text
    assert "好地网" not in text


def test_outline_click_scrolls_to_measure_9_marks_it_and_cites_it(qtbot, window):
    assert _visible_top(window, "m9") is None  # the plan opens at its start
    _click_outline(qtbot, window, "m9")
    qtbot.waitUntil(lambda: _visible_top(window, "m9") is not None)
    assert _visible_top(window, "m9") < window.reader.viewport().height() // 4
    start, _end = window.reader.node_range("m9")
    flash = window.reader.layer("flash")
    assert flash and flash[0].start == start and flash[0].color.alpha() > 0
    citation = window.library.node("m9").citation
    assert "第9条" in citation
    assert window.citation_label.text() == citation
    # The mark is brief: it fades away by itself.
    qtbot.waitUntil(lambda: not window.reader.layer("flash"), timeout=4000)
    assert window.citation_label.text() == citation


def test_enter_in_the_outline_opens_the_item(qtbot, window):
    tree = window.outline.tree
    tree.setFocus()
    tree.setCurrentIndex(window.outline.model.index_for_key("m12"))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _visible_top(window, "m12") is not None)


def test_scrolling_the_reader_moves_the_outline_without_a_loop(qtbot, window):
    reader = window.reader
    reader.scroll_to_position(reader.text_position("m15.s2", 0))
    value = reader.verticalScrollBar().value()
    qtbot.waitUntil(lambda: window.outline.current_key() == "m15")
    assert "第15条" in window.citation_label.text()
    # Following the reader must not send the reader anywhere.
    assert reader.verticalScrollBar().value() == value


def test_zoom_changes_the_font_and_survives_a_restart(qtbot, window, restart):
    reader = window.reader
    before = reader.point_size()
    body_before = reader.document().defaultFont().pointSizeF()
    window.actions.zoom_in.trigger()
    window.actions.zoom_in.trigger()
    assert reader.point_size() == before + 2
    assert reader.document().defaultFont().pointSizeF() > body_before
    assert "字号" in window.zoom_label.text()
    again = restart(window)
    assert again.reader.point_size() == before + 2
    assert again.reader.document().defaultFont().pointSizeF() > body_before
    again.actions.zoom_reset.trigger()
    assert again.reader.point_size() == before


def test_reading_position_survives_a_restart(qtbot, window, restart):
    window.open_node("m12")
    qtbot.waitUntil(lambda: _visible_top(window, "m12") is not None)
    assert window.reader.top_key() in ("m12", "m12.s1")
    again = restart(window)
    qtbot.waitUntil(lambda: again.reader.top_key() in ("m12", "m12.s1"))
    assert _visible_top(again, "m12") is not None


def test_copy_with_citation_inside_one_sentence(window):
    reader = window.reader
    sentence = window.library.node("m9.s2")
    start = reader.text_position("m9.s2", 2)
    reader.select_range(start, start + 10)
    window.actions.copy_with_citation.trigger()
    text, citation = QApplication.clipboard().text().split("\n")
    assert text == sentence.text[2:12]
    assert citation == sentence.citation
    assert citation.endswith("第9条第2句")


def test_copy_with_citation_across_sentences_cites_the_measure(window):
    reader = window.reader
    reader.select_range(reader.text_position("m9.s2", 5), reader.text_position("m9.s3", 4))
    window.actions.copy_with_citation.trigger()
    assert QApplication.clipboard().text().splitlines()[-1].endswith("第三部分第9条")


def test_plain_copy_has_no_citation(window):
    reader = window.reader
    start = reader.text_position("m9.s2", 0)
    reader.select_range(start, start + 6)
    window.actions.copy.trigger()
    assert QApplication.clipboard().text() == "率先开展职住"


def test_switching_to_the_brief_shows_the_brief_not_the_plan(qtbot, window, restart):
    brief_action = window.findChild(type(window.actions.zoom_in), "action_document_brief")
    brief_action.trigger()
    text = window.reader.toPlainText()
    assert window.document.id == "brief"
    assert "好地网" in text
    assert "9.完善城乡住房保障体系" not in text
    model = window.outline.model
    labels = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert "一、“一核九星”定位明确" in labels
    assert window.document_box.currentData() == "brief"
    assert restart(window).document.id == "brief"


def test_document_box_switches_back_to_the_plan(qtbot, window):
    box = window.document_box
    window.open_document("brief")
    box.activated.emit(box.findData("plan"))
    assert window.document.id == "plan"
    assert "9.完善城乡住房保障体系" in window.reader.toPlainText()


def test_window_layout_survives_a_restart(qtbot, window, restart):
    window.outline.hide()
    window.resize(720, 520)
    again = restart(window)
    assert again.outline.isHidden()
    assert (again.width(), again.height()) == (720, 520)


def test_actions_have_text_shortcut_and_name(window):
    a = window.actions
    expected = {
        a.zoom_in: ["Ctrl+=", "Ctrl++"],
        a.zoom_out: ["Ctrl+-"],
        a.zoom_reset: ["Ctrl+0"],
        a.copy_with_citation: ["Ctrl+Shift+C"],
        a.copy: ["Ctrl+C"],
        a.quit: ["Ctrl+Q"],
    }
    for action, keys in expected.items():
        assert action.objectName().startswith("action_")
        assert action.text()
        portable = QKeySequence.SequenceFormat.PortableText
        assert [s.toString(portable) for s in action.shortcuts()] == keys
    menus = [m.title() for m in window.menuBar().findChildren(type(window.documents_menu))]
    for title in ("文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"):
        assert title in menus


def test_a_long_title_yields_before_the_search_box_does(qtbot, window):
    """The document chooser shortens the title (…, whole in its tooltip); every tool stays."""
    window.resize(1100, 760)
    qtbot.waitUntil(lambda: window.width() == 1100)
    box = window.document_box
    assert window.search_box.isVisible()
    assert box.width() < box.sizeHint().width()
    assert box.toolTip() == window.document.title


def test_about_says_version_data_dir_and_mode_and_copies_diagnostics(qtbot, window):
    from PySide6.QtWidgets import QApplication

    from hzreader.ui.shell.about import AboutDialog
    from hzreader.version import version

    dialog = AboutDialog(window.data_dir, window)
    qtbot.addWidget(dialog)
    assert version() in dialog.findChild(type(dialog.status), "about_version").text()
    assert str(window.data_dir) in dialog.findChild(type(dialog.status), "about_data_dir").text()
    assert "常规模式" in dialog.mode_label.text()  # a source tree is never portable
    summary = dialog.copy_diagnostics()
    assert QApplication.clipboard().text() == summary
    assert (
        str(window.data_dir) in summary and "SQLite" in summary and "已复制" in dialog.status.text()
    )
