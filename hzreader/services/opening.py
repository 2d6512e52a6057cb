"""Opening a data dir: folders, schema, database engine, the bundled plan."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from hzreader.core.errors import StorageError
from hzreader.i18n import Errors
from hzreader.paths import MIGRATIONS_DIR, DataPaths
from hzreader.services.backups import BackupService
from hzreader.services.composition import Services
from hzreader.services.context import AppContext
from hzreader.services.integrity import startup_check
from hzreader.storage.engine import make_engine, make_session_factory
from hzreader.storage.migrate import ensure_schema
from hzreader.storage.sqlerrors import as_storage_error


def _prepare_dir(root: Path) -> None:
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            Errors.tr("无法创建数据目录 {0}：{1}").format(root, exc.strerror or exc)
        ) from exc
    if not root.is_dir():
        raise StorageError(Errors.tr("数据目录 {0} 不是一个文件夹").format(root))


def load_bundled(services: Services) -> list[str]:
    """Bring the bundled texts and imported documents up to the parser; re-anchor the notes
    of every document whose nodes were rebuilt. Returns those documents' ids."""
    rebuilt = services.library.ensure_bundled()
    for doc_id in rebuilt:
        services.annotations.reanchor(doc_id)
    return rebuilt


def open_context(data_dir: Path, *, auto_backup: bool = True) -> AppContext:
    """Open (and if needed create and upgrade) the data dir; load the bundled plan.

    A corrupt database is quarantined first (StorageError names the backup to restore);
    with `auto_backup`, a verified copy is made when the user's data changed since the last.
    """
    paths = DataPaths(data_dir)
    _prepare_dir(paths.root)
    try:
        startup_check(paths)
        copy = ensure_schema(paths.database, paths.backups_dir, MIGRATIONS_DIR)
    except OSError as exc:
        if exc.errno in (errno.EROFS, errno.EACCES, errno.ENOSPC):
            raise StorageError(
                Errors.tr("数据目录不可写：{0}。请检查磁盘空间或权限").format(exc.strerror)
            ) from exc
        raise
    except (sqlite3.Error, DBAPIError) as exc:
        raise (as_storage_error(exc, opening=True) or exc) from exc
    engine = make_engine(paths.database)
    ctx = AppContext(paths, engine, make_session_factory(engine), migration_backup=copy)
    try:
        load_bundled(Services(ctx))
    except (sqlite3.Error, DBAPIError) as exc:
        engine.dispose()
        raise (as_storage_error(exc, opening=True) or exc) from exc
    if auto_backup:
        problem = BackupService(paths).auto_backup_quietly()
        if problem:
            ctx.notices.append(problem)
    return ctx
