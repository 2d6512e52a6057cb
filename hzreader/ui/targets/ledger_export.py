"""Writing the ledger to a file off the UI thread; the outcome returns by signal."""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from hzreader.core.errors import KnownError

if TYPE_CHECKING:
    from hzreader.services.targets import TargetService

log = logging.getLogger("hzreader")


class LedgerExportJob(QObject):
    """Runs TargetService.export_ledger on a worker thread, one export at a time."""

    finished = Signal(str, int)  # path, number of targets
    failed = Signal(str)  # a message for the user

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor: ThreadPoolExecutor | None = None

    def start(self, service: TargetService, path: str, fmt: str, doc_id: str) -> None:
        """Begin writing; finished or failed follows on the UI thread."""
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hzreader-ledger")
        # The service opens its own session on the worker thread for each read.
        future = self._executor.submit(service.export_ledger, Path(path), fmt, doc_id)
        future.add_done_callback(lambda f: self._done(f, path))

    def _done(self, future: Future, path: str) -> None:
        # On the worker thread: Qt queues the signals to the job's (the UI) thread.
        exc = future.exception()
        if exc is None:
            self.finished.emit(path, future.result())
        elif isinstance(exc, KnownError):
            self.failed.emit(str(exc))
        else:
            log.error("exporting the ledger failed", exc_info=exc)
            self.failed.emit(self.tr("导出失败（{0}），详情已记入日志").format(type(exc).__name__))

    def shutdown(self) -> None:
        """Wait for an export still running (on close)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
