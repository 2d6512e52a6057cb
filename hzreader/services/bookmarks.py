"""Bookmarks: clauses to come back to, named by their citation or by the user; undoable."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from hzreader.core.bookmark import Bookmark, normalize_name
from hzreader.core.errors import NotFoundError
from hzreader.i18n import QT_TRANSLATE_NOOP, Errors, Later
from hzreader.services.context import AppContext
from hzreader.services.history import Step, UndoHistory
from hzreader.storage import bookmarks as repo
from hzreader.storage.engine import write_session

if TYPE_CHECKING:
    from hzreader.services.library import LibraryService

Listener = Callable[[], None]


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


class BookmarkService:
    """Every change is one short transaction, recorded in `history` (shared with the notes)."""

    def __init__(self, ctx: AppContext, library: LibraryService, history: UndoHistory) -> None:
        self.ctx = ctx
        self.library = library
        self.history = history
        self.listeners: list[Listener] = []

    def list(self, doc_id: str | None = None) -> list[Bookmark]:
        """Bookmarks in library order, then reading order."""
        if doc_id is not None:
            self.library.document(doc_id)  # NotFoundError for an unknown document
        with self.ctx.sessions() as session:
            return repo.list_bookmarks(session, doc_id=doc_id)

    def for_key(self, key: str, doc_id: str | None = None) -> Bookmark | None:
        """The bookmark of a node, or None."""
        doc = self.library.document(doc_id)
        with self.ctx.sessions() as session:
            return repo.bookmark_for(session, doc.id, key)

    def add(self, key: str, doc_id: str | None = None, name: str = "") -> Bookmark:
        """Bookmark a node (NotFoundError for a key the document does not have); a node that
        has a bookmark already keeps it, and that one is returned."""
        node = self.library.node(key, doc_id)
        doc = self.library.document(doc_id)
        found = self.for_key(node.key, doc.id)
        if found is not None:
            return found
        now = _now()
        mark = Bookmark(str(uuid.uuid4()), doc.id, node.key, normalize_name(name), now, now)
        self._write(mark)
        self._push(
            Later("Messages", QT_TRANSLATE_NOOP("Messages", "添加书签")),
            lambda: self._drop(mark.id),
            lambda: self._write(mark),
        )
        return self.get(mark.id)

    def get(self, bookmark_id: str) -> Bookmark:
        """One bookmark by id; NotFoundError when unknown."""
        with self.ctx.sessions() as session:
            found = repo.get_bookmark(session, bookmark_id)
        if found is None:
            raise NotFoundError(Errors.tr("没有这个书签：{0}").format(bookmark_id))
        return found

    def rename(self, bookmark_id: str, name: str) -> Bookmark:
        """Give a bookmark a name of its own ("" shows the citation again)."""
        before = self.get(bookmark_id)
        after = replace(before, name=normalize_name(name), updated=_now())
        if after.name == before.name:
            return before
        self._write(after)
        self._push(
            Later("Messages", QT_TRANSLATE_NOOP("Messages", "重命名书签")),
            lambda: self._write(before),
            lambda: self._write(after),
        )
        return self.get(bookmark_id)

    def remove(self, bookmark_id: str) -> Bookmark:
        """Delete a bookmark (undoable); the bookmark as it was."""
        gone = self.get(bookmark_id)
        self._drop(gone.id)
        self._push(
            Later("Messages", QT_TRANSLATE_NOOP("Messages", "删除书签")),
            lambda: self._write(gone),
            lambda: self._drop(gone.id),
        )
        return gone

    def remove_key(self, key: str, doc_id: str | None = None) -> Bookmark:
        """Delete the bookmark of a node; NotFoundError when the node has none."""
        doc = self.library.document(doc_id)
        found = self.for_key(key, doc.id)
        if found is None:
            raise NotFoundError(
                Errors.tr("{0} 中的 {1} 没有书签（用 bookmarks 命令查看全部书签）").format(
                    doc.id, key
                )
            )
        return self.remove(found.id)

    # -- writing -------------------------------------------------------------------------------

    def _write(self, mark: Bookmark) -> None:
        with write_session(self.ctx.sessions) as session:
            repo.save_bookmark(session, mark)
        self._notify()

    def _drop(self, bookmark_id: str) -> None:
        with write_session(self.ctx.sessions) as session:
            repo.delete_bookmark(session, bookmark_id)
        self._notify()

    def _push(self, text: Later, undo: Callable[[], None], redo: Callable[[], None]) -> None:
        self.history.push(Step(text, undo, redo))

    def _notify(self) -> None:
        for listener in list(self.listeners):
            listener()
