"""Notes in the reader: translucent highlight spans, margin markers, colour swatches."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from hzreader.core.annotation import Annotation
from hzreader.ui.markdown_view import first_lines, tooltip_html
from hzreader.ui.reader import Z_HIGHLIGHTS, Marker, Span

NOTES_LAYER = "notes"
HIGHLIGHT_ALPHA = 150  # translucent, so two overlapping highlights both show
WHOLE_NODE_ALPHA = 70  # a note on a whole measure tints it; highlights inside stay clear
TOOLTIP_LINES = 6


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


def note_tooltip(a: Annotation, color: NoteColor | None) -> str:
    """What hovering a highlight shows: colour meaning, tags, the note's first lines."""
    head = color.title() if color else a.color
    if a.tags:
        head += "  #" + "  #".join(a.tags)
    return _tooltip(head, a.note, a.quote[:120])


@lru_cache(maxsize=20_000)
def _tooltip(head: str, note: str, quote: str) -> str:
    # Cached: every change redraws all the highlights of a document, most of them unchanged.
    body = first_lines(note, TOOLTIP_LINES, 240) if note.strip() else quote
    return tooltip_html(head, body)


def layer_items(
    reader, annotations: Iterable[Annotation], colors: dict[str, NoteColor]
) -> tuple[list[Span], list[Marker]]:
    """Spans (reader positions) and margin markers for the notes of the document shown."""
    spans: list[Span] = []
    markers: list[Marker] = []
    for a in annotations:
        if a.needs_review or a.key not in reader.map:
            continue  # its place is uncertain: it is listed for review instead
        length = reader.map.span(a.key).text_length
        start = reader.text_position(a.key, a.start or 0)
        end = reader.text_position(a.key, a.end if a.end is not None else length)
        if end <= start:
            continue
        color = colors.get(a.color)
        hex_value = color.hex if color else "#fff1a8"
        tip = note_tooltip(a, color)
        whole = (a.start or 0) == 0 and (a.end is None or a.end >= length) and length > 40
        alpha = WHOLE_NODE_ALPHA if whole else HIGHLIGHT_ALPHA
        spans.append(Span(start, end, highlight_color(hex_value, alpha), tip, a.id))
        if a.note.strip():
            markers.append(Marker(start, marker_color(hex_value), tip, a.id))
    return _mark_overlaps(spans), markers


def _mark_overlaps(spans: list[Span]) -> list[Span]:
    """Underline every span that overlaps another, so both stay visible where they meet."""
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    overlapping: set[int] = set()
    reach_end, reach_index = -1, -1
    for i, span in enumerate(ordered):
        if span.start < reach_end:
            overlapping.update((i, reach_index))
        if span.end > reach_end:
            reach_end, reach_index = span.end, i
    return [s._replace(underline=i in overlapping) for i, s in enumerate(ordered)]


def show_notes(reader, annotations: Iterable[Annotation], colors: dict[str, NoteColor]) -> int:
    """Put the notes' highlights and markers on the reader; the number of spans shown."""
    spans, markers = layer_items(reader, annotations, colors)
    reader.set_layer(NOTES_LAYER, spans, z=Z_HIGHLIGHTS)
    reader.set_markers(NOTES_LAYER, markers)
    return len(spans)
