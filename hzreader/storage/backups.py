"""Database copies: made with SQLite's backup API, verified, rotated, listed, read back."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from hzreader.core.errors import StorageError
from hzreader.core.files import fsync_path
from hzreader.i18n import Errors

SUFFIX = ".sqlite3"
KEEP_LAST = 10
KEEP_DAYS = 30
ROTATED = ("auto", "pre-restore")  # the program's own copies; others are kept for good
STATE_FILE = "auto-state.json"
_NAME = re.compile(
    r"^(?P<kind>[a-z]+(?:-[a-z]+)*)(?:-(?P<rev>\d{4}))?-(?P<stamp>\d{8}-\d{6})(?:-(?P<seq>\d+))?"
)
# The tables that hold the user's work; reading state and settings change too often to count.
_STAMP_QUERIES = (
    "SELECT id, updated_at, deleted_at, needs_review, doc_id, node_key FROM annotations"
    " ORDER BY id",
    "SELECT annotation_id, tag_id FROM annotation_tags ORDER BY annotation_id, tag_id",
    "SELECT id, name, color FROM tags ORDER BY id",
    "SELECT name, label FROM colors ORDER BY name",
    "SELECT id, content_hash FROM documents ORDER BY id",
    "SELECT id, value, recorded_on, note FROM target_actuals ORDER BY id",
    "SELECT id, annotation_id, target_doc, target_key FROM links ORDER BY id",
)


@dataclass(frozen=True)
class BackupInfo:
    """One database copy in the backups folder."""

    name: str
    path: Path
    kind: str
    created: datetime | None
    size: int
    ok: bool = True
    notes: int | None = None
    problem: str = ""

    def to_json(self) -> dict:
        """A plain dict for the command line."""
        return {
            "name": self.name,
            "kind": self.kind,
            "created": self.created.isoformat(timespec="seconds") if self.created else None,
            "notes": self.notes,
            "size": self.size,
            "ok": self.ok,
            "problem": self.problem,
        }


def parse_name(name: str) -> tuple[str, datetime | None]:
    """(kind, time) from a name such as auto-20261129-171607.sqlite3."""
    m = _NAME.match(name)
    if not m:
        return "other", None
    try:
        return m.group("kind"), datetime.strptime(m.group("stamp"), "%Y%m%d-%H%M%S")
    except ValueError:
        return m.group("kind"), None


def _sequence(name: str) -> int:
    """The -2, -3 … that tells apart copies made within the same second."""
    m = _NAME.match(name)
    return int(m.group("seq")) if m and m.group("seq") else 1


def _connect_ro(path: Path) -> sqlite3.Connection:
    # immutable=1: a backup is never written, so no locks, no -wal or -shm files beside it.
    return sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)


def check_file(path: Path, *, full: bool = False) -> tuple[bool, str, int | None]:
    """(readable, problem, live note count) of a database file, checked by SQLite."""
    try:
        con = _connect_ro(path)
        try:
            pragma = "integrity_check" if full else "quick_check"
            rows = [r[0] for r in con.execute(f"PRAGMA {pragma}").fetchall()]
            if rows != ["ok"]:
                return False, "；".join(str(r) for r in rows[:3]), None
            try:
                notes = con.execute(
                    "SELECT count(*) FROM annotations WHERE deleted_at IS NULL"
                ).fetchone()[0]
            except sqlite3.OperationalError:
                notes = 0  # a copy from before notes existed (schema 0001)
            return True, "", int(notes)
        finally:
            con.close()
    except sqlite3.Error as exc:
        return False, str(exc), None


def _unique(folder: Path, base: str) -> Path:
    path = folder / f"{base}{SUFFIX}"
    n = 2
    while path.exists():
        path = folder / f"{base}-{n}{SUFFIX}"
        n += 1
    return path


def make_backup(db_path: Path, backups_dir: Path, kind: str, now: datetime | None = None) -> Path:
    """A verified copy of the database; StorageError (and no file) when it cannot be made."""
    if not db_path.exists():
        raise StorageError(Errors.tr("没有可备份的数据库 {0}").format(db_path.name))
    now = now or datetime.now()
    backups_dir.mkdir(parents=True, exist_ok=True)
    final = _unique(backups_dir, f"{kind}-{now:%Y%m%d-%H%M%S}")
    tmp = backups_dir / f".{final.name}.{os.getpid()}.tmp"
    try:
        src = sqlite3.connect(db_path, timeout=10)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                # The copy stands alone: no WAL beside it, so it can be copied or mailed as is.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        ok, problem, _notes = check_file(tmp, full=True)
        if not ok:
            raise StorageError(
                Errors.tr("备份副本未通过完整性检查（{0}），已删除该副本").format(problem)
            )
        fsync_path(tmp)
        os.replace(tmp, final)
        fsync_path(backups_dir)
    except sqlite3.Error as exc:
        code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        why = Errors.tr("磁盘已满或写入出错") if code in (10, 13) else Errors.tr("数据库无法读取")
        raise StorageError(
            Errors.tr("无法备份数据库（{0}：{1}），请检查磁盘空间").format(why, exc)
        ) from exc
    except OSError as exc:
        raise StorageError(
            Errors.tr("无法写入备份文件夹 {0}：{1}").format(backups_dir, exc.strerror or exc)
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return final


def list_backups(backups_dir: Path, *, verify: bool = True) -> list[BackupInfo]:
    """Every database copy, newest first, each opened and quick-checked when `verify`."""
    if not backups_dir.is_dir():
        return []
    out = []
    for path in backups_dir.iterdir():
        if not path.name.endswith(SUFFIX) or path.name.startswith(".") or not path.is_file():
            continue
        kind, created = parse_name(path.name)
        ok, problem, notes = check_file(path) if verify else (True, "", None)
        out.append(
            BackupInfo(path.name, path, kind, created, path.stat().st_size, ok, notes, problem)
        )
    out.sort(key=lambda b: (b.created or datetime.min, _sequence(b.name), b.name), reverse=True)
    return out


def rotate(backups_dir: Path, now: datetime | None = None, last: int = KEEP_LAST) -> list[str]:
    """Delete the program's old copies: keep the `last` ten, one a day for a month; names
    removed."""
    now = now or datetime.now()
    infos = list_backups(backups_dir, verify=False)
    rotated = [b for b in infos if b.kind in ROTATED and b.created]
    keep = {b.name for b in rotated[: max(1, last)]}
    days: set[str] = set()
    for b in rotated:
        day = f"{b.created:%Y%m%d}"
        if now - b.created <= timedelta(days=KEEP_DAYS) and day not in days:
            days.add(day)
            keep.add(b.name)
    # The newest copy before each quarantined (corrupt) database is the one a user is told
    # to restore: it must outlive any number of copies of the fresh database that follow.
    for bad in (b for b in infos if b.kind == "corrupt" and b.created):
        before = [b for b in rotated if b.created <= bad.created]
        if before:
            keep.add(before[0].name)
    removed = []
    for b in rotated:
        if b.name not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()
                removed.append(b.name)
    _clear_stale_temps(backups_dir, now)
    return removed


def _clear_stale_temps(backups_dir: Path, now: datetime) -> None:
    # A process killed while copying leaves its temp file; a day later nobody is writing it.
    for path in backups_dir.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            if now.timestamp() - path.stat().st_mtime > 86400:
                path.unlink()


def data_stamp(db_path: Path) -> str:
    """A digest of the user's work in the database (notes, tags, documents, actuals)."""
    digest = hashlib.sha256()
    con = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True, timeout=10)
    try:
        for query in _STAMP_QUERIES:
            try:
                rows = con.execute(query)
            except sqlite3.OperationalError:
                continue  # a table of a later schema that this database does not have yet
            for row in rows:
                digest.update(repr(row).encode("utf-8"))
            digest.update(b"|")
    finally:
        con.close()
    return digest.hexdigest()


def has_user_data(db_path: Path) -> bool:
    """True when the database holds anything of the user's (notes, tags, imports, actuals)."""
    con = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True, timeout=10)
    try:
        for query in (
            "SELECT 1 FROM annotations LIMIT 1",
            "SELECT 1 FROM tags LIMIT 1",
            "SELECT 1 FROM target_actuals LIMIT 1",
            "SELECT 1 FROM documents WHERE id NOT IN ('plan', 'brief') LIMIT 1",
        ):
            try:
                if con.execute(query).fetchone():
                    return True
            except sqlite3.OperationalError:
                continue
        return False
    finally:
        con.close()


def read_state(backups_dir: Path) -> dict:
    """What the last automatic backup recorded ({} when none)."""
    try:
        return json.loads((backups_dir / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def write_state(backups_dir: Path, state: dict) -> None:
    """Record the last automatic backup (atomically)."""
    path = backups_dir / STATE_FILE
    tmp = path.with_name(f".{STATE_FILE}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def copy_into(source: Path, db_path: Path) -> None:
    """Replace the database's content with a copy's, in one SQLite transaction."""
    src = _connect_ro(source)
    try:
        dst = sqlite3.connect(db_path, timeout=10)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
