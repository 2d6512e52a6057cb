"""Searching the library and the notes; keeping the derived index in step with the database."""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from hzreader.core.parser import PARSER_VERSION
from hzreader.search.records import IndexRecord, node_contexts, note_record, records_from_document
from hzreader.search.results import SearchResult, highlight
from hzreader.services.context import AppContext
from hzreader.storage import annotations as notes_repo
from hzreader.storage import documents as docs_repo

if TYPE_CHECKING:
    from hzreader.services.library import LibraryService

log = logging.getLogger("hzreader.search")
Progress = Callable[[int, int], None]
_BUSY_RETRIES = 20


class SearchService:
    """One Whoosh index per data dir, rebuilt by itself when missing, stale or broken."""

    def __init__(self, ctx: AppContext, library: LibraryService) -> None:
        self.ctx = ctx
        self.library = library
        self._index = None
        self._lock = threading.RLock()
        # The fingerprint at which this service last saw the index current; note updates are
        # applied in place only from there, so an index behind on anything else stays stale.
        self._known_fp: str | None = None

    @property
    def index(self):
        """The SearchIndex (Whoosh is imported on first use, never at start)."""
        if self._index is None:
            from hzreader.search.index import SearchIndex

            self._index = SearchIndex(self.ctx.paths.index_dir)
        return self._index

    def close(self) -> None:
        """Release the index files."""
        if self._index is not None:
            self._index.close()

    # State ---------------------------------------------------------------------------------

    def fingerprint(self) -> str:
        """The database state the index must reflect: documents, parser, notes and tags."""
        with self.ctx.sessions() as session:
            docs = sorted(
                (d.id, d.content_hash, d.title) for d in docs_repo.list_documents(session)
            )
            stamp = notes_repo.change_stamp(session)
        text = f"{PARSER_VERSION}|{docs}|{stamp}"
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]

    def index_status(self) -> str:
        """ "ok", "missing", "stale" (behind the database) or "broken"."""
        status = self.index.status()
        if status == "ok" and not self.index.is_current(self.fingerprint()):
            return "stale"
        return status

    def records(self) -> Iterator[IndexRecord]:
        """Every text unit of every document, and every live note."""
        contexts: dict[str, dict[str, IndexRecord]] = {}
        for info in self.library.documents():
            doc = self.library.document(info.id)
            contexts[doc.id] = node_contexts(doc)
            yield from records_from_document(doc)
        with self.ctx.sessions() as session:
            annotations = notes_repo.list_annotations(session)
        for a in annotations:
            yield self._note_record(a, contexts.get(a.doc, {}))

    @staticmethod
    def _note_record(a, contexts: dict[str, IndexRecord]) -> IndexRecord:
        return note_record(
            annotation_id=a.id,
            doc=a.doc,
            key=a.key,
            quote=a.quote,
            note=a.note,
            tags=tuple(a.tags),
            color=a.color,
            context=contexts.get(a.key),
        )

    # Building ------------------------------------------------------------------------------

    def rebuild(self, progress: Progress | None = None) -> tuple[int, float]:
        """Build the index afresh from the database: (documents, seconds)."""
        started = time.perf_counter()
        with self._lock:
            fingerprint = self.fingerprint()
            records = list(self.records())
            self.index.rebuild(
                records, fingerprint=fingerprint, progress=progress, total=len(records)
            )
            self._known_fp = fingerprint
        return len(self.library.documents()), time.perf_counter() - started

    def ensure_index(self, progress: Progress | None = None) -> bool:
        """Rebuild when the index is missing, stale or broken; True when it was rebuilt."""
        with self._lock:
            status = self.index.status()
            fingerprint = self.fingerprint()
            if status == "ok" and self.index.is_current(fingerprint):
                self._known_fp = fingerprint
                return False
            log.info("search index %s: rebuilding", status)
            self.rebuild(progress)
            return True

    def notes_changed(self, ids: list[str]) -> None:
        """Bring the notes `ids` up to date in the index (called after every note change)."""
        from hzreader.search.index import IndexUnavailable
        from hzreader.search.records import note_uid

        with self._lock:
            if self._known_fp is None or not self.index.is_current(self._known_fp):
                return  # the next search rebuilds it anyway
            with self.ctx.sessions() as session:
                live = {a.id: a for a in notes_repo.list_annotations(session, ids=ids)}
            contexts: dict[str, dict[str, IndexRecord]] = {}
            records = []
            for a in live.values():
                if a.doc not in contexts:
                    try:
                        contexts[a.doc] = node_contexts(self.library.document(a.doc))
                    except Exception:
                        contexts[a.doc] = {}
                records.append(self._note_record(a, contexts[a.doc]))
            gone = [note_uid(i) for i in ids if i not in live]
            try:
                fingerprint = self.fingerprint()
                if gone:
                    self.index.delete(gone)
                self.index.upsert(records, fingerprint=fingerprint)
                self._known_fp = fingerprint
            except IndexUnavailable:
                log.warning("index unavailable while updating notes; it will be rebuilt")

    # Searching -----------------------------------------------------------------------------

    @staticmethod
    def match_spans(text: str, query: str) -> list[tuple[int, int]]:
        """Where a query's words occur in a text: (start, end) offsets, for marking a reader."""
        return highlight(text, query)

    def search(self, query: str, *, doc: str | None = None, limit: int | None = 20) -> SearchResult:
        """Hits for a query over text and notes; malformed queries fall back to literal text."""
        from hzreader.search.index import IndexUnavailable

        if doc is not None:
            self.library.document(doc)  # NotFoundError for an unknown document
        self.ensure_index()
        for attempt in range(_BUSY_RETRIES):
            try:
                return self.index.search(query, doc=doc, limit=limit)
            except IndexUnavailable as exc:
                if exc.status == "busy":
                    time.sleep(0.05 * (attempt + 1))
                    continue
                log.warning("index %s during search; rebuilding", exc.status)
                self.rebuild()
        return self.index.search(query, doc=doc, limit=limit)
