"""Where the file dialogs open (import, export, backup files): the folder used last, else
the platform's documents folder when it exists, else the home folder. A fresh Linux account
has no ~/Documents, and a dialog told to open in a folder that does not exist, or in none,
opens in the program's own folder instead."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths

EXPORT_FOLDER = "export.folder"
EXPORT_FORMAT = "export.format"
BACKUP_FOLDER = "backup.folder"
IMPORT_FOLDER = "import.folder"


def documents_folder() -> Path:
    """The platform's documents folder if it exists, else the home folder."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if location and Path(location).is_dir():
        return Path(location)
    home = Path.home()
    return home if home.is_dir() else Path(location or home)


class Folders:
    """The folders remembered in the reading state, with the documents folder as fallback."""

    @classmethod
    def of_window(cls, window) -> Folders:
        """Over a main window's reading state (read from `reading`, written by `saver`)."""

        def read(key: str, default: Any) -> Any:
            reading = getattr(window, "reading", None)
            return reading.setting(key, default) if reading is not None else default

        def write(key: str, value: Any) -> None:
            saver = getattr(window, "saver", None)
            if saver is not None:
                saver.save_setting(key, value)

        return cls(read, write)

    def __init__(
        self,
        read: Callable[[str, Any], Any],
        write: Callable[[str, Any], None],
    ) -> None:
        self._read = read
        self._write = write
        # Written values, read back at once: the write itself goes out on a worker thread.
        self._written: dict[str, Any] = {}

    def _value(self, key: str, default: Any) -> Any:
        return self._written[key] if key in self._written else self._read(key, default)

    def _remember(self, key: str, value: Any) -> None:
        self._written[key] = value
        self._write(key, value)

    def _folder(self, key: str) -> Path:
        value = self._value(key, None)
        if isinstance(value, str) and value and Path(value).is_dir():
            return Path(value)
        return documents_folder()

    def export_folder(self) -> Path:
        """Where the last export went (if it is still there), else documents/home."""
        return self._folder(EXPORT_FOLDER)

    def export_format(self, formats: tuple[str, ...], default: str = "docx") -> str:
        """The format of the last export."""
        value = self._value(EXPORT_FORMAT, default)
        return value if value in formats else default

    def exported(self, path: Path, fmt: str) -> None:
        """Remember an export's folder and format for the next one."""
        self._remember(EXPORT_FOLDER, str(path.parent))
        self._remember(EXPORT_FORMAT, fmt)

    def backup_folder(self) -> Path:
        """Where the last backup file went or came from, else documents/home."""
        return self._folder(BACKUP_FOLDER)

    def backed_up(self, path: Path) -> None:
        """Remember a backup file's folder."""
        self._remember(BACKUP_FOLDER, str(path.parent))

    def import_folder(self) -> Path:
        """Where the last imported file came from, else documents/home."""
        return self._folder(IMPORT_FOLDER)

    def imported(self, path: Path) -> None:
        """Remember an imported file's folder."""
        self._remember(IMPORT_FOLDER, str(path.parent))
