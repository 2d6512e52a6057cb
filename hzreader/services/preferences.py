"""The user's preferences (设置): read, saved, carried by the JSON backup and merged back.

They live in the settings table (one key each, core/preferences.py). Two of them are also
kept outside the database because they are needed when it cannot be read: the language
(read before any window or command-line message, i18n.LANGUAGE_FILE) and where the backups
go with how many are kept (DataPaths.backup_settings, so that a damaged database still
finds its copies).

A restore merges preferences the way it merges tags: it fills in what this data dir has not
set and never overwrites a choice made here (a fresh data dir takes them all).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from hzreader import i18n
from hzreader.core import preferences as prefs
from hzreader.services.context import AppContext
from hzreader.storage import state
from hzreader.storage.engine import write_session

log = logging.getLogger("hzreader")

LANGUAGE = "ui.language"  # in the backup only: the window's language (kept in a file here)


class PreferencesService:
    """Preferences of one data dir."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def load(self) -> dict[str, Any]:
        """Every preference, defaults where none is stored."""
        with self.ctx.sessions() as session:
            return prefs.read_all(lambda key, default: state.get_setting(session, key, default))

    def save(self, values: dict[str, Any]) -> dict[str, Any]:
        """Store the given preferences (checked; unknown keys and bad values are left out);
        returns what was stored."""
        good = {k: prefs.checked(k, v) for k, v in values.items()}
        good = {k: v for k, v in good.items() if v is not None}
        if not good:
            return {}
        with write_session(self.ctx.sessions) as session:
            for key, value in good.items():
                state.set_setting(session, key, value)
        if prefs.BACKUP_FOLDER in good or prefs.BACKUP_KEEP in good:
            self._mirror_backups()
        return good

    def _mirror_backups(self) -> None:
        current = self.load()
        try:
            self.ctx.paths.remember_backup_settings(
                current[prefs.BACKUP_FOLDER], current[prefs.BACKUP_KEEP]
            )
        except OSError as exc:
            log.warning("could not mirror the backup settings: %s", exc)

    # -- the JSON backup -----------------------------------------------------------------

    def for_backup(self) -> dict[str, Any]:
        """The preferences this data dir has set, as the backup's "settings" object."""
        with self.ctx.sessions() as session:
            stored = {key: state.get_setting(session, key) for key in prefs.IN_BACKUP}
        out = {k: prefs.checked(k, v) for k, v in stored.items() if v is not None}
        out = {k: v for k, v in out.items() if v is not None}
        lang = i18n.read_language(self.ctx.paths.root)
        if lang:
            out[LANGUAGE] = lang
        return out

    def plan_merge(self, incoming: dict[str, Any]) -> dict[str, Any]:
        """What a restore would take from a backup's settings: those not set here."""
        with self.ctx.sessions() as session:
            unset = {k for k in prefs.IN_BACKUP if state.get_setting(session, k) is None}
        out = {k: v for k, v in incoming.items() if k in unset}
        folder = out.get(prefs.BACKUP_FOLDER)
        # Another machine's folder: taken only if it is a folder here too.
        if folder and not (Path(folder).is_absolute() and Path(folder).is_dir()):
            out.pop(prefs.BACKUP_FOLDER)
        lang = incoming.get(LANGUAGE)
        if lang in i18n.LANGUAGES and i18n.read_language(self.ctx.paths.root) is None:
            out[LANGUAGE] = lang
        return out

    def merge(self, planned: dict[str, Any]) -> None:
        """Write what plan_merge chose."""
        lang = planned.get(LANGUAGE)
        if lang:
            i18n.remember_language(self.ctx.paths.root, lang)
        self.save({k: v for k, v in planned.items() if k != LANGUAGE})
