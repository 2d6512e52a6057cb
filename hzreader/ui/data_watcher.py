"""Notices writes made by another process (the command line) while the window is open."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 2000


class DataWatcher(QObject):
    """Polls cheap change stamps; emits which part of the data changed since the last look.

    `stamps` returns one stamp per part, in the order of the signals below (documents,
    notes, bookmarks and read marks, the ledger's actual values); a shorter tuple watches
    the first parts only."""

    documents_changed = Signal()
    notes_changed = Signal()
    bookmarks_changed = Signal()
    actuals_changed = Signal()

    def __init__(self, stamps: Callable[[], Sequence[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stamps = stamps
        self._last: tuple[str, ...] | None = None
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.poll)
        self._signals = (
            self.documents_changed,
            self.notes_changed,
            self.bookmarks_changed,
            self.actuals_changed,
        )

    def start(self) -> None:
        """Take the current state as seen and look again every POLL_MS."""
        self._last = self._read()
        self.timer.start()

    def poll(self) -> None:
        """Compare with the last look; the window's own writes count too (a harmless refresh)."""
        now = self._read()
        if now is None or self._last is None:
            self._last = now or self._last
            return
        before, self._last = self._last, now
        for signal, old, new in zip(self._signals, before, now, strict=False):
            if old != new:
                signal.emit()

    def _read(self) -> tuple[str, ...] | None:
        try:
            return tuple(self._stamps())
        except Exception:  # a busy or vanished database: look again next time
            return None
