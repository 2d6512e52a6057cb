"""The highlight colours: names and meanings, the strong shades the reader draws, swatches."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

HIGHLIGHT_ALPHA = 150  # translucent, so two overlapping highlights both show


class NoteColor(NamedTuple):
    """A highlight colour: its name (yellow), meaning (重点) and stored hex."""

    name: str
    label: str
    hex: str

    @property
    def hanzi(self) -> str:
        """The colour's name as shown: 黄 in Chinese, Yellow in English."""
        word = HANZI.get(self.name)
        return QCoreApplication.translate("NoteColor", word) if word else self.name

    @property
    def meaning(self) -> str:
        """What the colour means, as shown: a meaning the user gave as typed, the default
        one (重点) in the language of the window."""
        return shown_meaning(self.name, self.label)

    def title(self) -> str:
        """ "黄 重点": what menus and the editor show."""
        return QCoreApplication.translate("NoteColor", "{0} {1}").format(self.hanzi, self.meaning)


HANZI = {
    "yellow": QT_TRANSLATE_NOOP("NoteColor", "黄"),
    "red": QT_TRANSLATE_NOOP("NoteColor", "红"),
    "green": QT_TRANSLATE_NOOP("NoteColor", "绿"),
    "blue": QT_TRANSLATE_NOOP("NoteColor", "蓝"),
    "purple": QT_TRANSLATE_NOOP("NoteColor", "紫"),
}
# The meanings a new data dir starts with (db/versions/0002): shown in the window's language
# until the user gives a colour a meaning of their own.
DEFAULT_MEANINGS = {
    "yellow": QT_TRANSLATE_NOOP("NoteColor", "重点"),
    "red": QT_TRANSLATE_NOOP("NoteColor", "疑问"),
    "green": QT_TRANSLATE_NOOP("NoteColor", "落实"),
    "blue": QT_TRANSLATE_NOOP("NoteColor", "数据"),
    "purple": QT_TRANSLATE_NOOP("NoteColor", "引用"),
}


def shown_meaning(name: str, label: str) -> str:
    """A colour's meaning as the window shows it (the default one translated)."""
    if label and label == DEFAULT_MEANINGS.get(name):
        return QCoreApplication.translate("NoteColor", label)
    return label


def stored_meaning(name: str, shown: str) -> str:
    """What to store for a meaning edited as `shown`: the default one stays the default
    (in Chinese), so the other language still shows it translated."""
    default = DEFAULT_MEANINGS.get(name)
    if default and shown.strip() == shown_meaning(name, default):
        return default
    return shown


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
