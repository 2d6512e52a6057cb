"""Documents and their node trees: rows in, core objects out."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hzreader.core.model import Document, Node, iter_with_parents
from hzreader.storage.tables import DocumentRow, NodeRow


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
    ids: dict[int, int] = {}
    for ordinal, (node, parents) in enumerate(iter_with_parents(doc.nodes)):
        node_row = NodeRow(
            doc_id=doc.id,
            key=node.key,
            kind=node.kind,
            number=node.number,
            title=node.title,
            text=node.text,
            marker=node.marker,
            heading_only=node.heading_only,
            citation=node.citation,
            parent_id=ids[id(parents[-1])] if parents else None,
            ordinal=ordinal,
            depth=len(parents),
        )
        session.add(node_row)
        session.flush()
        ids[id(node)] = node_row.id


def load_document(session: Session, doc_id: str) -> Document | None:
    """A document with its whole node tree, or None."""
    row = session.get(DocumentRow, doc_id)
    if row is None:
        return None
    doc = _info(row)
    by_id: dict[int, Node] = {}
    for n in session.scalars(
        select(NodeRow).where(NodeRow.doc_id == doc_id).order_by(NodeRow.ordinal)
    ):
        node = Node(
            key=n.key,
            kind=n.kind,
            number=n.number,
            title=n.title,
            text=n.text,
            citation=n.citation,
            marker=n.marker,
            heading_only=n.heading_only,
        )
        by_id[n.id] = node
        (by_id[n.parent_id].children if n.parent_id else doc.nodes).append(node)
    return doc


def delete_document(session: Session, doc_id: str) -> None:
    """Remove a document and its nodes (annotations are the caller's concern)."""
    session.execute(delete(NodeRow).where(NodeRow.doc_id == doc_id))
    session.execute(delete(DocumentRow).where(DocumentRow.id == doc_id))
