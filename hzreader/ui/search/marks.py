"""Every match of a search marked in the reader, and a current one that F3 moves along."""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QTextCursor

from hzreader.ui.reader import Z_SEARCH, ReaderView, Span

SEARCH_LAYER = "search"
CURRENT_LAYER = "search_current"
# Amber, and underlined: notes and highlights are flat washes of their own colours.
MATCH_COLOR = QColor(255, 176, 46, 110)
CURRENT_COLOR = QColor(242, 120, 16, 190)


class SearchMarks(QObject):
    """The marks of one search (or find) in the document shown; next/previous wrap."""

    moved = Signal(int, int)  # the current mark (1-based) and how many there are
    changed = Signal(int)  # how many marks there are now (0: cleared)

    def __init__(self, reader: ReaderView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.spans: list[tuple[int, int]] = []
        self.current = -1
        self.source: tuple[str, str] | None = None  # ("find" or "search", needle)
        self._document = None

    def valid(self) -> bool:
        """True while the marks belong to the document shown (not lost to a new one)."""
        return bool(self.spans) and self.reader.document_model() is self._document

    def count(self) -> int:
        """How many marks there are."""
        return len(self.spans)

    def set_marks(
        self, spans: list[tuple[int, int]], source: tuple[str, str], at: int | None = None
    ) -> None:
        """Mark these reader ranges; the current one is the first at or after `at`."""
        self.spans = sorted({(s, e) for s, e in spans if e > s})
        self.source = source
        self._document = self.reader.document_model()
        self.reader.set_layer(
            SEARCH_LAYER, [Span(s, e, MATCH_COLOR, underline=True) for s, e in self.spans], Z_SEARCH
        )
        self.current = -1
        self.reader.clear_layer(CURRENT_LAYER)
        self.changed.emit(len(self.spans))
        if at is not None and self.spans:
            self.go_to(self.index_at(at), reveal=False)

    def clear(self) -> None:
        """Remove every mark."""
        had = bool(self.spans) or bool(self.reader.layer(SEARCH_LAYER))
        self.spans = []
        self.current = -1
        self.source = None
        self._document = None
        self.reader.clear_layer(SEARCH_LAYER)
        self.reader.clear_layer(CURRENT_LAYER)
        if had:
            self.changed.emit(0)

    def index_at(self, position: int) -> int:
        """The first mark that ends after `position` (wrapping to the first)."""
        ends = [e for _s, e in self.spans]
        i = bisect_left(ends, position + 1)
        return i if i < len(self.spans) else 0

    def next(self) -> bool:
        """Move to the next mark in reading order, wrapping at the end."""
        if not self.valid():
            return False
        self.go_to((self.current + 1) % len(self.spans) if self.current >= 0 else self._from_view())
        return True

    def previous(self) -> bool:
        """Move to the previous mark, wrapping at the start."""
        if not self.valid():
            return False
        if self.current < 0:
            start = self._from_view()
            self.go_to((start - 1) % len(self.spans))
        else:
            self.go_to((self.current - 1) % len(self.spans))
        return True

    def _from_view(self) -> int:
        return self.index_at(self.reader.top_position())

    def go_to(self, i: int, *, reveal: bool = True) -> None:
        """Make mark i the current one: coloured, the cursor on it, in view."""
        start, end = self.spans[i]
        self.current = i
        self.reader.set_layer(
            CURRENT_LAYER, [Span(start, end, CURRENT_COLOR, underline=True)], Z_SEARCH + 1
        )
        if reveal:
            self.reveal(start)
        # After reveal(): a cursor out of view would make Qt scroll it just into view.
        cursor = QTextCursor(self.reader.document())
        cursor.setPosition(start)
        self.reader.setTextCursor(cursor)
        self.moved.emit(i + 1, len(self.spans))

    def reveal(self, position: int) -> None:
        """Scroll only when the position is out of view; then it comes a third of the way down."""
        cursor = QTextCursor(self.reader.document())
        cursor.setPosition(position)
        rect = self.reader.cursorRect(cursor)
        height = self.reader.viewport().height()
        if rect.top() >= 0 and rect.bottom() <= height:
            return
        bar = self.reader.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - height // 3)
