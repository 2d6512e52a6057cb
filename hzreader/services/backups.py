"""Automatic backups: when data changed, before a restore; listing; restoring one."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from datetime import datetime
from pathlib import Path

from hzreader.core.errors import NotFoundError, StorageError
from hzreader.i18n import Errors, Messages
from hzreader.paths import DataPaths
from hzreader.storage import backups as store
from hzreader.storage.backups import BackupInfo

log = logging.getLogger(__name__)


def window_pid(paths: DataPaths) -> int | None:
    """The process id of a window that holds the data dir's lock file, if it is alive."""
    try:
        first = paths.lock_file.read_text(encoding="utf-8", errors="replace").split()[0]
        pid = int(first)
    except (OSError, ValueError, IndexError):
        return None
    if pid == os.getpid():
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except OSError:
        return pid  # it exists, it is just not ours to signal
    return pid


class BackupService:
    """The backups folder of one data dir."""

    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths

    @property
    def folder(self) -> Path:
        """Where the copies live."""
        return self.paths.backups_dir

    def auto_backup(self) -> BackupInfo | None:
        """A verified copy when the user's data changed since the last one; None otherwise."""
        db = self.paths.database
        if not db.exists():
            return None
        try:
            # A library with nothing of the user's in it is not worth a copy.
            if not store.has_user_data(db):
                return None
            stamp = store.data_stamp(db)
        except Exception as exc:  # a database that cannot be read is check's business
            log.warning("automatic backup skipped: %s", exc)
            return None
        state = store.read_state(self.folder)
        if state.get("stamp") == stamp and (self.folder / str(state.get("file", ""))).exists():
            return None
        path = store.make_backup(db, self.folder, "auto")
        try:
            store.write_state(self.folder, {"stamp": stamp, "file": path.name})
        except OSError as exc:
            log.warning("could not record the automatic backup: %s", exc)
        store.rotate(self.folder, last=self.paths.backup_keep)
        log.info("automatic backup %s", path.name)
        return self.info(path.name)

    def auto_backup_quietly(self) -> str | None:
        """auto_backup for start-up: a failure is logged and returned as a message, not raised."""
        try:
            self.auto_backup()
        except StorageError as exc:
            log.warning("automatic backup failed: %s", exc)
            return Messages.tr("自动备份失败：{0}").format(exc)
        except OSError as exc:
            log.warning("automatic backup failed: %s", exc)
            return Messages.tr("自动备份失败：{0}").format(exc.strerror or exc)
        return None

    def snapshot(self, kind: str) -> BackupInfo:
        """A verified copy now (before a restore); StorageError when it cannot be made."""
        path = store.make_backup(self.paths.database, self.folder, kind)
        store.rotate(self.folder, last=self.paths.backup_keep)
        return self.info(path.name)

    def before_restore(self) -> str:
        """The copy a restore makes first; its name. StorageError (nothing restored) when it
        cannot be made."""
        try:
            return self.snapshot("pre-restore").name
        except StorageError as exc:
            raise StorageError(
                Errors.tr("恢复前须先备份当前数据库，但没有成功：{0}。没有恢复，数据未改动").format(
                    exc
                )
            ) from exc

    def list(self) -> list[BackupInfo]:
        """Every copy, newest first, each checked."""
        return store.list_backups(self.folder)

    def good(self) -> list[BackupInfo]:
        """Copies that can be restored, newest first (quarantined databases are not offered)."""
        return [b for b in self.list() if b.ok and b.kind != "corrupt"]

    def info(self, name: str) -> BackupInfo:
        """One copy by file name; NotFoundError when there is none."""
        for b in self.list():
            if b.name == name or b.name == f"{name}{store.SUFFIX}":
                return b
        raise NotFoundError(
            Errors.tr("没有名为 {0} 的备份（用 backups 命令查看备份列表）").format(name)
        )

    def restore(self, name: str) -> tuple[BackupInfo, BackupInfo | None]:
        """Put a copy back: (the copy restored, the copy of the database set aside first).

        Nothing is set aside when there is no database (it was just quarantined)."""
        chosen = self.info(name)
        if chosen.kind == "corrupt" or not chosen.ok:
            raise StorageError(
                Errors.tr("备份 {0} 已损坏，不能恢复：{1}").format(chosen.name, chosen.problem)
            )
        pid = window_pid(self.paths)
        if pid is not None:
            raise StorageError(
                Errors.tr(
                    "hzreader 窗口（进程 {0}）正在使用这个数据目录，请先关闭窗口再恢复"
                ).format(pid)
            )
        db = self.paths.database
        aside = self._set_aside() if db.exists() and db.stat().st_size else None
        try:
            store.copy_into(chosen.path, db)
        except Exception as exc:
            if aside is not None:
                text = Errors.tr("恢复失败：{0}。原数据库未改动，另有副本 backups/{1}")
                raise StorageError(text.format(exc, aside.name)) from exc
            raise StorageError(Errors.tr("恢复失败：{0}。原数据库未改动").format(exc)) from exc
        # A copy made before an upgrade has the older schema: bring it up to date at once,
        # so a window that keeps running finds the tables it expects.
        from hzreader.paths import MIGRATIONS_DIR
        from hzreader.storage.migrate import ensure_schema

        ensure_schema(self.paths.database, self.folder, MIGRATIONS_DIR)
        return chosen, aside

    def _set_aside(self) -> BackupInfo:
        """Keep the current database as a copy before it is replaced (never deleted)."""
        db = self.paths.database
        try:
            path = store.make_backup(db, self.folder, "replaced")
        except StorageError:
            # A database too damaged for SQLite to copy is kept byte for byte instead.
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            path = self.folder / f"replaced-{stamp}{store.SUFFIX}"
            self.folder.mkdir(parents=True, exist_ok=True)
            try:
                shutil.copy2(db, path)
                for extra in ("-wal", "-shm"):
                    with contextlib.suppress(FileNotFoundError):
                        shutil.copy2(f"{db}{extra}", f"{path}{extra}")
            except OSError as exc:
                raise StorageError(
                    Errors.tr("无法先留存当前数据库：{0}，未做恢复").format(exc.strerror or exc)
                ) from exc
        return self.info(path.name)
