"""Notes in the window as a user meets them: highlight, editor, notes panel, undo, trash."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from hzreader.services.composition import Services
from hzreader.ui.notes.highlights import NOTES_LAYER
from hzreader.ui.notes.model import ANNOTATION_ROLE

QUOTE = "共有产权住房"


def _select(window, key: str, quote: str) -> tuple[int, int]:
    """Select a quote inside a node as a user would (mouse press, drag, release)."""
    reader = window.reader
    offset = window.library.node(key).text.index(quote)
    start = reader.text_position(key, offset)
    end = reader.text_position(key, offset + len(quote))
    reader.scroll_to_key(key)
    reader.setFocus()
    reader.select_range(start, end)
    assert reader.selected_text() == quote
    return start, end


def _type(qtbot, widget, text: str) -> None:
    """Type text as a keyboard does: qtbot.keyClicks for ASCII; other characters as key
    events carrying the text (QTest's keyClicks asserts on anything outside Latin-1)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def _notes(window):
    return window.notes.service


def _listed(window) -> list[str]:
    """The quotes the notes panel lists, in order."""
    model = window.notes.panel.model
    return [model.index(r).data(ANNOTATION_ROLE).quote for r in range(model.rowCount())]


def _visible(reader, position: int) -> bool:
    cursor = QTextCursor(reader.document())
    cursor.setPosition(position)
    top = reader.cursorRect(cursor).top()
    return 0 <= top < reader.viewport().height()


def test_highlight_the_selection_with_the_shortcut(qtbot, window):
    start, end = _select(window, "m9.s2", QUOTE)
    action = window.notes.actions.highlight["yellow"]
    assert action.isEnabled()
    assert action.shortcut().toString() == "Ctrl+1"
    qtbot.keyClick(window.reader, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.reader.layer(NOTES_LAYER) != [])
    span = window.reader.layer(NOTES_LAYER)[0]
    assert (span.start, span.end) == (start, end)
    assert span.color.alpha() < 255  # translucent: overlaps stay readable
    [note] = _notes(window).list()
    assert note.quote == QUOTE and note.key == "m9.s2" and note.color == "yellow"
    text = window.library.node("m9.s2").text
    assert text[note.start : note.end] == QUOTE
    assert span.data == note.id
    assert not window.reader.textCursor().hasSelection()  # the colour shows, not the selection
    qtbot.waitUntil(lambda: _listed(window) == [QUOTE])


def test_the_toolbar_button_keeps_the_last_colour(qtbot, window):
    from PySide6.QtWidgets import QToolButton

    button = window.findChild(QToolButton, "button_highlight")
    assert button.defaultAction() is window.notes.actions.highlight["yellow"]
    _select(window, "m9.s2", QUOTE)
    window.notes.actions.highlight["green"].trigger()
    assert button.defaultAction() is window.notes.actions.highlight["green"]
    _select(window, "m12", "就业")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_notes(window).list()) == 2)
    assert {a.color for a in _notes(window).list()} == {"green"}


def test_reader_menu_toolbar_and_menus_offer_highlights(window):
    a = window.notes.actions
    entries = window.reader.context_actions()
    assert a.highlight_menu.menuAction() in entries and a.add_note in entries
    assert [x.text() for x in a.highlight_menu.actions()] == [
        "黄 重点(&1)",
        "红 疑问(&2)",
        "绿 落实(&3)",
        "蓝 数据(&4)",
        "紫 引用(&5)",
    ]
    assert window.findChild(type(window.menuBar().actions()[0].menu()), "menu_notes")
    # Without a selection there is nothing to highlight.
    window.reader.select_range(0, 0)
    assert not a.highlight["red"].isEnabled() and not a.add_note.isEnabled()


def test_every_window_shortcut_is_unique(window):
    seen: dict[str, str] = {}
    for action in window.findChildren(type(window.actions.copy)):
        if action.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
            continue
        parent = action.parent()
        if isinstance(parent, QWidget) and parent.window() is not window:
            continue  # a dialog's own actions
        for key in action.shortcuts():
            text = key.toString(QKeySequence.SequenceFormat.PortableText)
            assert text not in seen, f"{text}: {seen.get(text)} and {action.objectName()}"
            seen[text] = action.objectName()
    for name in ("action_undo", "action_redo", "action_add_note", "action_trash"):
        assert name in seen.values()


