"""ORM tables. The schema's history lives in db/versions; this is its current shape."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of every table."""


class DocumentRow(Base):
    """A document in the library: its source text and identity."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32))
    source_text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source_name: Mapped[str] = mapped_column(Text, default="")
    encoding: Mapped[str] = mapped_column(String(32), default="utf-8")
    parser_version: Mapped[int] = mapped_column(Integer, default=1)
    # Imported with import --keep-all: the page's chrome is part of the text (parse it so).
    keep_all: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    superseded_by: Mapped[str | None] = mapped_column(String(64), nullable=True)


class NodeRow(Base):
    """One node of a document's tree, in reading order."""

    __tablename__ = "nodes"
    __table_args__ = (
        UniqueConstraint("doc_id", "key", name="uq_nodes_doc_key"),
        Index("ix_nodes_doc_ordinal", "doc_id", "ordinal"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(32))
    number: Mapped[str | None] = mapped_column(String(32), nullable=True)
    title: Mapped[str | None] = mapped_column(Text, nullable=True)
    text: Mapped[str] = mapped_column(Text)
    marker: Mapped[str] = mapped_column(String(32), default="")
    heading_only: Mapped[bool] = mapped_column(Boolean, default=False)
    citation: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("nodes.id", ondelete="CASCADE"), nullable=True
    )
    ordinal: Mapped[int] = mapped_column(Integer)
    depth: Mapped[int] = mapped_column(Integer, default=0)


class ReadingStateRow(Base):
    """Where the user was in a document."""

    __tablename__ = "reading_state"

    doc_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    node_key: Mapped[str] = mapped_column(String(128), default="")
    position: Mapped[float] = mapped_column(Float, default=0.0)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class SettingRow(Base):
    """A user setting (zoom, window layout, current document) as JSON text."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AnnotationRow(Base):
    """A highlight or note: node key, quote with context, offsets (W3C selectors)."""

    __tablename__ = "annotations"
    __table_args__ = (Index("ix_annotations_doc_key", "doc_id", "node_key"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(64))
    node_key: Mapped[str] = mapped_column(String(128))
    quote: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text, default="")
    suffix: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    color: Mapped[str] = mapped_column(String(16), default="yellow")
    node_text_hash: Mapped[str] = mapped_column(String(64), default="")
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class TagRow(Base):
    """A tag; `/` in its name makes a hierarchy (调研/萧山)."""

    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    color: Mapped[str | None] = mapped_column(String(16), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class AnnotationTagRow(Base):
    """Which tags an annotation carries."""

    __tablename__ = "annotation_tags"

    annotation_id: Mapped[str] = mapped_column(
        ForeignKey("annotations.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)


class ColorRow(Base):
    """A highlight colour and the meaning the user gives it."""

    __tablename__ = "colors"

    name: Mapped[str] = mapped_column(String(16), primary_key=True)
    label: Mapped[str] = mapped_column(String(64))
    hex: Mapped[str] = mapped_column(String(9))
    sort_order: Mapped[int] = mapped_column(Integer)


class LinkRow(Base):
    """A link from an annotation to another node (in any document)."""

    __tablename__ = "links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    annotation_id: Mapped[str] = mapped_column(ForeignKey("annotations.id", ondelete="CASCADE"))
    target_doc: Mapped[str] = mapped_column(String(64))
    target_key: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class TargetActualRow(Base):
    """An actual value recorded against a quantitative target."""

    __tablename__ = "target_actuals"
    __table_args__ = (Index("ix_target_actuals_target", "doc_id", "target_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(64))
    target_id: Mapped[str] = mapped_column(String(200))
    value: Mapped[float] = mapped_column(Float)
    recorded_on: Mapped[str] = mapped_column(String(10))
    source: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class EditionImportRow(Base):
    """A new edition imported over an old one: what the notes were before, for undo."""

    __tablename__ = "edition_imports"
    __table_args__ = (Index("ix_edition_imports_new", "new_doc"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    old_doc: Mapped[str] = mapped_column(String(64))
    new_doc: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    snapshot: Mapped[str] = mapped_column(Text)


class TaskRow(Base):
    """A clause on the 任务分解表: deadline, status and remark (its units in task_units)."""

    __tablename__ = "tasks"
    __table_args__ = (UniqueConstraint("doc_id", "node_key", name="uq_tasks_doc_key"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(64))
    node_key: Mapped[str] = mapped_column(String(128))
    title: Mapped[str] = mapped_column(Text, default="")
    due: Mapped[str | None] = mapped_column(String(10), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="todo")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class UnitRow(Base):
    """A unit (牵头单位, 责任单位) of the managed list."""

    __tablename__ = "units"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class TaskUnitRow(Base):
    """A unit of a task: the lead (position 0) or a partner, in the order given."""

    __tablename__ = "task_units"

    task_id: Mapped[str] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True
    )
    unit_id: Mapped[int] = mapped_column(
        ForeignKey("units.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(16))  # "lead" or "partner"
    position: Mapped[int] = mapped_column(Integer, default=0)


class BookmarkRow(Base):
    """A bookmark on a clause; `name` is the user's own name for it ("" shows the citation)."""

    __tablename__ = "bookmarks"
    __table_args__ = (UniqueConstraint("doc_id", "node_key", name="uq_bookmarks_doc_key"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(64))
    node_key: Mapped[str] = mapped_column(String(128))
    name: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ReadMarkRow(Base):
    """A clause the reader has had on screen long enough to be read (the study map)."""

    __tablename__ = "read_marks"

    doc_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    node_key: Mapped[str] = mapped_column(String(128), primary_key=True)
    read_at: Mapped[datetime] = mapped_column(DateTime)
