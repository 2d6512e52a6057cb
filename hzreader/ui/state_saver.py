"""Saving reading state off the UI thread, one write at a time, the latest value winning."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from hzreader.services.reading import ReadingService

log = logging.getLogger("hzreader")


class StateSaver(QObject):
    """Queues position and setting writes on a worker thread; failed reports a failure."""

    failed = Signal(str)

    def __init__(self, reading: ReadingService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reading = reading
        self._executor: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self._pending: dict[tuple[str, str], Callable[[], None]] = {}

    def save_position(self, doc_id: str, key: str, offset: float) -> None:
        """Remember where the user is in a document."""
        self._queue(("position", doc_id), lambda: self.reading.save_position(doc_id, key, offset))

    def save_setting(self, name: str, value: Any) -> None:
        """Remember a setting."""
        self._queue(("setting", name), lambda: self.reading.save_setting(name, value))

    def flush(self) -> None:
        """Write everything queued and wait for it (on close)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        self._drain()

    def _queue(self, slot: tuple[str, str], write: Callable[[], None]) -> None:
        with self._lock:
            fresh = slot not in self._pending
            self._pending[slot] = write
        if not fresh:
            return  # a drain for this slot is already on its way and will take the new value
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hzreader-state")
        future: Future = self._executor.submit(self._drain)
        future.add_done_callback(self._done)

    def _drain(self) -> None:
        while True:
            with self._lock:
                if not self._pending:
                    return
                slot = next(iter(self._pending))
                write = self._pending.pop(slot)
            write()

    def _done(self, future: Future) -> None:
        exc = future.exception()
        if exc is not None:
            log.error("saving reading state failed", exc_info=exc)
            # Emitted from the worker thread; Qt queues it to the window's thread.
            self.failed.emit(str(exc))