def test_overlapping_highlights_are_both_shown_and_underlined(qtbot, window):
    service = _notes(window)
    service.create("m9.s2", quote="共有产权住房", color="黄")
    service.create("m9.s2", quote="产权住房建设", color="蓝")
    qtbot.waitUntil(lambda: len(window.reader.layer(NOTES_LAYER)) == 2)
    spans = window.reader.layer(NOTES_LAYER)
    assert all(s.underline for s in spans)
    assert spans[0].color != spans[1].color


def test_note_marker_tooltip_and_click_opens_the_editor(qtbot, window):
    note = _notes(window).create("m9.s2", quote=QUOTE, note="**本局牵头**：对接试点", tags=["住房"])
    reader = window.reader
    qtbot.waitUntil(lambda: reader.markers(NOTES_LAYER) != [])
    [marker] = reader.markers(NOTES_LAYER)
    assert marker.position == reader.layer(NOTES_LAYER)[0].start and marker.data == note.id
    assert "本局牵头：对接试点" in marker.tooltip and "**" not in marker.tooltip
    assert "黄 重点" in marker.tooltip and "#住房" in marker.tooltip
    reader.scroll_to_key("m9")
    cursor = QTextCursor(reader.document())
    cursor.setPosition(marker.position + 2)
    point = reader.cursorRect(cursor).center()
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.wait(50)
    assert window.notes.editors.open == []  # a click inside the highlight places the cursor
    qtbot.mouseDClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: len(window.notes.editors.open) == 1)
    editor = window.notes.editors.open[0]
    assert editor.annotation_id == note.id
    assert editor.text_edit.toPlainText() == "**本局牵头**：对接试点"
    assert QUOTE in editor.quote_label.text() and "第9条" in editor.citation_label.text()


def test_notes_on_one_line_get_markers_side_by_side(qtbot, window):
    service = _notes(window)
    first = service.create("m9.s2", quote="共有产权住房", note="一")
    second = service.create("m9.s2", quote="住房建设", note="二")
    reader = window.reader
    qtbot.waitUntil(lambda: len(reader.markers(NOTES_LAYER)) == 2)
    reader.scroll_to_key("m9")
    rects = reader._marker_rects()
    assert [m.data for _r, _n, m in rects] == [first.id, second.id]
    (left, _n, _m), (right, _n2, _m2) = rects
    assert left.top() == right.top() and left.right() < right.left()
    assert right.right() < reader._column_left()
    hits = [reader._marker_at(r.center().toPoint())[1].data for r, _n, _m in rects]
    assert hits == [first.id, second.id]


def test_add_note_in_the_editor_with_tags_and_colour(qtbot, window):
    _notes(window).create("m12", tags=["调研/萧山"])
    _select(window, "m9.s2", QUOTE)
    editor = window.notes.add_note()
    assert editor is not None and editor.isVisible()
    _type(qtbot, editor.text_edit, "**本局牵头**")
    editor.tags_edit.setFocus()
    _type(qtbot, editor.tags_edit, "萧")
    completer = editor.tags_edit.tag_completer
    assert completer.completionCount() >= 1
    assert completer.currentCompletion() == "调研/萧山"
    editor.tags_edit.insert_completion("调研/萧山")
    _type(qtbot, editor.tags_edit, "住房 部门/发改")
    editor.select_color("red")
    editor.save_action.trigger()
    qtbot.waitUntil(lambda: not editor.isVisible())
    note = next(a for a in _notes(window).list() if a.key == "m9.s2")
    assert note.note == "**本局牵头**" and note.color == "red"
    assert note.tags == ["住房", "调研/萧山", "部门/发改"]
    assert note.quote == QUOTE


