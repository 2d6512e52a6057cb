"""The outline and the reader by keyboard (issue 11, item 2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _click_outline(qtbot, window, key: str) -> None:
    tree = window.outline.tree
    index = window.outline.model.index_for_key(key)
    tree.scrollTo(index)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center()
    )


def _in(window, key: str) -> bool:
    """True when the reader's first line in view belongs to the node `key`."""
    top = window.reader.top_key()
    return top is not None and (top == key or key in window.reader.map.ancestors(top))


def _outline_key(qtbot, window) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_O, CTRL_SHIFT)


def test_the_text_cursor_moves_with_an_outline_jump(qtbot, window):
    reader = window.reader
    assert reader.textCursor().position() < reader.node_range("m1")[0]  # at the start
    _click_outline(qtbot, window, "m20")
    qtbot.waitUntil(lambda: _in(window, "m20"))
    assert reader.hasFocus()
    assert reader.textCursor().position() == reader.node_range("m20")[0]
    assert not reader.textCursor().hasSelection()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_PageDown):
        qtbot.keyClick(reader, key)
    qtbot.wait(50)
    # ↓ and PgDn go on from measure 20, not from where the cursor was before the jump.
    top = reader.top_key()
    assert top is not None and reader.map.span(top).start >= reader.node_range("m20")[0]
    assert not _in(window, "m1")


def test_the_outline_key_brings_the_outline_forward_with_the_keyboard(qtbot, window):
    outline, library = window.outline, window.docks.library
    window.reader.setFocus()
    qtbot.waitUntil(window.reader.hasFocus)
    # In front but without the keyboard: the key gives it the keyboard, it stays open.
    _outline_key(qtbot, window)
    assert outline.isVisible() and outline.tree.hasFocus()
    # In front with the keyboard: the key closes it; again, and it is back, in front.
    _outline_key(qtbot, window)
    assert outline.isHidden()
    _outline_key(qtbot, window)
    qtbot.waitUntil(lambda: not outline.visibleRegion().isEmpty())
    assert outline.tree.hasFocus()
    assert library.visibleRegion().isEmpty()  # 提纲 is the tab in front, not 文库
    # Behind the 文库 tab: the key brings it forward instead of closing it.
    library.raise_()
    qtbot.waitUntil(lambda: outline.visibleRegion().isEmpty())
    _outline_key(qtbot, window)
    qtbot.waitUntil(lambda: not outline.visibleRegion().isEmpty())
    assert not outline.isHidden() and outline.tree.hasFocus()


def test_shown_from_the_view_menu_the_outline_is_the_tab_in_front(qtbot, window):
    toggle = window.outline.toggleViewAction()
    window.docks.library.raise_()  # the user looked at the library meanwhile
    qtbot.wait(50)
    toggle.trigger()
    assert window.outline.isHidden()
    toggle.trigger()
    qtbot.wait(100)
    assert not window.outline.visibleRegion().isEmpty()
    assert window.docks.library.visibleRegion().isEmpty()


def test_walking_the_outline_by_keyboard_opens_with_enter(qtbot, window):
    tree = window.outline.tree
    window.reader.setFocus()
    _outline_key(qtbot, window)
    assert tree.hasFocus()
    model = window.outline.model
    tree.setCurrentIndex(model.index_for_key("c3"))
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # into chapter 三: its first measure
    key = model.key(tree.currentIndex())
    assert key != "c3" and window.reader.map.ancestors(key)[-1] == "c3"
    assert not _in(window, key)  # moving in the outline does not jump
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _in(window, key))
    assert window.reader.hasFocus()
    assert window.reader.textCursor().position() == window.reader.node_range(key)[0]
