"""Hostile notes in the window: a 5,000-deep quote never freezes the editor or the panel."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from hzreader.core.annotation import Annotation
from hzreader.ui.notes.model import ANNOTATION_ROLE

DEEP = "> " * 5000 + "x"


def _editor(qtbot):
    from hzreader.ui.notes.colors import NoteColor
    from hzreader.ui.notes.editor import NoteEditor

    editor = NoteEditor([NoteColor("yellow", "重点", "#fff1a8")], [])
    editor.ask_unsaved = lambda: "discard"  # closed at the end of a test, edited or not
    qtbot.addWidget(editor)
    return editor


def test_the_preview_of_a_deep_quote_shows_its_text_and_the_window_goes_on(qtbot):
    editor = _editor(qtbot)
    editor.show()
    ticks: list[bool] = []
    timer = QTimer(editor, interval=1)
    timer.timeout.connect(lambda: ticks.append(editor.preview.rendering()))
    timer.start()
    with qtbot.waitSignal(editor.preview.rendered, timeout=30_000):
        editor.edit_existing(Annotation(id="a", doc="plan", key="m1", quote="引文", note=DEEP))
        assert editor.preview.rendering()  # on a pool thread, not here
    qtbot.wait(20)
    timer.stop()
    assert ticks and True in ticks  # the event loop turned while the note was rendered
    assert "结构过深" in editor.preview.notice()
    text = editor.preview.toPlainText()
    assert "结构过深" in text and text.rstrip().endswith("x")
    # The next note renders as Markdown again.
    editor.edit_existing(Annotation(id="b", doc="plan", key="m2", quote="引文", note="**加粗**"))
    qtbot.waitUntil(lambda: not editor.preview.rendering())
    assert editor.preview.notice() is None
    cursor = editor.preview.document().find("加粗")
    assert cursor.charFormat().fontWeight() >= 600


def test_typing_on_drops_a_rendering_that_is_late(qtbot):
    editor = _editor(qtbot)
    editor.show()
    editor.text_edit.setPlainText(DEEP)
    editor.update_preview()  # a long note: rendered on a pool thread
    editor.text_edit.setPlainText("*新的*")
    editor.update_preview()  # short: rendered at once
    qtbot.wait(300)
    assert editor.preview.notice() is None and editor.preview.toPlainText().strip() == "新的"


def test_a_long_note_within_the_budget_renders_as_markdown(qtbot):
    editor = _editor(qtbot)
    note = "\\n\\n".join(f"第{i}段：**要点**，[链接](https://example.com/{i})" for i in range(300))
    note = note.replace("\\n", "\n")
    with qtbot.waitSignal(editor.preview.rendered, timeout=30_000):
        editor.edit_existing(Annotation(id="a", doc="plan", key="m1", quote="引文", note=note))
    assert editor.preview.notice() is None
    assert "第299段：要点" in editor.preview.toPlainText()


def test_the_notes_panel_and_the_editor_take_a_deep_note_among_others(qtbot, window):
    notes = window.notes.service
    deep = notes.create("m9.s2", note=DEEP, tags=["学习"])
    normal = notes.create("m1", note="**本局牵头**：摸清底数", tags=["学习"])
    window.notes.reload()
    panel = window.notes.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 2)
    ids = [panel.model.index(r).data(ANNOTATION_ROLE).id for r in range(panel.model.rowCount())]
    assert deep.id in ids and normal.id in ids
    panel.grab()  # every card painted, the deep one's first line as plain text
    ticks: list[int] = []
    timer = QTimer(window, interval=1)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    editor = window.notes.open_editor(deep.id)
    assert editor is not None
    qtbot.waitUntil(lambda: not editor.preview.rendering(), timeout=30_000)
    timer.stop()
    assert ticks
    assert "结构过深" in editor.preview.notice()
    editor.reject()
    editor = window.notes.open_editor(normal.id)
    qtbot.waitUntil(lambda: not editor.preview.rendering())
    assert editor.preview.notice() is None
    assert editor.preview.toPlainText().startswith("本局牵头")
