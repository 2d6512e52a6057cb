"""The 任务分解表 and the managed list of units: rows in, core objects out."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from hzreader.core.tasks import Task
from hzreader.storage.tables import DocumentRow, NodeRow, TaskRow, TaskUnitRow, UnitRow


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def _units_of(session: Session, ids: list[str]) -> dict[str, tuple[str, list[str]]]:
    """Each task's (lead, partners in order)."""
    out: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for i in range(0, len(ids), 500):
        rows = session.execute(
            select(TaskUnitRow.task_id, TaskUnitRow.role, TaskUnitRow.position, UnitRow.name)
            .join(UnitRow, UnitRow.id == TaskUnitRow.unit_id)
            .where(TaskUnitRow.task_id.in_(ids[i : i + 500]))
        )
        for task_id, role, position, name in rows:
            out[task_id].append((role, position, name))
    result = {}
    for task_id, items in out.items():
        lead = next((n for r, _p, n in items if r == "lead"), "")
        partners = [n for r, _p, n in sorted(items, key=lambda x: x[1]) if r == "partner"]
        result[task_id] = (lead, partners)
    return result


def _to_core(row: TaskRow, units: tuple[str, list[str]], citation: str | None, order: int | None):
    lead, partners = units
    return Task(
        id=row.id,
        doc=row.doc_id,
        key=row.node_key,
        title=row.title,
        lead=lead,
        partners=list(partners),
        due=row.due,
        status=row.status,
        note=row.note,
        created=_iso(row.created_at) or "",
        updated=_iso(row.updated_at) or "",
        deleted=_iso(row.deleted_at),
        citation=citation or "",
        order=order or 0,
        found=order is not None,
    )


def list_tasks(
    session: Session,
    *,
    doc_id: str | None = None,
    deleted: bool | None = False,
    unit: str | None = None,
    status: str | None = None,
    ids: list[str] | None = None,
) -> list[Task]:
    """Tasks in document order (library order, then reading order): live ones, the trash, or
    both (deleted=None); `unit` matches the lead or a partner."""
    doc_order = select(DocumentRow.sort_order).where(DocumentRow.id == TaskRow.doc_id)
    q = (
        select(TaskRow, NodeRow.citation, NodeRow.ordinal)
        .outerjoin(NodeRow, (NodeRow.doc_id == TaskRow.doc_id) & (NodeRow.key == TaskRow.node_key))
        .order_by(
            doc_order.scalar_subquery().nulls_last(),
            TaskRow.doc_id,
            NodeRow.ordinal.nulls_last(),
            TaskRow.created_at,
        )
    )
    if deleted is True:
        q = q.where(TaskRow.deleted_at.is_not(None))
    elif deleted is False:
        q = q.where(TaskRow.deleted_at.is_(None))
    if doc_id is not None:
        q = q.where(TaskRow.doc_id == doc_id)
    if status is not None:
        q = q.where(TaskRow.status == status)
    if ids is not None:
        q = q.where(TaskRow.id.in_(ids))
    if unit is not None:
        with_unit = (
            select(TaskUnitRow.task_id)
            .join(UnitRow, UnitRow.id == TaskUnitRow.unit_id)
            .where(UnitRow.name == unit)
        )
        q = q.where(TaskRow.id.in_(with_unit))
    rows = session.execute(q).all()
    units = _units_of(session, [r[0].id for r in rows])
    return [
        _to_core(row, units.get(row.id, ("", [])), citation, ordinal)
        for row, citation, ordinal in rows
    ]


def get_task(session: Session, task_id: str) -> Task | None:
    """One task (live or trashed), or None."""
    found = list_tasks(session, deleted=None, ids=[task_id])
    return found[0] if found else None


def task_id_for(session: Session, doc_id: str, key: str) -> str | None:
    """The id of the row (live or trashed) of a clause, or None."""
    return session.scalar(
        select(TaskRow.id).where(TaskRow.doc_id == doc_id, TaskRow.node_key == key)
    )


