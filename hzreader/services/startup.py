"""A fast, read-only first look at a data dir, so the window can draw before the ORM loads."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from hzreader.core.annotation import Annotation
from hzreader.core.model import Document
from hzreader.paths import DataPaths
from hzreader.storage import quick
from hzreader.storage.migrate import HEAD, current_revision

log = logging.getLogger("hzreader")


class StartupView:
    """Settings, documents and positions as stored, read without SQLAlchemy; never writes."""

    def __init__(self, con: sqlite3.Connection, data_dir: Path | None = None) -> None:
        self._con = con
        self._settings = quick.settings(con)
        self.data_dir = data_dir

    @classmethod
    def open(cls, data_dir: Path) -> StartupView | None:
        """A view of a ready database, or None (none yet, needs an upgrade, any problem).

        None means: take the normal path through open_context, which creates, upgrades
        or explains.
        """
        db_path = DataPaths(data_dir).database
        try:
            if not db_path.is_file() or current_revision(db_path) != HEAD:
                return None
            con = quick.connect_readonly(db_path)
            view = cls(con, Path(data_dir))
            if not view.documents():
                view.close()
                return None
            return view
        except Exception:
            log.info("no quick start for %s; opening the normal way", db_path, exc_info=True)
            return None

    def setting(self, key: str, default: Any = None) -> Any:
        """A saved setting, or `default`."""
        return self._settings.get(key, default)

    def documents(self) -> list[Document]:
        """Every document in library order, without nodes."""
        return quick.list_documents(self._con)

    def document(self, doc_id: str) -> Document | None:
        """A document with its tree, or None."""
        return quick.load_document(self._con, doc_id)

    def position(self, doc_id: str) -> tuple[str, float] | None:
        """Where the user left a document."""
        return quick.position(self._con, doc_id)

    def annotations(self, doc_id: str) -> list[Annotation]:
        """The live notes of a document, as much of them as the reader draws."""
        return quick.annotations(self._con, doc_id)

    def colors(self) -> list[tuple[str, str, str]]:
        """(name, meaning, hex) of the highlight colours."""
        return quick.colors(self._con)

    def close(self) -> None:
        """Release the connection."""
        self._con.close()
