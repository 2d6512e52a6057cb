"""Documents and their node trees: rows in, core objects out."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from hzreader.core.model import Document, Node, iter_with_parents
from hzreader.storage.tables import DocumentRow, NodeRow

_BATCH = 5_000  # node rows per executemany
_NODE_COLUMNS = (
    "id, doc_id, key, kind, number, title, text, marker, heading_only, citation, parent_id, "
    "ordinal, depth"
)
_INSERT_NODES = (
    f"INSERT INTO {NodeRow.__tablename__} ({_NODE_COLUMNS}) VALUES ({', '.join('?' * 13)})"
)


def _info(row: DocumentRow) -> Document:
    return Document(
        id=row.id,
        title=row.title,
        kind=row.kind,
        content_hash=row.content_hash,
        source_name=row.source_name,
        imported_at=row.imported_at.isoformat(timespec="seconds"),
        superseded_by=row.superseded_by,
        keep_all=bool(row.keep_all),
    )


def list_documents(session: Session) -> list[Document]:
    """Every document (without nodes), in library order."""
    rows = session.scalars(
        select(DocumentRow).order_by(DocumentRow.sort_order, DocumentRow.imported_at)
    )
    return [_info(r) for r in rows]


def get_document_info(session: Session, doc_id: str) -> Document | None:
    """One document's metadata, or None."""
    row = session.get(DocumentRow, doc_id)
    return _info(row) if row else None


def find_by_hash(session: Session, content_hash: str) -> Document | None:
    """The document with this content, or None."""
    row = session.scalar(select(DocumentRow).where(DocumentRow.content_hash == content_hash))
    return _info(row) if row else None


def parser_versions(session: Session) -> dict[str, int]:
    """Each document's parser version, to find the ones to parse again."""
    return dict(session.execute(select(DocumentRow.id, DocumentRow.parser_version)).all())


def source_of(session: Session, doc_id: str) -> tuple[str, str, str]:
    """(kind, title, source text) of a document."""
    row = session.get(DocumentRow, doc_id)
    if row is None:
        raise KeyError(doc_id)
    return row.kind, row.title, row.source_text


def next_sort_order(session: Session) -> int:
    """Sort position for a newly imported document (after all others)."""
    rows = session.scalars(select(DocumentRow.sort_order)).all()
    return max(rows, default=-1) + 1


def save_document(
    session: Session,
    doc: Document,
    *,
    parser_version: int,
    sort_order: int,
    encoding: str = "utf-8",
) -> None:
    """Insert a document, or replace its text and nodes when it exists."""
    row = session.get(DocumentRow, doc.id)
    if row is None:
        row = DocumentRow(id=doc.id, imported_at=datetime.now(), sort_order=sort_order)
        session.add(row)
    row.title = doc.title
    row.kind = doc.kind
    row.source_text = doc.source_text
    row.content_hash = doc.content_hash
    row.source_name = doc.source_name
    row.encoding = encoding
    row.parser_version = parser_version
    row.keep_all = doc.keep_all
    session.execute(delete(NodeRow).where(NodeRow.doc_id == doc.id))
    session.flush()
    # Ids are given here and the rows go to SQLite in batches, past the ORM: one flush per
    # node made a text of 150,000 sentences take a minute to save. The write transaction
    # (BEGIN IMMEDIATE) keeps anyone else from taking these ids meanwhile.
    next_id = (session.scalar(select(func.max(NodeRow.id))) or 0) + 1
    ids: dict[int, int] = {}
    rows: list[tuple] = []
    for ordinal, (node, parents) in enumerate(iter_with_parents(doc.nodes)):
        row_id = ids[id(node)] = next_id + ordinal
        parent = ids[id(parents[-1])] if parents else None
        rows.append(
            (
                *(row_id, doc.id, node.key, node.kind, node.number, node.title, node.text),
                *(node.marker, bool(node.heading_only), node.citation, parent, ordinal),
                len(parents),
            )
        )
        if len(rows) >= _BATCH:
            _insert_nodes(session, rows)
            rows = []
    if rows:
        _insert_nodes(session, rows)


def _insert_nodes(session: Session, rows: list[tuple]) -> None:
    session.connection().exec_driver_sql(_INSERT_NODES, rows)


def load_document(session: Session, doc_id: str) -> Document | None:
    """A document with its whole node tree, or None."""
    # Plain rows, not ORM objects, and not the source text: a document of 150,000 sentences
    # took seconds to load as entities.
    info = session.execute(
        select(
            DocumentRow.id,
            DocumentRow.title,
            DocumentRow.kind,
            DocumentRow.content_hash,
            DocumentRow.source_name,
            DocumentRow.imported_at,
            DocumentRow.superseded_by,
            DocumentRow.keep_all,
        ).where(DocumentRow.id == doc_id)
    ).first()
    if info is None:
        return None
    doc = Document(
        id=info.id,
        title=info.title,
        kind=info.kind,
        content_hash=info.content_hash,
        source_name=info.source_name,
        imported_at=info.imported_at.isoformat(timespec="seconds"),
        superseded_by=info.superseded_by,
        keep_all=bool(info.keep_all),
    )
    by_id: dict[int, Node] = {}
    rows = session.execute(
        select(
            NodeRow.id,
            NodeRow.parent_id,
            NodeRow.key,
            NodeRow.kind,
            NodeRow.number,
            NodeRow.title,
            NodeRow.text,
            NodeRow.citation,
            NodeRow.marker,
            NodeRow.heading_only,
        )
        .where(NodeRow.doc_id == doc_id)
        .order_by(NodeRow.ordinal)
    )
    for row_id, parent_id, key, kind, number, title, text, citation, marker, heading in rows:
        node = Node(
            key=key,
            kind=kind,
            number=number,
            title=title,
            text=text,
            citation=citation,
            marker=marker,
            heading_only=bool(heading),
        )
        by_id[row_id] = node
        (by_id[parent_id].children if parent_id else doc.nodes).append(node)
    return doc


def delete_document(session: Session, doc_id: str) -> None:
    """Remove a document and its nodes (annotations are the caller's concern)."""
    session.execute(delete(NodeRow).where(NodeRow.doc_id == doc_id))
    session.execute(delete(DocumentRow).where(DocumentRow.id == doc_id))
