"""Searching off the UI thread: one job at a time on the pool, the latest query winning."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from hzreader.ui.background import BackgroundJob

if TYPE_CHECKING:
    from hzreader.services.searching import SearchService

log = logging.getLogger("hzreader")
Progress = Callable[[int, int], None]


class _Cancelled(Exception):
    """Raised inside a running index build when the window closes."""


class SearchRunner(QObject):
    """Runs searches, index builds and note updates of one SearchService, one at a time.

    The service is made on first use (Whoosh loads on the pool thread then, never at start)
    and only ever used by one pool thread at a time, so its document cache needs no lock.
    """

    results = Signal(int, object)  # generation, SearchResult
    failed = Signal(int, object)  # generation, exception
    building = Signal(int, int)  # index build progress: done, total (0, 0 at the start)
    finished = Signal()  # a job ended; building (if it was) is over

    def __init__(self, make_service: Callable[[], SearchService | None], parent: QObject) -> None:
        super().__init__(parent)
        self._make_service = make_service
        self._service: SearchService | None = None
        self._job: BackgroundJob | None = None
        self._search: tuple[int, str, str | None, int] | None = None
        self._notes: set[str] = set()
        self._warm = False
        self._closed = False
        self._cancel = threading.Event()
        self._idle = threading.Event()
        self._idle.set()

    def service(self) -> SearchService | None:
        """The service (made now if the window has its context)."""
        if self._service is None and not self._closed:
            self._service = self._make_service()
        return self._service

    def busy(self) -> bool:
        """True while a job runs."""
        return self._job is not None

    def search(self, generation: int, query: str, doc: str | None, limit: int) -> None:
        """Search (after the index is built, if it must be); replaces a search still waiting."""
        self._search = (generation, query, doc, limit)
        self._pump()

    def forget_search(self) -> None:
        """Drop a search still waiting (the query was cleared)."""
        self._search = None

    def warm_up(self) -> None:
        """Build the index now if it is missing or stale, so the first search is quick."""
        self._warm = True
        self._pump()

    def notes_changed(self, ids: list[str]) -> None:
        """Bring these notes up to date in the index."""
        self._notes.update(ids)
        self._pump()

    def shutdown(self, timeout: float = 30.0) -> None:
        """Stop a build, wait for the running job, release the index (the window closes)."""
        self._closed = True
        self._search, self._notes, self._warm = None, set(), False
        self._cancel.set()
        if not self._idle.wait(timeout):
            log.warning("a search job was still running when the window closed")
        if self._service is not None:
            self._service.close()

    # -- running -------------------------------------------------------------------------

    def _pump(self) -> None:
        if self._job is not None or self._closed:
            return
        service = self.service()
        if service is None:
            return
        generation = -1
        if self._notes:
            ids, self._notes = sorted(self._notes), set()

            def work(progress: Progress) -> Any:
                service.notes_changed(ids)  # a no-op until the index has been built

        elif self._search is not None:
            (generation, query, doc, limit), self._search = self._search, None

            def work(progress: Progress) -> Any:
                self._ensure(service, progress)
                return service.search(query, doc=doc, limit=limit)

        elif self._warm:
            self._warm = False

            def work(progress: Progress) -> Any:
                self._ensure(service, progress)

        else:
            return
        self._idle.clear()
        job = BackgroundJob(self._guard(work), self)
        job.progress.connect(self.building)
        job.done.connect(lambda result: self._done(job, generation, result, None))
        job.failed.connect(lambda exc: self._done(job, generation, None, exc))
        self._job = job
        job.start()

    def _guard(self, work: Callable[[Progress], Any]) -> Callable[[Progress], Any]:
        """The work with a progress that stops a build on shutdown, and the idle flag set."""

        def run(progress: Progress) -> Any:
            def report(done: int, total: int) -> None:
                if self._cancel.is_set():
                    raise _Cancelled
                progress(done, total)

            try:
                return work(report)
            finally:
                self._idle.set()

        return run

    @staticmethod
    def _ensure(service: SearchService, progress: Progress) -> None:
        """Build the index when it is not current, reporting the start at once."""
        if service.index_status() != "ok":
            progress(0, 0)
            service.library.invalidate()  # documents may have been imported or changed
            service.ensure_index(progress)

    def _done(self, job: BackgroundJob, generation: int, result: Any, exc: Any) -> None:
        self._job = None
        job.deleteLater()
        self.finished.emit()
        if exc is not None and not isinstance(exc, _Cancelled):
            if generation >= 0:
                self.failed.emit(generation, exc)
            else:
                log.error("search index job failed", exc_info=exc)
        elif exc is None and generation >= 0:
            self.results.emit(generation, result)
        self._pump()
