"""Bring a database to the current schema; refuse one from a newer hzreader."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from hzreader.core.errors import StorageError
from hzreader.i18n import Errors

# Every revision under db/versions, oldest first (a test keeps this in step with Alembic).
SCHEMA_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
HEAD = SCHEMA_REVISIONS[-1]


def current_revision(db_path: Path) -> str | None:
    """The schema revision stamped in the database, or None for a new database."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StorageError(Errors.tr("无法打开数据库 {0}：{1}").format(db_path.name, exc)) from exc
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            if tables:
                raise StorageError(
                    Errors.tr("{0} 不是 hzreader 的数据库，请换一个数据目录").format(db_path.name)
                )
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            Errors.tr("数据库 {0} 已损坏或不可读：{1}").format(db_path.name, exc)
        ) from exc
    finally:
        con.close()


def backup_copy(db_path: Path, dest: Path) -> Path:
    """A consistent copy of the database through SQLite's backup API."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(db_path)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    return dest


def ensure_schema(db_path: Path, backups_dir: Path, migrations_dir: Path) -> str | None:
    """Upgrade to HEAD when needed; returns the path of the pre-upgrade copy, if one was made."""
    revision = current_revision(db_path)
    if revision == HEAD:
        return None
    if revision is not None and revision not in SCHEMA_REVISIONS:
        raise StorageError(
            Errors.tr(
                "这个数据库来自更新版本的 hzreader（架构 {0}），请先升级 hzreader 再打开"
            ).format(revision)
        )
    copy = None
    if revision is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = backup_copy(db_path, backups_dir / f"pre-migration-{revision}-{stamp}.sqlite3")
    upgrade(db_path, migrations_dir, HEAD)
    return str(copy) if copy else None


def upgrade(db_path: Path, migrations_dir: Path, target: str) -> None:
    """Run Alembic up to `target` (imported only here: it is not on the start path)."""
    from alembic import command
    from alembic.config import Config

    from hzreader.storage.engine import make_engine

    config = Config()
    config.set_main_option("script_location", str(migrations_dir))
    # Foreign keys off while tables are rebuilt (batch mode), checked before the commit: a
    # migration that would leave a dangling row is rolled back whole.
    engine = make_engine(db_path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise StorageError(
                    Errors.tr(
                        "数据库升级到架构 {0} 会留下 {1} 条断开的引用，已撤销升级，数据未改动"
                    ).format(target, len(broken))
                )
    finally:
        engine.dispose()
