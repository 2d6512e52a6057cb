"""Read-only look-ups with the standard sqlite3 module, for the window's first frame.

The ORM costs a noticeable part of a second to import; these few reads do not need it.
They mirror documents.load_document, state.get_setting / get_position and what the reader
draws of annotations.list_annotations exactly (tests compare them), and never write.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from hzreader.core.annotation import Annotation
from hzreader.core.model import Document, Node


def connect_readonly(db_path: Path) -> sqlite3.Connection:
    """A read-only connection to an existing database."""
    con = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    con.execute("PRAGMA busy_timeout=2000")
    return con


def _info(row: tuple) -> Document:
    doc_id, title, kind, content_hash, source_name, imported_at, superseded_by, keep_all = row
    stamp = str(imported_at)
    with contextlib.suppress(ValueError):
        stamp = datetime.fromisoformat(stamp).isoformat(timespec="seconds")
    return Document(
        id=doc_id,
        title=title,
        kind=kind,
        content_hash=content_hash,
        source_name=source_name or "",
        imported_at=stamp,
        superseded_by=superseded_by,  # an old edition is not the one to open
        keep_all=bool(keep_all),
    )


_DOC_COLUMNS = "id, title, kind, content_hash, source_name, imported_at, superseded_by, keep_all"


def list_documents(con: sqlite3.Connection) -> list[Document]:
    """Every document (without nodes), in library order."""
    rows = con.execute(f"SELECT {_DOC_COLUMNS} FROM documents ORDER BY sort_order, imported_at")
    return [_info(r) for r in rows]


def load_document(con: sqlite3.Connection, doc_id: str) -> Document | None:
    """A document with its whole node tree, or None."""
    row = con.execute(f"SELECT {_DOC_COLUMNS} FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return None
    doc = _info(row)
    by_id: dict[int, Node] = {}
    rows = con.execute(
        "SELECT id, parent_id, key, kind, number, title, text, citation, marker, heading_only"
        " FROM nodes WHERE doc_id = ? ORDER BY ordinal",
        (doc_id,),
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


def settings(con: sqlite3.Connection) -> dict[str, Any]:
    """Every setting, JSON-decoded (a value that does not decode is left out)."""
    out: dict[str, Any] = {}
    for key, value in con.execute("SELECT key, value FROM settings"):
        try:
            out[key] = json.loads(value)
        except ValueError:
            continue
    return out


def position(con: sqlite3.Connection, doc_id: str) -> tuple[str, float] | None:
    """(node key, position) where the user left the document."""
    row = con.execute(
        "SELECT node_key, position FROM reading_state WHERE doc_id = ?", (doc_id,)
    ).fetchone()
    return (row[0], row[1]) if row else None


def annotations(con: sqlite3.Connection, doc_id: str) -> list[Annotation]:
    """The live notes of a document, with what the reader draws of them (place, colour,
    note text, review state); tags, quotes and citations are left to the full services."""
    rows = con.execute(
        'SELECT id, node_key, start, "end", note, color, needs_review FROM annotations'
        " WHERE doc_id = ? AND deleted_at IS NULL",
        (doc_id,),
    )
    return [
        Annotation(
            id=row_id,
            doc=doc_id,
            key=key,
            quote="",
            note=note or "",
            color=color,
            start=start,
            end=end,
            needs_review=bool(review),
        )
        for row_id, key, start, end, note, color, review in rows
    ]


def colors(con: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """(name, meaning, hex) of the highlight colours, in order."""
    return list(con.execute("SELECT name, label, hex FROM colors ORDER BY sort_order"))
