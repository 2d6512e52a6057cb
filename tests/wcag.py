"""WCAG 2 contrast, written out here so that the tests do not trust the app's own, and a
switch of theme as the window makes it (视图 → 主题), for widgets built without a window."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

TEXT = 4.5  # the least for text
MARK = 3.0  # the least for a bar, a line, a stripe


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    """Relative luminance of an opaque colour."""
    r, g, b = (_linear(v / 255) for v in (color.red(), color.green(), color.blue()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: QColor, b: QColor) -> float:
    """The contrast ratio of two opaque colours (1 to 21)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def switch(look, mode: str) -> None:
    """Choose a theme as the 主题 menu does, and let Qt tell every widget (it posts the
    palette change)."""
    look.choose_theme(mode)
    QApplication.processEvents()


def by_theme(look, label) -> tuple[tuple[QColor, QColor], tuple[QColor, QColor]]:
    """A label's (text, what is painted behind it) in the light theme, then at night; the
    window is left in the light theme."""
    light = (ink(label), behind(label))
    switch(look, "dark")
    night = (ink(label), behind(label))
    switch(look, "light")
    return light, night


def ink(widget) -> QColor:
    """The colour a label or a field draws its text in."""
    return widget.palette().color(widget.foregroundRole())


def ground(widget) -> QColor:
    """What a widget without a style sheet draws on."""
    return widget.palette().color(widget.backgroundRole())


def pixel(widget, x: int, y: int) -> QColor:
    """The colour a widget really paints at a point (style sheets included)."""
    return widget.grab().toImage().pixelColor(x, y)


def behind(widget) -> QColor:
    """What the window really paints at a widget's right end, half way down (where a
    label's text is not): its own background, else its parent's, style sheets included."""
    top = widget.window()
    point = widget.mapTo(top, QPoint(widget.width() - 2, widget.height() // 2))
    return top.grab().toImage().pixelColor(point)


def sheet_color(sheet: str, prop: str, selector: str = "") -> QColor:
    """A colour a style sheet sets (`background`, `color`, `border-left`…), after `selector`."""
    pattern = re.escape(selector) + r"[^}]*?\b" + re.escape(prop) + r":[^#;}]*(#[0-9a-fA-F]{6})"
    found = re.search(pattern, sheet)
    assert found, (prop, sheet)
    return QColor(found.group(1))
