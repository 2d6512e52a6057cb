"""Which clauses have been read: a clause counts once most of it (or most of the view, for a
long one) has stayed on screen for a few seconds while the window was active. A tick every
half second looks at the few clauses in view; what is read is written in batches."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from hzreader.core.model import Document
from hzreader.core.study import clauses

DWELL_MS = 3000  # how long a clause stays in view to count as read
TICK_MS = 500
FLUSH_MS = 5000  # read clauses are written at most this often
IN_VIEW = 0.6  # the share of a clause (or of the view) that must be on screen


class ReadTracker(QObject):
    """Watches one reader; `read` says at once that a clause was read, `record(doc, keys)`
    writes them in batches (debounced; on flush())."""

    read = Signal(str, str)  # doc, clause key

    def __init__(
        self,
        reader,
        window: QWidget,
        record: Callable[[str, list[str]], None],
        *,
        dwell_ms: int = DWELL_MS,
        tick_ms: int = TICK_MS,
        flush_ms: int = FLUSH_MS,
    ) -> None:
        super().__init__(reader)
        self.reader = reader
        self.window = window
        self.record = record
        self.dwell_ms = dwell_ms
        self._doc: str | None = None
        self._starts: list[int] = []
        self._spans: list[tuple[int, int, str]] = []
        self._done: set[str] = set()
        self._dwell: dict[str, int] = {}
        self._pending: list[str] = []
        self._clock = QElapsedTimer()
        self._tick = QTimer(self, interval=tick_ms)
        self._tick.timeout.connect(self._on_tick)
        self._flush = QTimer(self, singleShot=True, interval=flush_ms)
        self._flush.timeout.connect(self.flush)

    def set_timing(self, dwell_ms: int, tick_ms: int = TICK_MS, flush_ms: int = FLUSH_MS) -> None:
        """How long a clause must stay in view, how often to look, how often to write (a
        test reads in a fraction of a second through the same timers)."""
        self.dwell_ms = dwell_ms
        self._tick.setInterval(tick_ms)
        self._flush.setInterval(flush_ms)

    def set_document(self, doc: Document | None, read: set[str]) -> None:
        """Watch another document (what was read of the last one is written first)."""
        self.flush()
        self._doc = doc.id if doc is not None else None
        self._done = set(read)
        self._dwell.clear()
        self._spans = []
        if doc is not None:
            for node in clauses(doc):
                if node.key in self.reader.map:
                    start, end = self.reader.node_range(node.key)
                    self._spans.append((start, end, node.key))
        self._spans.sort()
        self._starts = [s for s, _e, _k in self._spans]
        self._clock.start()
        if self._doc is not None and not self._tick.isActive():
            self._tick.start()

    def forget(self, doc_id: str, read: set[str]) -> None:
        """The record of a document was reset (or restored): start again from `read`."""
        if doc_id == self._doc:
            self._done = set(read)
            self._dwell.clear()
            self._pending = [k for k in self._pending if k in read]

    def stop(self) -> None:
        """No more watching (the window closes); what was read is written."""
        self._tick.stop()
        self.flush()

    def visible(self) -> list[str]:
        """The clauses that are in view enough to be being read."""
        reader = self.reader
        if not self._spans:
            return []
        height = reader.viewport().height()
        top = reader.top_position()
        bottom = reader.position_at(QPoint(4, max(0, height - 2)))
        first = max(0, bisect_right(self._starts, top) - 1)
        out = []
        for start, end, key in self._spans[first:]:
            if start > bottom:
                break
            rect_top = self._y(start, top=True)
            rect_bottom = self._y(max(start, end - 1), top=False)
            tall = max(1, rect_bottom - rect_top)
            shown = min(rect_bottom, height) - max(rect_top, 0)
            if shown > 0 and (shown >= IN_VIEW * tall or shown >= IN_VIEW * height):
                out.append(key)
        return out

    def _y(self, position: int, *, top: bool) -> int:
        cursor = QTextCursor(self.reader.document())
        cursor.setPosition(max(0, min(position, self.reader.document().characterCount() - 1)))
        rect = self.reader.cursorRect(cursor)
        return rect.top() if top else rect.bottom()

    def _active(self) -> bool:
        return (
            self.window.isActiveWindow()
            and self.reader.isVisible()
            and not self.window.isMinimized()
        )

    def _on_tick(self) -> None:
        # A stalled loop (a modal dialog, a long job) is not reading time.
        elapsed = min(self._clock.restart(), 4 * self._tick.interval())
        if self._doc is None or not self._active():
            self._dwell.clear()
            return
        shown = [k for k in self.visible() if k not in self._done]
        self._dwell = {k: self._dwell.get(k, 0) + elapsed for k in shown}
        for key, spent in list(self._dwell.items()):
            if spent >= self.dwell_ms:
                del self._dwell[key]
                self._done.add(key)
                self._pending.append(key)
                self.read.emit(self._doc, key)
        if self._pending and not self._flush.isActive():
            self._flush.start()

    def flush(self) -> None:
        """Write what was read since the last write (one transaction)."""
        self._flush.stop()
        if self._pending and self._doc is not None:
            keys, self._pending = self._pending, []
            self.record(self._doc, keys)
