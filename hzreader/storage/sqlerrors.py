"""SQLite's failures that a user can act on (full disk, read-only folder, busy) as clear errors."""

from __future__ import annotations

import sqlite3

from hzreader.core.errors import StorageError
from hzreader.i18n import QT_TRANSLATE_NOOP, Errors

# Primary result codes (the low byte of an extended code).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
_NOTHING_SAVED = QT_TRANSLATE_NOOP("Errors", "这次的修改没有保存，已有数据未受影响")


def _sqlite_cause(exc: BaseException) -> sqlite3.Error | None:
    seen = exc
    for _ in range(5):
        if isinstance(seen, sqlite3.Error):
            return seen
        seen = getattr(seen, "orig", None) or seen.__cause__
        if seen is None:
            return None
    return None


def as_storage_error(exc: BaseException, *, opening: bool = False) -> StorageError | None:
    """A StorageError with advice for a full disk, read-only folder, busy or damaged file."""
    if opening:
        return _opening_error(exc)
    cause = _sqlite_cause(exc)
    code = getattr(cause, "sqlite_errorcode", None)
    if cause is None or code is None:
        return None
    detail = str(cause)
    primary = code & 0xFF
    if primary == _FULL:
        return StorageError(
            Errors.tr("磁盘已满，无法保存。{0}。请腾出磁盘空间后重试").format(_NOTHING_SAVED)
        )
    if primary in (_READONLY, _CANTOPEN):
        return StorageError(
            Errors.tr(
                "无法保存：数据目录或数据库文件是只读的（{0}）。{1}。"
                "请检查权限，或用 --data-dir 指定一个可写的目录"
            ).format(detail, _NOTHING_SAVED)
        )
    if primary == _IOERR:
        return StorageError(
            Errors.tr(
                "写入数据库时磁盘出错（{0}），可能是磁盘已满或损坏。{1}。请检查磁盘空间后重试"
            ).format(detail, _NOTHING_SAVED)
        )
    return _common(primary, detail)


def _common(primary: int, detail: str) -> StorageError | None:
    if primary in (_BUSY, _LOCKED):
        return StorageError(
            Errors.tr("数据库正被另一个 hzreader 进程占用，请稍后再试（{0}）").format(detail)
        )
    if primary in (_CORRUPT, _NOTADB):
        return StorageError(
            Errors.tr("数据库已损坏（{0}）。请运行 hzreader check，并按提示从备份恢复").format(
                detail
            )
        )
    return None


def _opening_error(exc: BaseException) -> StorageError | None:
    cause = _sqlite_cause(exc)
    code = getattr(cause, "sqlite_errorcode", None)
    if cause is None or code is None:
        return None
    detail, primary = str(cause), code & 0xFF
    if primary in (_READONLY, _CANTOPEN):
        return StorageError(
            Errors.tr(
                "无法打开数据目录中的数据库：目录或文件是只读的（{0}）。"
                "hzreader 需要在数据目录中写入；数据没有改动。请检查权限，"
                "或用 --data-dir 指定一个可写的目录"
            ).format(detail)
        )
    if primary in (_FULL, _IOERR):
        return StorageError(
            Errors.tr(
                "打开数据库时磁盘出错（{0}），可能是磁盘已满。数据没有改动。请腾出磁盘空间后重试"
            ).format(detail)
        )
    return _common(primary, detail)
