"""The 书签 title at night: legible on the outline dock in both themes, after a switch of
theme while the window is open, with its padding kept."""

from __future__ import annotations

from PySide6.QtCore import QMargins
from PySide6.QtGui import QColor
from wcag import TEXT, by_theme, ground, ink, luminance, ratio


def test_the_bookmarks_title_follows_the_theme(qtbot, window) -> None:
    title = window.bookmarks.panel.title
    assert title.isVisible() and title.text() == "书签"
    light, night = by_theme(window.look, title)
    assert luminance(night[1]) < 0.1, night[1].name()  # the dock is dark
    assert ratio(*night) >= TEXT, f"{night[0].name()} on {night[1].name()}: {ratio(*night):.2f}"
    assert light[0] == QColor("#6b6b6b") == ink(title)  # the light theme as it was
    assert ratio(*light) >= TEXT
    assert title.contentsMargins() == QMargins(4, 4, 4, 2)  # padding: 4px 4px 2px 4px


def test_a_title_built_while_the_switch_is_on_its_way(qtbot, look) -> None:
    """As at a start at night: the features are built after the first frame, before the
    window palette the look put in place has reached every dock (Qt posts the change)."""
    from PySide6.QtWidgets import QApplication, QWidget

    from hzreader.ui.bookmarks.panel import BookmarksPanel

    holder = QWidget()
    qtbot.addWidget(holder)
    holder.show()
    look.choose_theme("dark")  # not yet told to the widgets
    panel = BookmarksPanel(holder)
    QApplication.processEvents()
    shown, under = ink(panel.title), ground(panel.title)
    assert luminance(under) < 0.1, under.name()
    assert ratio(shown, under) >= TEXT, f"{shown.name()} on {under.name()}"


def test_the_empty_hint_stands_in_the_list_s_place_legible_in_both_themes(qtbot, window) -> None:
    """No bookmarks: the hint is where the list would be, in legible grey (it was a greyed-out,
    disabled line of about 2:1 under an empty white box); the first bookmark brings the list."""
    panel = window.bookmarks.panel
    hint = panel.empty
    assert hint.isVisible() and hint.isEnabled() and not panel.list.isVisible()
    assert hint.geometry().top() < panel.title.geometry().bottom() + 10  # right under the title
    light, night = by_theme(window.look, hint)
    for shown, under in (light, night):
        assert ratio(shown, under) >= TEXT, f"{shown.name()} on {under.name()}"
    assert luminance(night[1]) < 0.1, night[1].name()
    window.open_node("m9")
    window.bookmarks.add_action.trigger()  # Ctrl+D
    assert panel.list.isVisible() and panel.list.count() == 1 and not hint.isVisible()
