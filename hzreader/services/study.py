"""The study map: clauses the reader has had on screen long enough, and the notes on them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from hzreader.core.study import StudyMap, annotated_clauses, clauses, study_map
from hzreader.i18n import QT_TRANSLATE_NOOP, Later
from hzreader.services.context import AppContext
from hzreader.services.history import Step, UndoHistory
from hzreader.storage import bookmarks as repo
from hzreader.storage.engine import write_session

if TYPE_CHECKING:
    from hzreader.services.annotations import AnnotationService
    from hzreader.services.library import LibraryService

Listener = Callable[[str], None]  # the document whose map changed


class StudyService:
    """Private to the user: kept in the database and the full backup, nowhere else."""

    def __init__(
        self,
        ctx: AppContext,
        library: LibraryService,
        annotations: AnnotationService,
        history: UndoHistory,
    ) -> None:
        self.ctx = ctx
        self.library = library
        self.annotations = annotations
        self.history = history
        self.listeners: list[Listener] = []

    def read_keys(self, doc_id: str) -> set[str]:
        """The clauses of a document recorded as read."""
        with self.ctx.sessions() as session:
            return {k for _d, k, _t in repo.read_marks(session, doc_id)}

    def map(self, doc_id: str | None = None) -> StudyMap:
        """A document's study map (NotFoundError for an unknown document)."""
        doc = self.library.document(doc_id)
        noted = annotated_clauses(doc, (a.key for a in self.annotations.list(doc_id=doc.id)))
        return study_map(doc, self.read_keys(doc.id), noted)

    def record(self, doc_id: str, keys: Iterable[str], when: datetime | None = None) -> int:
        """Record clauses as read, in one transaction (keys that are no clause of the document
        are left out); how many were new."""
        doc = self.library.document(doc_id)
        known = {n.key for n in clauses(doc)}
        stamp = (when or datetime.now()).replace(microsecond=0)
        wanted = [(doc.id, k, stamp) for k in dict.fromkeys(keys) if k in known]
        if not wanted:
            return 0
        with write_session(self.ctx.sessions) as session:
            added = repo.add_read_marks(session, wanted)
        if added:
            self._notify(doc.id)
        return added

    def reset(self, doc_id: str) -> int:
        """Forget what was read of a document (undoable); how many clauses were forgotten."""
        doc = self.library.document(doc_id)
        with self.ctx.sessions() as session:
            before = repo.read_marks(session, doc.id)
        if not before:
            return 0
        self._clear(doc.id)
        self.history.push(
            Step(
                Later("Messages", QT_TRANSLATE_NOOP("Messages", "清除阅读记录")),
                lambda: self._put_back(doc.id, before),
                lambda: self._clear(doc.id),
            )
        )
        return len(before)

    def _clear(self, doc_id: str) -> None:
        with write_session(self.ctx.sessions) as session:
            repo.clear_read_marks(session, doc_id)
        self._notify(doc_id)

    def _put_back(self, doc_id: str, marks: list[tuple[str, str, datetime]]) -> None:
        with write_session(self.ctx.sessions) as session:
            repo.add_read_marks(session, marks)
        self._notify(doc_id)

    def _notify(self, doc_id: str) -> None:
        for listener in list(self.listeners):
            listener(doc_id)