def test_the_preview_renders_markdown_and_loads_nothing(qtbot, window):
    _select(window, "m9.s2", QUOTE)
    editor = window.notes.add_note()
    editor.text_edit.setPlainText(
        "**加粗**\n\n<script>alert('x')</script>\n\n"
        '<img src="file:///etc/hostname"> ![图](https://example.com/a.png) [链接](file:///etc)'
    )
    editor.update_preview()
    html = editor.preview.toHtml()
    assert "alert" not in editor.preview.toPlainText()
    assert "<img" not in html and "file:" not in html and "example.com" not in html
    cursor = editor.preview.document().find("加粗")
    assert cursor.charFormat().fontWeight() >= 600
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    image = QTextDocument.ResourceType.ImageResource.value
    style = QTextDocument.ResourceType.StyleSheetResource.value
    for kind, url in ((image, "file:///etc/hostname"), (image, "https://example.com/a.png"),
                      (style, "x.css"), (image, "qrc:/icon.png")):  # fmt: skip
        assert not editor.preview.loadResource(kind, QUrl(url))
    # Even HTML set behind the sanitiser's back loads nothing, when shown or asked for.
    editor.preview.setHtml('<img src="file:///etc/hostname"><link rel="stylesheet" href="x.css">')
    editor.preview.repaint()
    assert not editor.preview.document().resource(image, QUrl("file:///etc/hostname"))


def test_links_open_only_for_http_after_asking(monkeypatch, window):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    _select(window, "m9.s2", QUOTE)
    preview = window.notes.add_note().preview
    asked: list[str] = []
    preview.confirm = lambda url: asked.append(url.toString()) or False
    assert not preview.open_link(QUrl("https://example.com/a"))
    preview.confirm = lambda url: True
    assert not preview.open_link(QUrl("file:///etc/hostname"))
    assert not preview.open_link(QUrl("javascript:alert(1)"))
    preview.open_link(QUrl("https://example.com/b"))
    assert asked == ["https://example.com/a"] and opened == ["https://example.com/b"]


def test_chinese_input_method_reaches_every_field(qtbot, window):
    from PySide6.QtGui import QInputMethodEvent

    _select(window, "m9.s2", QUOTE)
    editor = window.notes.add_note()
    for field, typed in ((editor.text_edit, "本局牵头"), (editor.tags_edit, "住房")):
        field.setFocus()
        _type(qtbot, field, typed)
        preedit = QInputMethodEvent("gongtong", [])
        QApplication.sendEvent(field, preedit)
        commit = QInputMethodEvent()
        commit.setCommitString("共同富裕")
        QApplication.sendEvent(field, commit)
    assert editor.text_edit.toPlainText() == "本局牵头共同富裕"
    assert editor.tags_edit.text() == "住房共同富裕"
    panel = window.notes.panel
    panel.search.setFocus()
    commit = QInputMethodEvent()
    commit.setCommitString("共同富裕")
    QApplication.sendEvent(panel.search, commit)
    assert panel.search.text() == "共同富裕"
    editor.update_preview()
    assert "本局牵头共同富裕" in editor.preview.toPlainText()


def test_notes_panel_lists_in_plan_order_and_filters(qtbot, monkeypatch, window):
    import hzreader.services.annotations as annotations

    days = iter(range(1, 10))
    monkeypatch.setattr(annotations, "_now", lambda: f"2025-03-0{next(days)}T09:00:00")
    service = _notes(window)
    service.create("m12", note="就业帮扶", tags=["部门/人社"], color="绿")
    service.create("g1.s2", note="目标", tags=["部门"], color="蓝")
    service.create("m9.s2", quote=QUOTE, note="本局牵头", tags=["部门/发改", "住房"])
    g1, m12 = (window.library.node(k).text for k in ("g1.s2", "m12"))
    qtbot.waitUntil(lambda: len(_listed(window)) == 3)
    assert _listed(window) == [g1, QUOTE, m12]
    panel = window.notes.panel
    panel.set_tag_filter("部门/发改")
    qtbot.waitUntil(lambda: _listed(window) == [QUOTE])
    panel.set_tag_filter("部门")  # the subtree
    qtbot.waitUntil(lambda: _listed(window) == [g1, QUOTE, m12])
    panel.set_tag_filter(None)
    panel.color_box.setCurrentIndex(panel.color_box.findData("green"))
    qtbot.waitUntil(lambda: _listed(window) == [m12])
    panel.color_box.setCurrentIndex(0)
    _type(qtbot, panel.search, "牵头")
    qtbot.waitUntil(lambda: _listed(window) == [QUOTE])
    panel.search.clear()
    chapter_3 = panel.scope_box.findData("c3")
    assert chapter_3 > 0 and "三、" in panel.scope_box.itemText(chapter_3)
    panel.scope_box.setCurrentIndex(chapter_3)
    qtbot.waitUntil(lambda: _listed(window) == [QUOTE])
    assert panel.count_label.text() == "共 1 条笔记"
    panel.scope_box.setCurrentIndex(0)
    panel.order_box.setCurrentIndex(panel.order_box.findData("created"))
    qtbot.waitUntil(lambda: _listed(window) == [QUOTE, g1, m12])  # newest first
    service.update(service.list(color="绿")[0].id, note="改过")
    panel.order_box.setCurrentIndex(panel.order_box.findData("updated"))
    qtbot.waitUntil(lambda: _listed(window) == [m12, QUOTE, g1])


