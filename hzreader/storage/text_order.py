"""Annotations in the order of the text they mark.

A sentence node is a child of the measure (goal, item, heading) whose running text it is a
part of, and nodes are numbered in reading order parent first. Ordering by node number and
then by offset therefore put every note on a measure (offsets in the measure's whole text)
before every note on one of its sentences (offsets in that sentence), wherever they stand
in the text. Here a note's place is the node that holds the running text (a sentence's
parent) and its offset in that text: the sentence's own start in it plus the note's.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from hzreader.storage.tables import AnnotationRow, DocumentRow, NodeRow

T = TypeVar("T")
_CHUNK = 500  # ids in one IN (…): well under SQLite's limit on bound parameters

Parent = aliased(NodeRow)


class Place(NamedTuple):
    """What the order of one annotation depends on, as read from its rows."""

    doc_order: int | None
    kind: str | None
    ordinal: int | None
    parent_id: int | None
    parent_ordinal: int | None
    start: int | None
    created: datetime | None


def place_columns() -> tuple[Any, ...]:
    """The columns of a Place, for a query joined with join_nodes()."""
    doc_order = select(DocumentRow.sort_order).where(DocumentRow.id == AnnotationRow.doc_id)
    return (
        doc_order.scalar_subquery(),
        NodeRow.kind,
        NodeRow.ordinal,
        NodeRow.parent_id,
        Parent.ordinal,
        AnnotationRow.start,
        AnnotationRow.created_at,
    )


def join_nodes(q):
    """Join an annotations query with its node and that node's parent (both optional)."""
    return q.outerjoin(
        NodeRow,
        (NodeRow.doc_id == AnnotationRow.doc_id) & (NodeRow.key == AnnotationRow.node_key),
    ).outerjoin(Parent, Parent.id == NodeRow.parent_id)


def _sentence_starts(session: Session, parents: set[int]) -> dict[tuple[int, int], int]:
    """(parent id, sentence ordinal) → where the sentence starts in its parent's text."""
    out: dict[tuple[int, int], int] = {}
    ids = sorted(parents)
    for i in range(0, len(ids), _CHUNK):
        rows = session.execute(
            select(NodeRow.parent_id, NodeRow.ordinal, func.length(NodeRow.text))
            .where(NodeRow.parent_id.in_(ids[i : i + _CHUNK]), NodeRow.kind == "sentence")
            .order_by(NodeRow.parent_id, NodeRow.ordinal)
        )
        running: dict[int, int] = {}
        for parent_id, ordinal, length in rows:
            at = running.get(parent_id, 0)
            out[(parent_id, ordinal)] = at
            running[parent_id] = at + (length or 0)
    return out


def sort_by_text(session: Session, items: Sequence[tuple[T, Place]]) -> list[T]:
    """The items in document order, then text order; notes whose node is gone come last
    in their document."""
    parents = {p.parent_id for _, p in items if p.kind == "sentence" and p.parent_id}
    starts = _sentence_starts(session, parents) if parents else {}

    def key(item: tuple[T, Place]) -> tuple:
        p = item[1]
        offset = p.start or 0
        holder = p.ordinal
        if p.kind == "sentence" and p.parent_ordinal is not None:
            holder = p.parent_ordinal
            offset += starts.get((p.parent_id, p.ordinal), 0)
        created = p.created.isoformat() if p.created else ""
        return (
            p.doc_order is None,
            p.doc_order or 0,
            holder is None,
            holder or 0,
            offset,
            created,
        )

    return [item for item, _ in sorted(items, key=key)]
