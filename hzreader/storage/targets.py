"""Actual values recorded against targets: rows in, core objects out."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from hzreader.core.ledger import Actual
from hzreader.storage.tables import TargetActualRow


def _to_core(row: TargetActualRow) -> Actual:
    return Actual(
        id=row.id,
        doc_id=row.doc_id,
        target_id=row.target_id,
        value=row.value,
        recorded_on=row.recorded_on,
        source=row.source or "",
        note=row.note or "",
        created=row.created_at.isoformat(timespec="seconds") if row.created_at else "",
    )


def _newest_first(query):
    # The date the value stands for decides; among values for the same date, the last typed wins.
    return query.order_by(
        TargetActualRow.recorded_on.desc(),
        TargetActualRow.created_at.desc(),
        TargetActualRow.id.desc(),
    )


def add_actual(
    session: Session,
    *,
    doc_id: str,
    target_id: str,
    value: float,
    recorded_on: str,
    source: str,
    note: str,
) -> Actual:
    """Insert one actual value; the caller commits."""
    row = TargetActualRow(
        doc_id=doc_id,
        target_id=target_id,
        value=value,
        recorded_on=recorded_on,
        source=source,
        note=note,
        created_at=datetime.now().replace(microsecond=0),
    )
    session.add(row)
    session.flush()
    return _to_core(row)


def get_actual(session: Session, actual_id: int) -> Actual | None:
    """One actual value by id, or None."""
    row = session.get(TargetActualRow, actual_id)
    return _to_core(row) if row else None


def delete_actual(session: Session, actual_id: int) -> bool:
    """Delete one actual value; False when there was none."""
    result = session.execute(delete(TargetActualRow).where(TargetActualRow.id == actual_id))
    return bool(result.rowcount)


def actuals_of(session: Session, doc_id: str, target_id: str) -> list[Actual]:
    """The actual values of one target, newest first."""
    query = select(TargetActualRow).where(
        TargetActualRow.doc_id == doc_id, TargetActualRow.target_id == target_id
    )
    return [_to_core(r) for r in session.scalars(_newest_first(query))]


def actuals_by_target(session: Session, doc_id: str) -> dict[str, list[Actual]]:
    """Every actual value of a document grouped by target id, each list newest first."""
    query = select(TargetActualRow).where(TargetActualRow.doc_id == doc_id)
    out: dict[str, list[Actual]] = defaultdict(list)
    for row in session.scalars(_newest_first(query)):
        out[row.target_id].append(_to_core(row))
    return dict(out)


def change_stamp(session: Session) -> str:
    """A value that changes whenever an actual value is recorded or deleted (never edited)."""
    count, last = session.execute(select(func.count(), func.max(TargetActualRow.id))).one()
    return f"{count}:{last}"
