"""Rows for the JSON backup, and merging a backup's tags and actuals into the database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hzreader.storage.annotations import get_tag, tag_id
from hzreader.storage.tables import AnnotationRow, DocumentRow, TagRow, TargetActualRow

_CHUNK = 500  # SQLite's limit on bound parameters is at least 999


def documents(session: Session) -> list[DocumentRow]:
    """Every document row, source text included, in library order."""
    return list(
        session.scalars(select(DocumentRow).order_by(DocumentRow.sort_order, DocumentRow.id))
    )


def text_hashes(session: Session) -> dict[str, str]:
    """Each annotation's hash of the node text it was anchored to."""
    return dict(session.execute(select(AnnotationRow.id, AnnotationRow.node_text_hash)).all())


def tags(session: Session) -> list[tuple[str, str | None]]:
    """(name, colour) of every tag."""
    return [
        (n, c) for n, c in session.execute(select(TagRow.name, TagRow.color).order_by(TagRow.name))
    ]


def actuals(session: Session) -> list[TargetActualRow]:
    """Every recorded actual value of a target."""
    return list(session.scalars(select(TargetActualRow).order_by(TargetActualRow.id)))


def updated_times(session: Session, ids: list[str]) -> dict[str, datetime]:
    """When each of these annotations (if present) was last changed."""
    out: dict[str, datetime] = {}
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        rows = session.execute(
            select(AnnotationRow.id, AnnotationRow.updated_at).where(AnnotationRow.id.in_(chunk))
        )
        out.update(dict(rows.all()))
    return out


def merge_tag(session: Session, name: str, color: str | None) -> bool:
    """Create a tag when missing; give it the backup's colour when it has none. True if new."""
    existing = get_tag(session, name)
    if existing is None:
        tag_id(session, name)
        existing = get_tag(session, name)
        existing.color = color
        return True
    if existing.color is None and color:
        existing.color = color
    return False


def actual_is_new(session: Session, item: dict) -> bool:
    """False when the same target already has this value for that date."""
    rows = session.scalars(
        select(TargetActualRow).where(
            TargetActualRow.doc_id == item["doc"],
            TargetActualRow.target_id == item["target_id"],
            TargetActualRow.recorded_on == item["recorded_on"],
        )
    ).all()
    return not any(abs(r.value - item["value"]) < 1e-9 for r in rows)


def merge_actual(session: Session, item: dict) -> bool:
    """Add an actual value unless the same target already has one for that date and value."""
    if not actual_is_new(session, item):
        return False
    session.add(
        TargetActualRow(
            doc_id=item["doc"],
            target_id=item["target_id"],
            value=item["value"],
            recorded_on=item["recorded_on"],
            source=item["source"],
            note=item["note"],
            created_at=datetime.fromisoformat(item["created"]),
        )
    )
    return True
