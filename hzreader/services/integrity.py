"""Integrity: a quick check at every start (quarantine a corrupt database) and `check`."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from hzreader.core.errors import StorageError
from hzreader.core.files import fsync_path
from hzreader.i18n import Errors, Messages
from hzreader.paths import DataPaths
from hzreader.services.backups import BackupService
from hzreader.storage import backups as store
from hzreader.storage.backups import BackupInfo
from hzreader.storage.sqlerrors import as_storage_error

log = logging.getLogger(__name__)
# SQLite's primary result codes for a damaged file, as opposed to a busy or locked one.
_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


def _quick_check(db: Path) -> str | None:
    """None when SQLite finds the file sound; what is wrong otherwise."""
    try:
        con = sqlite3.connect(db, timeout=10)
        try:
            rows = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if (
            getattr(exc, "sqlite_errorcode", None) is not None
            and (exc.sqlite_errorcode & 0xFF) not in _CORRUPT_CODES
        ):
            # Busy, read-only or an I/O error: not a damaged file, so never quarantined.
            clear = as_storage_error(exc, opening=True)
            raise clear or StorageError(
                Errors.tr("无法打开数据库 {0}：{1}").format(db.name, exc)
            ) from exc
        return str(exc)
    return None if rows == ["ok"] else "；".join(str(r) for r in rows[:3])


def quarantine(paths: DataPaths, problem: str) -> Path:
    """Move a damaged database (and its -wal, -shm) into backups/ as corrupt-<time>."""
    paths.backups_dir.mkdir(parents=True, exist_ok=True)
    target = paths.backups_dir / f"corrupt-{datetime.now():%Y%m%d-%H%M%S}{store.SUFFIX}"
    n = 2
    while target.exists():
        target = target.with_name(f"corrupt-{datetime.now():%Y%m%d-%H%M%S}-{n}{store.SUFFIX}")
        n += 1
    db = paths.database
    for extra in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.replace(f"{db}{extra}", f"{target}{extra}")
    os.replace(db, target)
    fsync_path(paths.backups_dir)
    log.error("database %s quarantined as %s: %s", db, target.name, problem)
    return target


def startup_check(paths: DataPaths) -> None:
    """PRAGMA quick_check; a corrupt database is moved aside and a backup offered (StorageError)."""
    db = paths.database
    if not db.exists() or db.stat().st_size == 0:
        return
    problem = _quick_check(db)
    if problem is None:
        return
    try:
        moved = quarantine(paths, problem)
    except OSError as exc:
        raise StorageError(
            Errors.tr("数据库 {0} 已损坏（{1}），且无法移到备份文件夹：{2}").format(
                db.name, problem, exc.strerror or exc
            )
        ) from exc
    good = BackupService(paths).good()
    raise CorruptDatabaseError(moved, problem, good[0] if good else None)


class CorruptDatabaseError(StorageError):
    """The database was damaged and has been moved aside; `offered` is the copy to restore."""

    def __init__(self, quarantined: Path, problem: str, offered: BackupInfo | None) -> None:
        self.quarantined = quarantined
        self.offered = offered
        if offered is None:
            text = Errors.tr(
                "数据库已损坏（{0}），已原样移到 backups/{1}（没有删除）。"
                "没有找到完好的备份；再次运行 hzreader 将建立一个新的空数据库"
            ).format(problem, quarantined.name)
        else:
            when = (
                offered.created.strftime("%Y-%m-%d %H:%M")
                if offered.created
                else Errors.tr("时间不详")
            )
            text = Errors.tr(
                "数据库已损坏（{0}），已原样移到 backups/{1}（没有删除）。"
                "最新的完好备份是 {2}（{3}，%n 条笔记）。"
                "恢复它：hzreader restore-backup {2}（数据目录与这次相同）",
                None,
                offered.notes or 0,
            ).format(problem, quarantined.name, offered.name, when)
        super().__init__(text)


def _problem(check: str, level: str, message: str, **extra: object) -> dict:
    return {"check": check, "level": level, "message": message, **extra}


def _database(ctx) -> list[dict]:
    out = []
    with ctx.engine.connect() as conn:
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            out.append(
                _problem(
                    "database",
                    "error",
                    Messages.tr("数据库完整性检查未通过：{0}").format(
                        Messages.tr("；").join(rows[:5])
                    ),
                )
            )
        bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        for table, rowid, parent, _fk in bad[:20]:
            out.append(
                _problem(
                    "foreign_keys",
                    "error",
                    Messages.tr("表 {0} 第 {1} 行指向 {2} 中不存在的记录").format(
                        table, rowid, parent
                    ),
                )
            )
        orphans = conn.exec_driver_sql(
            "SELECT a.id, a.doc_id, a.node_key, a.needs_review FROM annotations a "
            "LEFT JOIN nodes n ON n.doc_id = a.doc_id AND n.key = a.node_key "
            "WHERE n.id IS NULL AND a.deleted_at IS NULL"
        ).fetchall()
    for annotation_id, doc_id, key, review in orphans:
        if review:
            out.append(
                _problem(
                    "annotations",
                    "info",
                    Messages.tr("笔记 {0} 的原文已变动（{1} {2}），待核对").format(
                        annotation_id, doc_id, key
                    ),
                    id=annotation_id,
                )
            )
        else:
            out.append(
                _problem(
                    "annotations",
                    "error",
                    Messages.tr("笔记 {0} 所在的节点 {1} {2} 不存在，且未标为待核对").format(
                        annotation_id, doc_id, key
                    ),
                    id=annotation_id,
                )
            )
    return out


def _backups(paths: DataPaths) -> list[dict]:
    out = []
    for b in store.list_backups(paths.backups_dir):
        if b.kind == "corrupt":
            out.append(
                _problem(
                    "backups",
                    "info",
                    Messages.tr("backups/{0} 是之前隔离的损坏数据库").format(b.name),
                    name=b.name,
                )
            )
        elif not b.ok:
            out.append(
                _problem(
                    "backups",
                    "error",
                    Messages.tr("备份 {0} 无法读取：{1}").format(b.name, b.problem),
                    name=b.name,
                )
            )
    return out


def _index(index_status: Callable[[], str]) -> list[dict]:
    """The search service's verdict on its index (derived data: stale or missing is repaired
    by itself, so only a broken index is an error)."""
    try:
        status = index_status()
    except Exception as exc:
        log.exception("index status")
        return [_problem("index", "error", Messages.tr("无法检查搜索索引：{0}").format(exc))]
    if status == "ok":
        return []
    if status == "broken":
        return [
            _problem("index", "error", Messages.tr("搜索索引已损坏，请运行 hzreader reindex 重建"))
        ]
    if status in ("missing", "stale"):
        if status == "missing":
            text = Messages.tr("搜索索引不存在，下次搜索时会自动重建（或运行 reindex）")
        else:
            text = Messages.tr("搜索索引与数据库不一致，下次搜索时会自动重建（或运行 reindex）")
        return [_problem("index", "warning", text)]
    return [_problem("index", "warning", Messages.tr("搜索索引状态未知：{0}").format(status))]


def full_check(ctx, index_status: Callable[[], str]) -> dict:
    """{"ok", "problems", "info"}: database, foreign keys, notes' nodes, backups, and the
    search index as `index_status` (the search service's) judges it."""
    found = _database(ctx) + _backups(ctx.paths) + _index(index_status)
    problems = [p for p in found if p["level"] != "info"]
    info = [p for p in found if p["level"] == "info"]
    ok = not any(p["level"] == "error" for p in problems)
    return {"ok": ok, "problems": problems, "info": info}
