"""Annotations, tags and colours: rows in, core objects out."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from hzreader.core.annotation import Annotation
from hzreader.storage.tables import (
    AnnotationRow,
    AnnotationTagRow,
    ColorRow,
    NodeRow,
    TagRow,
)
from hzreader.storage.text_order import in_text_order


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def _to_core(row: AnnotationRow, tags: list[str], citation: str = "", order: int = 0) -> Annotation:
    return Annotation(
        id=row.id,
        doc=row.doc_id,
        key=row.node_key,
        quote=row.quote,
        note=row.note,
        tags=sorted(tags),
        color=row.color,
        created=_iso(row.created_at) or "",
        updated=_iso(row.updated_at) or "",
        prefix=row.prefix,
        suffix=row.suffix,
        start=row.start,
        end=row.end,
        needs_review=row.needs_review,
        deleted=_iso(row.deleted_at),
        citation=citation,
        order=order,
    )


def _tags_of(session: Session, ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    if not ids:
        return out
    rows = session.execute(
        select(AnnotationTagRow.annotation_id, TagRow.name)
        .join(TagRow, TagRow.id == AnnotationTagRow.tag_id)
        .where(AnnotationTagRow.annotation_id.in_(ids))
    )
    for annotation_id, name in rows:
        out[annotation_id].append(name)
    return out


def _query(deleted: bool | None):
    q = in_text_order(select(AnnotationRow, NodeRow.citation, NodeRow.ordinal))
    if deleted is None:
        return q
    if deleted:
        return q.where(AnnotationRow.deleted_at.is_not(None))
    return q.where(AnnotationRow.deleted_at.is_(None))


def _filter(
    q,
    *,
    doc_id: str | None = None,
    keys: list[str] | None = None,
    tag: str | None = None,
    color: str | None = None,
    text: str | None = None,
    review_only: bool = False,
):
    """The notes filters, in SQL: document, node keys, tag subtree, colour, text, review."""
    if doc_id is not None:
        q = q.where(AnnotationRow.doc_id == doc_id)
    if keys is not None:
        q = q.where(AnnotationRow.node_key.in_(keys))
    if color is not None:
        q = q.where(AnnotationRow.color == color)
    if review_only:
        q = q.where(AnnotationRow.needs_review.is_(True))
    if tag:
        tagged = (
            select(AnnotationTagRow.annotation_id)
            .join(TagRow, TagRow.id == AnnotationTagRow.tag_id)
            .where((TagRow.name == tag) | TagRow.name.startswith(tag + "/", autoescape=True))
        )
        q = q.where(AnnotationRow.id.in_(tagged))
    if text:
        needle = text.lower()
        q = q.where(
            func.lower(AnnotationRow.note).contains(needle, autoescape=True)
            | func.lower(AnnotationRow.quote).contains(needle, autoescape=True)
        )
    return q


def list_annotations(
    session: Session,
    *,
    doc_id: str | None = None,
    deleted: bool | None = False,
    ids: list[str] | None = None,
    tag: str | None = None,
    color: str | None = None,
    text: str | None = None,
    review_only: bool = False,
) -> list[Annotation]:
    """Annotations in plan order (document, node, offset): live ones, the trash, or both
    (deleted=None), with the notes filters."""
    q = _filter(
        _query(deleted), doc_id=doc_id, tag=tag, color=color, text=text, review_only=review_only
    )
    if ids is not None:
        q = q.where(AnnotationRow.id.in_(ids))
    rows = session.execute(q).all()
    tags = _tags_of(session, [r[0].id for r in rows])
    return [
        _to_core(row, tags.get(row.id, []), citation or "", ordinal or 0)
        for row, citation, ordinal in rows
    ]


def annotation_ids(
    session: Session,
    *,
    doc_id: str | None = None,
    keys: list[str] | None = None,
    tag: str | None = None,
    color: str | None = None,
    text: str | None = None,
    review_only: bool = False,
    order: str = "position",
) -> list[str]:
    """Ids of live annotations, filtered in SQL, in text order or newest first."""
    if order in ("created", "updated"):
        q = select(AnnotationRow.id).where(AnnotationRow.deleted_at.is_(None))
        q = _filter(
            q, doc_id=doc_id, keys=keys, tag=tag, color=color, text=text, review_only=review_only
        )
        column = AnnotationRow.created_at if order == "created" else AnnotationRow.updated_at
        return list(session.scalars(q.order_by(column.desc(), AnnotationRow.id)))
    q = in_text_order(select(AnnotationRow.id).where(AnnotationRow.deleted_at.is_(None)))
    q = _filter(
        q, doc_id=doc_id, keys=keys, tag=tag, color=color, text=text, review_only=review_only
    )
    return list(session.scalars(q))


def get_annotation(session: Session, annotation_id: str) -> Annotation | None:
    """One annotation (live or trashed), or None."""
    row = session.get(AnnotationRow, annotation_id)
    if row is None:
        return None
    citation = session.scalar(
        select(NodeRow.citation).where(NodeRow.doc_id == row.doc_id, NodeRow.key == row.node_key)
    )
    return _to_core(row, _tags_of(session, [row.id]).get(row.id, []), citation or "")


def get_row(session: Session, annotation_id: str) -> AnnotationRow | None:
    """The row itself, for a service that changes it."""
    return session.get(AnnotationRow, annotation_id)


def save_annotation(session: Session, a: Annotation, *, node_text_hash: str) -> None:
    """Insert or overwrite an annotation and its tags (from a core object)."""
    row = session.get(AnnotationRow, a.id)
    if row is None:
        row = AnnotationRow(id=a.id)
        session.add(row)
    row.doc_id = a.doc
    row.node_key = a.key
    row.quote = a.quote
    row.prefix = a.prefix
    row.suffix = a.suffix
    row.start = a.start
    row.end = a.end
    row.note = a.note
    row.color = a.color
    row.node_text_hash = node_text_hash
    row.needs_review = a.needs_review
    row.created_at = datetime.fromisoformat(a.created)
    row.updated_at = datetime.fromisoformat(a.updated)
    row.deleted_at = datetime.fromisoformat(a.deleted) if a.deleted else None
    session.flush()
    set_tags(session, a.id, a.tags)


def tag_id(session: Session, name: str, *, create: bool = True) -> int | None:
    """The id of a tag, created when missing (unless create=False)."""
    found = session.scalar(select(TagRow.id).where(TagRow.name == name))
    if found is not None or not create:
        return found
    row = TagRow(name=name, created_at=datetime.now())
    session.add(row)
    session.flush()
    return row.id


def set_tags(session: Session, annotation_id: str, names: list[str]) -> None:
    """Replace an annotation's tags."""
    session.execute(delete(AnnotationTagRow).where(AnnotationTagRow.annotation_id == annotation_id))
    for name in dict.fromkeys(names):
        session.add(AnnotationTagRow(annotation_id=annotation_id, tag_id=tag_id(session, name)))
    session.flush()


