"""Typography and colours of the reader, in one place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontMetricsF

# Song/Ming faces read like the printed plan; the sans faces are there because a machine
# without any serif CJK font still has one of them, and Qt falls back along the list.
BODY_FAMILIES = [
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "SimSun",
    "Songti SC",
    "WenQuanYi Micro Hei",
    "Noto Sans CJK SC",
    "Microsoft YaHei",
    "PingFang SC",
    "sans-serif",
]
# Official documents set their headings in a Hei (sans) face.
HEADING_FAMILIES = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "SimHei",
    "Heiti SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
    "sans-serif",
]

DEFAULT_POINT_SIZE = 13
MIN_POINT_SIZE = 8
MAX_POINT_SIZE = 40
LINE_HEIGHT_PERCENT = 175
COLUMN_CHARS = 40  # the longest comfortable line of Chinese text
COMFORT_CHARS = 28  # the line of an official page (GB/T 9704): docks yield to keep it

PAPER = QColor("#fdfcf8")
INK = QColor("#1f1f1f")
MUTED_INK = QColor("#6b6b6b")
FLASH = QColor(255, 214, 102)  # the brief mark after a jump
MARKER_FALLBACK = QColor("#d9a400")


def body_font(point_size: float) -> QFont:
    """The reader's running-text font at a size."""
    font = QFont()
    font.setFamilies(BODY_FAMILIES)
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.Serif)
    return font


def clamp_point_size(size: float) -> int:
    """A zoom size within the range the reader supports."""
    return int(max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, round(size))))


@dataclass(frozen=True)
class Typography:
    """Sizes in pixels derived from the base font, so zoom scales everything together."""

    point_size: float
    em: float
    line_px: float

    @classmethod
    def for_size(cls, point_size: float) -> Typography:
        """Measure the body font at this size."""
        metrics = QFontMetricsF(body_font(point_size))
        em = max(metrics.horizontalAdvance("中"), metrics.height() * 0.8, 1.0)
        return cls(point_size=point_size, em=em, line_px=metrics.height())

    @property
    def column_px(self) -> float:
        """The width of the text column."""
        return COLUMN_CHARS * self.em

    @property
    def indent_px(self) -> float:
        """First-line indent of body paragraphs: two characters, as in official texts."""
        return 2 * self.em
