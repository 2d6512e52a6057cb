"""Where things live: read-only resources and the user's data dir.

From the source tree, resources/ and db/ sit beside the package. In the built folder
(PyInstaller, `sys.frozen`), they are unpacked beside the bundled modules (`sys._MEIPASS`),
and a folder named `hzreader-data` beside the executable makes the data travel with it.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import NamedTuple

ENV_DATA_DIR = "HZREADER_DATA_DIR"
PORTABLE_DIR_NAME = "hzreader-data"
BACKUP_SETTINGS_FILE = "backup-settings.json"  # in the data dir: where the copies go
DEFAULT_BACKUP_KEEP = 10

# How a data dir was chosen (DataDirChoice.source), in the order they are tried.
FROM_OPTION = "option"
FROM_ENVIRONMENT = "environment"
FROM_PORTABLE = "portable"
FROM_USER_FOLDER = "user"


def is_frozen() -> bool:
    """True in the built folder (PyInstaller), False when run from the source tree."""
    return bool(getattr(sys, "frozen", False))


def _bundle_root() -> Path:
    """The folder that holds resources/ and db/."""
    unpacked = getattr(sys, "_MEIPASS", None)
    if is_frozen() and unpacked:
        return Path(unpacked)
    return Path(__file__).resolve().parent.parent


ROOT = _bundle_root()
RESOURCES_DIR = ROOT / "resources"
MIGRATIONS_DIR = ROOT / "db"
TRANSLATIONS_DIR = RESOURCES_DIR / "i18n"
BUNDLED_PLAN = RESOURCES_DIR / "plan" / "hangzhou-common-prosperity-plan-2021-2025.txt"


def executable_dir() -> Path | None:
    """The folder of the built program's executable; None from source (python is not ours)."""
    if not is_frozen():
        return None
    return Path(sys.executable).resolve().parent


def portable_data_dir(exe_dir: Path | None = None) -> Path | None:
    """`hzreader-data` beside the executable when that folder exists, else None."""
    folder = exe_dir if exe_dir is not None else executable_dir()
    if folder is None:
        return None
    candidate = folder / PORTABLE_DIR_NAME
    return candidate if candidate.is_dir() else None


def default_data_dir() -> Path:
    """The platform's user data folder (platformdirs)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("hzreader", appauthor=False))


class DataDirChoice(NamedTuple):
    """The data dir and which rule chose it (one of the FROM_* names)."""

    path: Path
    source: str

    @property
    def portable(self) -> bool:
        """True when the data lives in `hzreader-data` beside the executable."""
        return self.source == FROM_PORTABLE


def choose_data_dir(arg: str | None, exe_dir: Path | None = None) -> DataDirChoice:
    """--data-dir, else $HZREADER_DATA_DIR, else hzreader-data beside the executable, else
    the user data folder."""
    if arg:
        return DataDirChoice(Path(arg).expanduser(), FROM_OPTION)
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return DataDirChoice(Path(env).expanduser(), FROM_ENVIRONMENT)
    portable = portable_data_dir(exe_dir)
    if portable is not None:
        return DataDirChoice(portable, FROM_PORTABLE)
    return DataDirChoice(default_data_dir(), FROM_USER_FOLDER)


def resolve_data_dir(arg: str | None) -> Path:
    """The data dir to use (see choose_data_dir for the order)."""
    return choose_data_dir(arg).path


def is_portable(data_dir: Path, exe_dir: Path | None = None) -> bool:
    """True when `data_dir` is the `hzreader-data` folder beside the executable, however it
    was named (the window only knows the path it was given)."""
    portable = portable_data_dir(exe_dir)
    if portable is None:
        return False
    try:
        return Path(data_dir).expanduser().resolve() == portable.resolve()
    except OSError:
        return False


class DataPaths(NamedTuple):
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
        """Automatic and pre-migration backups: the folder chosen in 设置, else backups/."""
        folder = self.backup_settings().get("folder")
        if isinstance(folder, str) and folder and Path(folder).is_absolute():
            return Path(folder)
        return self.root / "backups"

    @property
    def backup_keep(self) -> int:
        """How many of the latest automatic copies are kept (设置; ten by default)."""
        keep = self.backup_settings().get("keep")
        if isinstance(keep, int) and not isinstance(keep, bool) and 1 <= keep <= 100:
            return keep
        return DEFAULT_BACKUP_KEEP

    def backup_settings(self) -> dict:
        """Where the backups go and how many are kept, as mirrored beside the database.

        The database holds these settings too (and the JSON backup carries them), but the
        copies must be found when the database cannot be read: that is what they are for."""
        try:
            data = json.loads((self.root / BACKUP_SETTINGS_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def remember_backup_settings(self, folder: str, keep: int) -> None:
        """Mirror the backup settings beside the database (OSError when it cannot)."""
        target = self.root / BACKUP_SETTINGS_FILE
        tmp = target.with_name(BACKUP_SETTINGS_FILE + ".tmp")
        tmp.write_text(json.dumps({"folder": folder, "keep": keep}), encoding="utf-8")
        tmp.replace(target)

    @property
    def log_file(self) -> Path:
        """Where unexpected errors are logged with their traceback."""
        return self.root / "hzreader.log"

    @property
    def lock_file(self) -> Path:
        """Held by the window so a second one can find the first."""
        return self.root / "hzreader.lock"
