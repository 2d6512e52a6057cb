"""The opened data dir as the services see it: paths, engine, sessions."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from hzreader.paths import DataPaths


@dataclass
class AppContext:
    """Everything a service needs: where the data is and how to reach it."""

    paths: DataPaths
    engine: Engine
    sessions: sessionmaker[Session]
    migration_backup: str | None = None
    notices: list[str] = field(default_factory=list)

    def close(self) -> None:
        """Release the database."""
        self.engine.dispose()