def unit_id(session: Session, name: str, *, create: bool = True) -> int | None:
    """The id of a unit, created when missing (unless create=False)."""
    found = session.scalar(select(UnitRow.id).where(UnitRow.name == name))
    if found is not None or not create:
        return found
    row = UnitRow(name=name, created_at=datetime.now())
    session.add(row)
    session.flush()
    return row.id


def set_units(session: Session, task_id: str, lead: str, partners: list[str]) -> None:
    """Replace a task's units: the lead at position 0, the partners after it."""
    session.execute(delete(TaskUnitRow).where(TaskUnitRow.task_id == task_id))
    session.flush()
    seen: set[int] = set()
    for position, (role, name) in enumerate([("lead", lead)] + [("partner", p) for p in partners]):
        uid = unit_id(session, name)
        if uid in seen:
            continue
        seen.add(uid)
        session.add(TaskUnitRow(task_id=task_id, unit_id=uid, role=role, position=position))
    session.flush()


def save_task(session: Session, task: Task) -> None:
    """Insert or overwrite a task and its units (from a core object)."""
    row = session.get(TaskRow, task.id)
    if row is None:
        row = TaskRow(id=task.id)
        session.add(row)
    row.doc_id = task.doc
    row.node_key = task.key
    row.title = task.title
    row.due = task.due
    row.status = task.status
    row.note = task.note
    row.created_at = datetime.fromisoformat(task.created)
    row.updated_at = datetime.fromisoformat(task.updated)
    row.deleted_at = datetime.fromisoformat(task.deleted) if task.deleted else None
    session.flush()
    set_units(session, task.id, task.lead, task.partners)


def purge(session: Session, ids: list[str]) -> None:
    """Delete tasks for good (emptying the trash, undoing a new task)."""
    session.execute(delete(TaskRow).where(TaskRow.id.in_(ids)))


def unit_counts(session: Session) -> list[tuple[str, int, int]]:
    """(name, tasks it leads, tasks it partners) of every unit, live tasks only, by name."""
    live = (
        select(TaskUnitRow.unit_id, TaskUnitRow.role, func.count().label("n"))
        .join(TaskRow, TaskRow.id == TaskUnitRow.task_id)
        .where(TaskRow.deleted_at.is_(None))
        .group_by(TaskUnitRow.unit_id, TaskUnitRow.role)
    )
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for uid, role, n in session.execute(live):
        counts[uid][role] = int(n)
    rows = session.execute(select(UnitRow.id, UnitRow.name).order_by(UnitRow.name))
    return [(name, counts[uid].get("lead", 0), counts[uid].get("partner", 0)) for uid, name in rows]


def unit_members(session: Session, name: str) -> list[str]:
    """Ids of the tasks (live or trashed) that name this unit."""
    return list(
        session.scalars(
            select(TaskUnitRow.task_id)
            .join(UnitRow, UnitRow.id == TaskUnitRow.unit_id)
            .where(UnitRow.name == name)
        )
    )


def unit_names(session: Session) -> list[str]:
    """Every unit of the list, by name."""
    return list(session.scalars(select(UnitRow.name).order_by(UnitRow.name)))


def delete_unit(session: Session, name: str) -> None:
    """Remove a unit from the list (its task links go with it)."""
    session.execute(delete(UnitRow).where(UnitRow.name == name))


def change_stamp(session: Session) -> str:
    """A value that changes whenever tasks or units change."""
    count, latest = session.execute(select(func.count(), func.max(TaskRow.updated_at))).one()
    deleted = session.scalar(select(func.max(TaskRow.deleted_at)))
    links = session.scalar(select(func.count()).select_from(TaskUnitRow))
    units = session.scalar(select(func.count()).select_from(UnitRow))
    return f"{count}:{latest}:{deleted}:{links}:{units}"
