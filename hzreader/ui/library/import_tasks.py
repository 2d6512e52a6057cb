"""Work off the UI thread: a function runs in the thread pool, its result returns by signal."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class BackgroundTask(QRunnable):
    """Runs `work()` on a pool thread and reports by signal; the work opens its own sessions."""

    def __init__(self, number: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its result has arrived
        self.number = number
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        """Do the work (on the pool thread)."""
        try:
            result = self.work()
        except BaseException as exc:  # every failure must reach the UI thread
            self.signals.failed.emit(self.number, exc)
            return
        self.signals.done.emit(self.number, result)


class TaskRunner(QObject):
    """Starts tasks; their callbacks run on the runner's (the UI) thread, by queued signal."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool.globalInstance()
        self._numbers = itertools.count(1)
        self._running: dict[int, tuple[BackgroundTask, Callable, Callable]] = {}

    def start(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> int:
        """Run `work` in the background; then call on_done(result) or on_failed(exc)."""
        number = next(self._numbers)
        task = BackgroundTask(number, work)
        # Bound slots of this object: Qt queues the call to the thread this object lives in.
        task.signals.done.connect(self._done)
        task.signals.failed.connect(self._failed)
        self._running[number] = (task, on_done, on_failed)
        self.pool.start(task)
        return number

    def busy(self) -> bool:
        """True while a task has not delivered its result."""
        return bool(self._running)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every started task has run (before the database closes)."""
        return self.pool.waitForDone(msecs)

    @Slot(int, object)
    def _done(self, number: int, result: object) -> None:
        entry = self._running.pop(number, None)
        if entry is not None:
            entry[1](result)

    @Slot(int, object)
    def _failed(self, number: int, exc: object) -> None:
        entry = self._running.pop(number, None)
        if entry is not None:
            entry[2](exc)