def purge(session: Session, ids: list[str]) -> None:
    """Delete annotations for good (emptying the trash)."""
    session.execute(delete(AnnotationRow).where(AnnotationRow.id.in_(ids)))


def tag_counts(session: Session) -> list[tuple[str, str | None, int]]:
    """(name, colour, number of live annotations) of every tag, by name."""
    live = (
        select(AnnotationTagRow.tag_id, func.count().label("n"))
        .join(AnnotationRow, AnnotationRow.id == AnnotationTagRow.annotation_id)
        .where(AnnotationRow.deleted_at.is_(None))
        .group_by(AnnotationTagRow.tag_id)
        .subquery()
    )
    rows = session.execute(
        select(TagRow.name, TagRow.color, func.coalesce(live.c.n, 0))
        .outerjoin(live, live.c.tag_id == TagRow.id)
        .order_by(TagRow.name)
    )
    return [(name, color, int(n)) for name, color, n in rows]


def tag_members(session: Session, name: str) -> list[str]:
    """Ids of the annotations (live or trashed) carrying exactly this tag."""
    return list(
        session.scalars(
            select(AnnotationTagRow.annotation_id)
            .join(TagRow, TagRow.id == AnnotationTagRow.tag_id)
            .where(TagRow.name == name)
        )
    )


def get_tag(session: Session, name: str) -> TagRow | None:
    """The tag row with this name."""
    return session.scalar(select(TagRow).where(TagRow.name == name))


def colors(session: Session) -> list[tuple[str, str, str]]:
    """(name, label, hex) of the five highlight colours, in order."""
    rows = session.scalars(select(ColorRow).order_by(ColorRow.sort_order))
    return [(r.name, r.label, r.hex) for r in rows]


def set_color_label(session: Session, name: str, label: str) -> None:
    """Give a colour another meaning (黄 = 重点 by default)."""
    row = session.get(ColorRow, name)
    if row is not None:
        row.label = label


def change_stamp(session: Session) -> str:
    """A value that changes whenever annotations or tags change (for derived data)."""
    count, latest = session.execute(select(func.count(), func.max(AnnotationRow.updated_at))).one()
    deleted = session.scalar(select(func.max(AnnotationRow.deleted_at)))
    tags = session.scalar(select(func.count()).select_from(AnnotationTagRow))
    return f"{count}:{latest}:{deleted}:{tags}"
