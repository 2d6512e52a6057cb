"""Saving reading state off the UI thread, one write at a time, the latest value winning."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

    from hzreader.services.reading import ReadingService

log = logging.getLogger("hzreader")


class StateSaver(QObject):
    """Queues position and setting writes for a worker thread; failed reports a failure.

    Writes queued before a ReadingService is set (the window drew before the database was
    fully open) wait and go out once it is.
    """

    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reading: ReadingService | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self._pending: dict[tuple[str, str], Callable[[ReadingService], None]] = {}

    def set_reading(self, reading: ReadingService) -> None:
        """Where to write; sends what was queued meanwhile."""
        self.reading = reading
        if self._pending:
            self._submit()

    def save_position(self, doc_id: str, key: str, offset: float) -> None:
        """Remember where the user is in a document."""
        self._queue(("position", doc_id), lambda r: r.save_position(doc_id, key, offset))

    def save_setting(self, name: str, value: Any) -> None:
        """Remember a setting."""
        self._queue(("setting", name), lambda r: r.save_setting(name, value))

    def flush(self) -> None:
        """Write everything queued and wait for it (on close)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        if self.reading is None:
            if self._pending:
                log.warning("reading state not saved: the database never opened")
            return
        self._drain()

    def _queue(self, slot: tuple[str, str], write: Callable[[ReadingService], None]) -> None:
        with self._lock:
            fresh = slot not in self._pending
            self._pending[slot] = write
        # A slot already queued is on its way: the drain will take the newer value.
        if fresh and self.reading is not None:
            self._submit()

    def _submit(self) -> None:
        if self._executor is None:
            # Imported at the first write (after the first frame: its queue and threads).
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hzreader-state")
        future: Future = self._executor.submit(self._drain)
        future.add_done_callback(self._done)

    def _drain(self) -> None:
        reading = self.reading
        assert reading is not None
        while True:
            with self._lock:
                if not self._pending:
                    return
                slot = next(iter(self._pending))
                write = self._pending.pop(slot)
            write(reading)

    def _done(self, future: Future) -> None:
        exc = future.exception()
        if exc is not None:
            log.error("saving reading state failed", exc_info=exc)
            # Emitted from the worker thread; Qt queues it to the window's thread.
            self.failed.emit(str(exc))
