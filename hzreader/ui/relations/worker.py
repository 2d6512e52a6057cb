"""Matching off the UI thread: one thread with services of its own, kept warm.

Clause matching keeps an index of the whole library in its RelationsService; a pool thread
building its own services for every question would build that index every time. So the
window's matching runs on one long-lived thread that keeps its services (and index), and
answers questions one at a time: the newest question of a channel (the clause under the
cursor) replaces the older ones still waiting, so following the reader never queues up.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger("hzreader")

Work = Callable[[Any], Any]  # work(services) -> result, run on the matching thread


class _Worker(QObject):
    """Lives on the matching thread; runs each job with the thread's own services."""

    done = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self, ctx, wanted: Callable[[int, str], bool]) -> None:
        super().__init__()
        self._ctx = ctx
        self._wanted = wanted
        self._services = None
        self._stamp: tuple = ()

    def _ready_services(self):
        from hzreader.services.composition import Services

        if self._services is None:
            self._services = Services(self._ctx)
        services = self._services
        # Documents may have been imported, renamed or replaced by the window meanwhile.
        stamp = tuple(
            (d.id, d.content_hash, d.title, d.superseded_by) for d in services.library.documents()
        )
        if stamp != self._stamp:
            services.library.invalidate()
            self._stamp = stamp
        return services

    @Slot(int, str, object)
    def run(self, number: int, channel: str, work: Work) -> None:
        """Run one job (on the matching thread), unless a newer one of its channel waits."""
        if not self._wanted(number, channel):
            self.done.emit(number, None)  # the UI side forgets it (and drops the result)
            return
        try:
            result = work(self._ready_services())
        except BaseException as exc:  # every failure must reach the UI thread
            self.failed.emit(number, exc)
            return
        self.done.emit(number, result)

    @Slot()
    def close(self) -> None:
        """Release the services (on the matching thread)."""
        if self._services is not None:
            self._services.close()
            self._services = None


class MatchClient(QObject):
    """The UI side: submit(work, on_done, on_failed, channel); callbacks on the UI thread."""

    _submit = Signal(int, str, object)
    _close = Signal()

    def __init__(self, ctx, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("match_client")
        self._numbers = itertools.count(1)
        self._pending: dict[int, tuple[Callable, Callable]] = {}
        self._latest: dict[str, int] = {}
        self._channel_of: dict[int, str] = {}
        self._lock = threading.Lock()
        self._thread = QThread(self)
        self._thread.setObjectName("matching")
        self._worker = _Worker(ctx, self._wanted)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._close.connect(self._worker.close)
        self._worker.done.connect(self._done)
        self._worker.failed.connect(self._failed)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()
        self._stopped = False

    def _wanted(self, number: int, channel: str) -> bool:
        # Called on the matching thread: an older question of a channel is not worth answering.
        with self._lock:
            return not channel or self._latest.get(channel) == number

    def submit(
        self,
        work: Work,
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
        channel: str = "",
    ) -> int:
        """Queue work(services); a newer job of the same channel drops this one's result."""
        number = next(self._numbers)
        if self._stopped:
            return number
        with self._lock:
            if channel:
                self._latest[channel] = number
        if channel:
            self._channel_of[number] = channel
        self._pending[number] = (on_done, on_failed)
        self._submit.emit(number, channel, work)
        return number

    def busy(self) -> bool:
        """True while a job waits or runs."""
        return bool(self._pending)

    @Slot(int, object)
    def _done(self, number: int, result: object) -> None:
        callbacks = self._pending.pop(number, None)
        if callbacks is not None and self._fresh(number):
            callbacks[0](result)

    @Slot(int, object)
    def _failed(self, number: int, exc: object) -> None:
        callbacks = self._pending.pop(number, None)
        if callbacks is not None and self._fresh(number):
            callbacks[1](exc)

    def _fresh(self, number: int) -> bool:
        """False for a channel's job that a newer one has replaced."""
        channel = self._channel_of.pop(number, "")
        with self._lock:
            return not channel or self._latest.get(channel) == number

    def forget(self, channel: str) -> None:
        """Drop whatever a channel still has on its way (its view closed)."""
        with self._lock:
            self._latest[channel] = -1

    def stop(self) -> None:
        """End the thread after the job it is doing (the window closes)."""
        if self._stopped:
            return
        self._stopped = True
        with self._lock:
            for channel in self._latest:
                self._latest[channel] = -1
        self._close.emit()
        self._thread.quit()
        self._thread.wait()
        self._pending.clear()
        self._channel_of.clear()
