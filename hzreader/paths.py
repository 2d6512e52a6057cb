"""Where things live: read-only resources and the user's data dir."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES_DIR = ROOT / "resources"
MIGRATIONS_DIR = ROOT / "db"
BUNDLED_PLAN = RESOURCES_DIR / "plan" / "hangzhou-common-prosperity-plan-2021-2025.txt"
ENV_DATA_DIR = "HZREADER_DATA_DIR"


def default_data_dir() -> Path:
    """The platform's user data folder (platformdirs)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("hzreader", appauthor=False))


def resolve_data_dir(arg: str | None) -> Path:
    """--data-dir, else $HZREADER_DATA_DIR, else the user data folder."""
    if arg:
        return Path(arg).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


@dataclass(frozen=True)
class DataPaths:
    """The files inside one data dir."""

    root: Path

    @property
    def database(self) -> Path:
        """The SQLite database."""
        return self.root / "hzreader.sqlite3"

    @property
    def index_dir(self) -> Path:
        """The Whoosh index (derived data)."""
        return self.root / "index"

    @property
    def backups_dir(self) -> Path:
        """Automatic and pre-migration backups."""
        return self.root / "backups"

    @property
    def log_file(self) -> Path:
        """Where unexpected errors are logged with their traceback."""
        return self.root / "hzreader.log"

    @property
    def lock_file(self) -> Path:
        """Held by the window so a second one can find the first."""
        return self.root / "hzreader.lock"
