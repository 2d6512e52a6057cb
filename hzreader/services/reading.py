"""Reading state: where the user is in each document, zoom, window layout."""

from __future__ import annotations

from typing import Any

from hzreader.services.context import AppContext
from hzreader.storage import state
from hzreader.storage.engine import write_session


class ReadingService:
    """Positions and settings, each saved in its own short transaction."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def position(self, doc_id: str) -> tuple[str, float] | None:
        """(node key, fraction or offset) saved for the document, or None."""
        with self.ctx.sessions() as session:
            return state.get_position(session, doc_id)

    def save_position(self, doc_id: str, node_key: str, position: float) -> None:
        """Remember the reading position in a document."""
        with write_session(self.ctx.sessions) as session:
            state.set_position(session, doc_id, node_key, position)

    def setting(self, key: str, default: Any = None) -> Any:
        """A saved setting, or `default`."""
        with self.ctx.sessions() as session:
            return state.get_setting(session, key, default)

    def save_setting(self, key: str, value: Any) -> None:
        """Save a setting (any JSON value)."""
        with write_session(self.ctx.sessions) as session:
            state.set_setting(session, key, value)
