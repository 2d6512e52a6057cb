"""Bookmarks and the study map's read marks: rows in, core objects out."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from hzreader.core.bookmark import Bookmark
from hzreader.storage.tables import BookmarkRow, DocumentRow, NodeRow, ReadMarkRow


def _iso(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


def list_bookmarks(
    session: Session, *, doc_id: str | None = None, ids: list[str] | None = None
) -> list[Bookmark]:
    """Bookmarks in library order, then reading order (a clause gone from its text last)."""
    doc_order = select(DocumentRow.sort_order).where(DocumentRow.id == BookmarkRow.doc_id)
    q = (
        select(BookmarkRow, NodeRow.citation, NodeRow.ordinal)
        .outerjoin(
            NodeRow, (NodeRow.doc_id == BookmarkRow.doc_id) & (NodeRow.key == BookmarkRow.node_key)
        )
        .order_by(
            doc_order.scalar_subquery().nulls_last(),
            BookmarkRow.doc_id,
            NodeRow.ordinal.nulls_last(),
            BookmarkRow.created_at,
        )
    )
    if doc_id is not None:
        q = q.where(BookmarkRow.doc_id == doc_id)
    if ids is not None:
        q = q.where(BookmarkRow.id.in_(ids))
    return [
        Bookmark(
            id=row.id,
            doc=row.doc_id,
            key=row.node_key,
            name=row.name,
            created=_iso(row.created_at),
            updated=_iso(row.updated_at),
            citation=citation or "",
            found=ordinal is not None,
        )
        for row, citation, ordinal in session.execute(q)
    ]


def bookmark_for(session: Session, doc_id: str, key: str) -> Bookmark | None:
    """The bookmark of a clause, or None."""
    found = session.scalar(
        select(BookmarkRow.id).where(BookmarkRow.doc_id == doc_id, BookmarkRow.node_key == key)
    )
    return get_bookmark(session, found) if found else None


def get_bookmark(session: Session, bookmark_id: str) -> Bookmark | None:
    """One bookmark by id, or None."""
    found = list_bookmarks(session, ids=[bookmark_id])
    return found[0] if found else None


def save_bookmark(session: Session, bookmark: Bookmark) -> None:
    """Insert or overwrite a bookmark."""
    row = session.get(BookmarkRow, bookmark.id)
    if row is None:
        row = BookmarkRow(id=bookmark.id)
        session.add(row)
    row.doc_id = bookmark.doc
    row.node_key = bookmark.key
    row.name = bookmark.name
    row.created_at = datetime.fromisoformat(bookmark.created)
    row.updated_at = datetime.fromisoformat(bookmark.updated)
    session.flush()


def delete_bookmark(session: Session, bookmark_id: str) -> None:
    """Remove a bookmark."""
    session.execute(delete(BookmarkRow).where(BookmarkRow.id == bookmark_id))


# The study map -------------------------------------------------------------------------------


def read_marks(session: Session, doc_id: str | None = None) -> list[tuple[str, str, datetime]]:
    """(doc, key, when read) of every read clause (of one document)."""
    q = select(ReadMarkRow.doc_id, ReadMarkRow.node_key, ReadMarkRow.read_at).order_by(
        ReadMarkRow.doc_id, ReadMarkRow.read_at
    )
    if doc_id is not None:
        q = q.where(ReadMarkRow.doc_id == doc_id)
    return [(d, k, t) for d, k, t in session.execute(q)]


def add_read_marks(session: Session, marks: Iterable[tuple[str, str, datetime]]) -> int:
    """Record clauses as read (a clause read before keeps its first time); how many were new."""
    added = 0
    for doc_id, key, when in marks:
        if session.get(ReadMarkRow, (doc_id, key)) is None:
            session.add(ReadMarkRow(doc_id=doc_id, node_key=key, read_at=when))
            added += 1
    session.flush()
    return added


def clear_read_marks(session: Session, doc_id: str) -> None:
    """Forget which clauses of a document were read."""
    session.execute(delete(ReadMarkRow).where(ReadMarkRow.doc_id == doc_id))


def change_stamp(session: Session) -> str:
    """A value that changes whenever bookmarks or read marks change."""
    count, latest = session.execute(
        select(func.count(), func.max(BookmarkRow.updated_at)).select_from(BookmarkRow)
    ).one()
    marks, last_read = session.execute(
        select(func.count(), func.max(ReadMarkRow.read_at)).select_from(ReadMarkRow)
    ).one()
    return f"{count}:{latest}:{marks}:{last_read}"
