"""The highlight colours: names and meanings, the strong shades the reader draws, swatches."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

HIGHLIGHT_ALPHA = 150  # translucent, so two overlapping highlights both show


@dataclass(frozen=True)
class NoteColor:
    """A highlight colour: its name (yellow), meaning (重点) and stored hex."""

    name: str
    label: str
    hex: str

    @property
    def hanzi(self) -> str:
        """The colour's one-character Chinese name (黄)."""
        return HANZI.get(self.name, self.name)

    def title(self) -> str:
        """ "黄 重点": what menus and the editor show."""
        return f"{self.hanzi} {self.label}"


HANZI = {"yellow": "黄", "red": "红", "green": "绿", "blue": "蓝", "purple": "紫"}


def highlight_color(hex_value: str, alpha: int = HIGHLIGHT_ALPHA) -> QColor:
    """The stored (pale) colour made strong enough to read as a translucent background."""
    return QColor(_highlight_color(hex_value, alpha))  # a copy: the cached one stays as is


@lru_cache(maxsize=256)
def _highlight_color(hex_value: str, alpha: int) -> QColor:
    color = QColor(hex_value)
    if not color.isValid():
        color = QColor("#fff1a8")
    hue, sat, val, _a = color.getHsv()
    strong = QColor.fromHsv(max(hue, 0), min(255, int(sat * 2.2) + 30), min(255, val), alpha)
    return strong


def marker_color(hex_value: str) -> QColor:
    """A solid, darker shade for margin markers and swatches."""
    color = highlight_color(hex_value, 255)
    return color.darker(135)


def swatch_icon(hex_value: str, size: int = 14) -> QIcon:
    """A small rounded square in the colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(marker_color(hex_value))
    painter.setBrush(highlight_color(hex_value, 255))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)
