"""Reading positions and settings."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from hzreader.storage.tables import ReadingStateRow, SettingRow


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    """A setting's value (JSON-decoded), or `default`."""
    row = session.get(SettingRow, key)
    if row is None:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


def set_setting(session: Session, key: str, value: Any) -> None:
    """Store a setting as JSON."""
    row = session.get(SettingRow, key)
    text = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(SettingRow(key=key, value=text))
    else:
        row.value = text


def get_position(session: Session, doc_id: str) -> tuple[str, float] | None:
    """(node key, position) where the user left the document."""
    row = session.get(ReadingStateRow, doc_id)
    return (row.node_key, row.position) if row else None


def set_position(session: Session, doc_id: str, node_key: str, position: float) -> None:
    """Remember where the user is in a document."""
    row = session.get(ReadingStateRow, doc_id)
    if row is None:
        row = ReadingStateRow(doc_id=doc_id)
        session.add(row)
    row.node_key = node_key
    row.position = position
    row.updated_at = datetime.now()
