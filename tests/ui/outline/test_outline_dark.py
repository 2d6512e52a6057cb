"""The outline's 已读 line at night: legible on the dock in both themes, after a switch of
theme while the window is open, with its padding kept."""

from __future__ import annotations

from PySide6.QtCore import QMargins
from PySide6.QtGui import QColor
from wcag import TEXT, by_theme, ink, luminance, ratio


def test_the_progress_line_follows_the_theme(qtbot, window) -> None:
    label = window.outline.progress_label
    qtbot.waitUntil(lambda: label.text().startswith("已读"))
    assert label.isVisible()
    light, night = by_theme(window.look, label)
    assert luminance(night[1]) < 0.1, night[1].name()  # the dock is dark
    assert ratio(*night) >= TEXT, f"{night[0].name()} on {night[1].name()}: {ratio(*night):.2f}"
    assert light[0] == QColor("#6b6b6b") == ink(label)  # the light theme as it was
    assert ratio(*light) >= TEXT
    assert label.contentsMargins() == QMargins(4, 2, 4, 2)  # padding: 2px 4px