def test_double_click_in_the_panel_jumps_to_the_span(qtbot, window):
    note = _notes(window).create("m20", note="远处的一条")
    window.reader.verticalScrollBar().setValue(0)
    panel = window.notes.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    start = window.reader.text_position("m20", note.start)
    assert not _visible(window.reader, start)
    index = panel.model.index(0)
    rect = panel.list.visualRect(index)
    # A real double click: press, release, then QTest's double-click event.
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: _visible(window.reader, start))
    flash = window.reader.layer("flash")
    assert flash and flash[0].start == start


def test_jump_switches_document(qtbot, window):
    service = _notes(window)
    brief = next(d for d in window.library.documents() if d.id != "plan")
    node = next(n for n in window.library.document(brief.id).walk() if n.text)
    note = service.create(node.key, doc_id=brief.id, note="简报")
    assert window.document.id == "plan"
    assert window.notes.jump_to(note.id)
    assert window.document.id == brief.id
    qtbot.waitUntil(lambda: window.reader.layer(NOTES_LAYER) != [])


def test_tags_panel_filters_and_the_manager_renames(qtbot, monkeypatch, window):
    service = _notes(window)
    service.create("m9.s2", quote=QUOTE, tags=["住房", "部门/发改"])
    service.create("m12", tags=["部门/人社"])
    tags = window.notes.tags
    qtbot.waitUntil(lambda: tags.model.count("部门") == 2)
    assert tags.model.count("住房") == 1 and tags.model.count("部门/发改") == 1
    index = tags.model.index_for("住房")
    tags.show()
    tags.raise_()
    tags.tree.scrollTo(index)
    qtbot.mouseClick(
        tags.tree.viewport(), Qt.MouseButton.LeftButton, pos=tags.tree.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: _listed(window) == [QUOTE])

    manager = window.notes.dialogs.open_tag_manager()
    manager.select_names(["住房"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("住房保障", True))
    qtbot.mouseClick(_button(manager, "rename"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.notes.panel.tag_box.findData("住房保障") >= 0)
    assert window.notes.panel.tag_box.findData("住房") < 0
    qtbot.waitUntil(lambda: window.notes.panel.tag_box.currentData() in (None, "住房保障"))
    assert [a.tags for a in service.list(tag="住房保障")] == [["住房保障", "部门/发改"]]
    assert "住房保障" in [manager.table.item(r, 0).text() for r in range(manager.table.rowCount())]
    assert tags.model.count("住房保障") == 1


def _button(dialog, name: str):
    from PySide6.QtWidgets import QPushButton

    return dialog.findChild(QPushButton, f"button_manager_{name}")


def test_colour_meanings_are_editable(qtbot, window):
    manager = window.notes.dialogs.open_tag_manager()
    manager.label_edits["yellow"].setText("关键")
    qtbot.mouseClick(_button(manager, "labels"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.notes.actions.highlight["yellow"].text() == "黄 关键(&1)")
    assert ("yellow", "关键") in [(n, label) for n, label, _h in _notes(window).colors()]


def test_undo_and_redo_a_highlight(qtbot, window):
    _select(window, "m9.s2", QUOTE)
    window.notes.highlight("green")
    undo, redo = window.notes.actions.undo, window.notes.actions.redo
    qtbot.waitUntil(lambda: undo.isEnabled())
    assert undo.text() == "撤销 新建笔记" and not redo.isEnabled()
    assert undo in window.findChild(type(window.documents_menu), "menu_edit").actions()
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.reader.layer(NOTES_LAYER) == [])
    assert _notes(window).list() == []
    qtbot.waitUntil(lambda: redo.text() == "重做 新建笔记" and redo.isEnabled())
    assert not undo.isEnabled()
    qtbot.keyClick(
        window.reader,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: len(window.reader.layer(NOTES_LAYER)) == 1)
    assert [a.quote for a in _notes(window).list()] == [QUOTE]


def test_delete_key_moves_to_trash_and_the_trash_restores(qtbot, monkeypatch, window):
    note = _notes(window).create("m9.s2", quote=QUOTE, note="留着")
    panel = window.notes.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.list.setFocus()
    panel.list.setCurrentIndex(panel.model.index(0))
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert window.reader.layer(NOTES_LAYER) == []
    trash = window.notes.dialogs.open_trash()
    assert trash.ids() == [note.id]
    trash.select_ids([note.id])
    qtbot.mouseClick(_trash_button(trash, "restore"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert trash.ids() == [] and window.reader.layer(NOTES_LAYER) != []
    # Emptying asks first.
    _notes(window).delete(note.id)
    qtbot.waitUntil(lambda: trash.ids() == [note.id])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    _trash_button(trash, "empty").click()
    assert [a.id for a in _notes(window).trash()] == [note.id]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _trash_button(trash, "empty").click()
    qtbot.waitUntil(lambda: trash.ids() == [])
    assert _notes(window).trash() == []


def _trash_button(dialog, name: str):
    from PySide6.QtWidgets import QPushButton

    return dialog.findChild(QPushButton, f"button_trash_{name}")


def test_notes_survive_a_restart(qtbot, window, restart):
    _select(window, "m9.s2", QUOTE)
    editor = window.notes.add_note()
    editor.text_edit.setPlainText("**本局牵头**：与住建局对接试点方案")
    editor.tags_edit.setText("部门/发改, 住房")
    editor.save_action.trigger()
    # An editor left open with changes is saved when the window closes.
    second = window.notes.note_on_node("m12")
    second.text_edit.setPlainText("整条措施的笔记")
    again = restart(window)
    qtbot.waitUntil(lambda: again.notes.panel.model.rowCount() == 2)
    notes = again.notes.service.list()
    assert [a.key for a in notes] == ["m9.s2", "m12"]
    assert notes[0].note == "**本局牵头**：与住建局对接试点方案"
    assert notes[0].tags == ["住房", "部门/发改"]
    assert notes[1].note == "整条措施的笔记" and notes[1].quote == again.library.node("m12").text
    spans = again.reader.layer(NOTES_LAYER)
    assert len(spans) == 2 and len(again.reader.markers(NOTES_LAYER)) == 2


def test_command_line_notes_reach_the_open_window(qtbot, monkeypatch, window, data_dir):
    from hzreader.services.opening import open_context

    controller = window.notes
    reloads: list[int] = []
    reload = controller.reload
    monkeypatch.setattr(controller, "reload", lambda: reloads.append(1) or reload())
    own = _notes(window).create("m12", quote="就业", note="窗口里写的")
    qtbot.waitUntil(lambda: _listed(window) == ["就业"])
    window.durability.watcher.poll()  # the window's own write: shown already, no reload
    assert reloads == []
    other = open_context(data_dir)
    try:
        Services(other).annotations.create("m9.s2", quote=QUOTE, note="命令行写的")
    finally:
        other.close()
    window.durability.watcher.poll()
    assert reloads == [1]
    qtbot.waitUntil(lambda: _listed(window) == [QUOTE, "就业"])
    qtbot.waitUntil(lambda: len(window.reader.layer(NOTES_LAYER)) == 2)
    assert own.id in {s.data for s in window.reader.layer(NOTES_LAYER)}


@pytest.mark.parametrize("key", ["m9", "g1"])
def test_note_on_a_whole_node_from_the_outline(qtbot, window, key):
    from PySide6.QtCore import QTimer

    shown: list[list[str]] = []

    def choose_first() -> None:
        menu = QApplication.activePopupWidget()
        shown.append([a.objectName() for a in menu.actions()])
        menu.actions()[0].trigger()
        menu.close()

    QTimer.singleShot(0, choose_first)  # runs inside the menu's own event loop
    tree = window.outline.tree
    index = window.outline.model.index_for_key(key)
    tree.scrollTo(index)
    tree.customContextMenuRequested.emit(tree.visualRect(index).center())
    assert shown == [["action_node_note", "action_assign_task_node"]]  # 分解到任务表 too
    [editor] = window.notes.editors.open
    node = window.library.node(key)
    assert editor.target.key == key and editor.target.start is None
    assert node.text[:20] in editor.quote_label.text()
    editor.text_edit.setPlainText("整节")
    editor.save_action.trigger()
    qtbot.waitUntil(lambda: window.reader.layer(NOTES_LAYER) != [])
    span = window.reader.layer(NOTES_LAYER)[0]
    assert span.start == window.reader.text_position(key, 0)
    assert span.end == window.reader.text_position(key, len(node.text))
    assert span.color.alpha() < 100  # a light tint: highlights inside it stay readable


def test_an_edit_recolours_the_highlight_and_updates_its_tooltip(qtbot, window):
    from hzreader.ui.notes.colors import highlight_color

    service = _notes(window)
    note = service.create("m9.s2", quote=QUOTE, note="旧的")
    other = service.create("m12", quote="就业", note="不变")
    reader = window.reader
    qtbot.waitUntil(lambda: len(reader.layer(NOTES_LAYER)) == 2)
    service.update(note.id, note="新的笔记", color="蓝")
    blue = next(h for n, _label, h in service.colors() if n == "blue")
    qtbot.waitUntil(
        lambda: any(
            s.data == note.id and s.color == highlight_color(blue)
            for s in reader.layer(NOTES_LAYER)
        )
    )
    span = next(s for s in reader.layer(NOTES_LAYER) if s.data == note.id)
    assert "新的笔记" in span.tooltip and "蓝 数据" in span.tooltip
    assert {s.data for s in reader.layer(NOTES_LAYER)} == {note.id, other.id}


def test_notes_needing_review_have_their_own_section(qtbot, window):
    from hzreader.storage.annotations import get_row
    from hzreader.storage.engine import write_session

    service = _notes(window)
    kept = service.create("m9.s2", quote=QUOTE, note="还在原处")
    lost = service.create("m12", quote="就业", note="原文变了")
    with write_session(window.ctx.sessions) as session:  # as re-anchoring leaves it
        get_row(session, lost.id).needs_review = True
    window.refresh_notes()
    panel = window.notes.panel
    qtbot.waitUntil(lambda: panel.review_button.text() == "需复核 1")
    assert {s.data for s in window.reader.layer(NOTES_LAYER)} == {kept.id}  # not on the text
    panel.review_button.click()
    qtbot.waitUntil(lambda: panel.model.ids() == [lost.id])
    assert panel.model.index(0).data(ANNOTATION_ROLE).needs_review
    editor = window.notes.open_editor(lost.id)
    assert "需要复核" in editor.citation_label.text()
    panel.review_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert "创建" in panel.model.index(0).data(Qt.ItemDataRole.ToolTipRole)


def test_actions_wait_for_the_services_after_a_quick_start(qtbot, data_dir):
    from hzreader.services.opening import open_context
    from hzreader.services.startup import StartupView
    from hzreader.ui.shell.context_loader import ContextLoader
    from hzreader.ui.shell.main_window import MainWindow

    ctx = open_context(data_dir)

    Services(ctx).annotations.create("m9.s2", quote=QUOTE, note="上次写的")
    ctx.close()
    view = StartupView.open(data_dir)
    window = MainWindow(startup=view)
    view.close()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.notes is not None)  # built right after the first frame
    a = window.notes.actions
    assert not any(x.isEnabled() for x in (a.add_note, a.trash, a.manage_tags, a.undo))
    assert window.notes.panel.model.rowCount() == 0
    with qtbot.waitSignal(window.attached, timeout=15000):
        window.attach_when_loaded(ContextLoader(data_dir, window))
    qtbot.waitUntil(lambda: _listed(window) == [QUOTE])
    assert a.trash.isEnabled() and a.manage_tags.isEnabled()
    qtbot.waitUntil(lambda: window.reader.layer(NOTES_LAYER) != [])
    window.close()
    window.ctx.close()
