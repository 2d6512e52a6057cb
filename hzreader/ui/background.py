"""A job on the thread pool that reports progress, then its result, back on the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the job keeps it until the result has arrived
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except BaseException as exc:  # every failure must reach the UI thread
            self.signals.failed.emit(exc)
            return
        self.signals.done.emit(result)


class BackgroundJob(QObject):
    """Runs work(progress) off the UI thread; progress, done and failed arrive by signal."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any], parent: QObject) -> None:
        super().__init__(parent)
        self._task = _Task(work)
        # Connected to this object's slots, so Qt queues them to the UI thread.
        self._task.signals.progress.connect(self._on_progress)
        self._task.signals.done.connect(self._on_done)
        self._task.signals.failed.connect(self._on_failed)
        self.running = False

    def start(self) -> None:
        """Begin the work on the global thread pool."""
        self.running = True
        QThreadPool.globalInstance().start(self._task)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self.running = False
        self.done.emit(result)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self.running = False
        self.failed.emit(exc)
