"""Named layers of coloured spans and margin markers over the reader's text."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from hzreader.ui import theme

# Lower z paints first; later layers blend over earlier ones (use translucent colours).
Z_HIGHLIGHTS = 0  # notes and highlights (issue 3)
Z_SEARCH = 10  # search matches (issue 4)
Z_FLASH = 20  # the brief mark after a jump


class Span(NamedTuple):
    """A coloured character range [start, end) in the reader's text."""

    start: int
    end: int
    color: QColor
    tooltip: str = ""
    data: Any = None
    underline: bool = False
    strike: bool = False  # struck through (text an edition deleted)


class Marker(NamedTuple):
    """A mark in the left margin beside the line holding `position`; with a `label`, a
    quiet link in the right margin instead (→ 第三部分第9条, 解读 1)."""

    position: int
    color: QColor
    tooltip: str = ""
    data: Any = None
    label: str = ""


def as_span(item: Span | tuple) -> Span:
    """Accept plain (start, end, colour) tuples too."""
    return item if isinstance(item, Span) else Span(*item)


class LayerStack:
    """Keeps spans by layer name and turns them into ExtraSelections for one document."""

    def __init__(self) -> None:
        self._layers: dict[str, tuple[int, list[Span]]] = {}
        self.markers: dict[str, list[Marker]] = {}

    def set(self, name: str, spans: Iterable[Span | tuple], z: int) -> None:
        """Replace a layer's spans (an empty list removes the layer)."""
        items = [as_span(s) for s in spans]
        if items:
            self._layers[name] = (z, items)
        else:
            self._layers.pop(name, None)

    def get(self, name: str) -> list[Span]:
        """A layer's spans (empty when there is no such layer)."""
        return list(self._layers.get(name, (0, []))[1])

    def names(self) -> list[str]:
        """The layers in paint order."""
        return [n for n, _ in sorted(self._layers.items(), key=lambda kv: kv[1][0])]

    def clear(self) -> None:
        """Forget every layer and marker (a new document)."""
        self._layers.clear()
        self.markers.clear()

    def all_markers(self) -> list[tuple[str, Marker]]:
        """(set name, marker) of every marker, sets in name order."""
        return [(name, m) for name in sorted(self.markers) for m in self.markers[name]]

    def spans_at(self, position: int) -> list[tuple[str, Span]]:
        """(layer, span) for every span holding the character at `position`, topmost first."""
        hits = [
            (name, span)
            for name in self.names()
            for span in self._layers[name][1]
            if span.start <= position < span.end
        ]
        hits.reverse()
        return hits

    def selections(self, document: QTextDocument) -> list[QTextEdit.ExtraSelection]:
        """ExtraSelections for every layer, lowest z first."""
        limit = max(0, document.characterCount() - 1)
        out: list[QTextEdit.ExtraSelection] = []
        painted: list[tuple[int, int, QColor]] = []  # lower layers, as re-tinted
        paper = theme.palette().paper
        for name in self.names():
            below = list(painted)
            for span in self._layers[name][1]:
                start, end = max(0, span.start), min(span.end, limit)
                if end <= start:
                    continue
                # Re-tinted for the paper in use (night reading) and over the marks below
                # it (a search hit in a highlight), so that the ink stays legible on both.
                under = None
                for s, e, c in below:
                    if s < end and start < e:
                        under = theme.over(c, under or paper)
                color = theme.layer_color(span.color, under)
                painted.append((start, end, color))
                cursor = QTextCursor(document)
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                fmt = QTextCharFormat()
                fmt.setBackground(color)
                if span.underline:
                    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                    fmt.setUnderlineColor(theme.on_paper(span.color.darker(160)))
                if span.strike:
                    fmt.setFontStrikeOut(True)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                out.append(selection)
        return out
