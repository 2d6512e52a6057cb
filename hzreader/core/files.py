"""Files written whole or not at all (a temp file beside the target, then os.replace), and
flushing a file or folder entry to disk: shared by the exporters, the backups and the store."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from hzreader.core.errors import BadInputError, KnownError, StorageError
from hzreader.i18n import Errors

_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
_DENIED = (errno.EROFS, errno.EACCES, errno.EPERM)


def fsync_path(path: Path) -> None:
    """Flush a file (or, on POSIX, a folder entry) to disk."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_error(path: Path, exc: OSError) -> KnownError:
    """A clear message for an OSError met while writing `path`."""
    reason = exc.strerror or str(exc)
    if exc.errno in _FULL:
        return StorageError(
            Errors.tr("磁盘已满，无法写入 {0}（{1}）。请腾出空间后重试，原文件未改动").format(
                path, reason
            )
        )
    if exc.errno in _DENIED:
        return StorageError(
            Errors.tr("没有权限写入 {0}（{1}）。目标位置只读或受保护，请换一个文件夹").format(
                path, reason
            )
        )
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return BadInputError(
            Errors.tr("文件夹 {0} 不存在，请先创建或换一个位置").format(path.parent)
        )
    if exc.errno == errno.EISDIR:
        return BadInputError(Errors.tr("{0} 是一个文件夹，请给出文件名").format(path))
    return StorageError(Errors.tr("无法写入 {0}：{1}").format(path, reason))


def write_atomic(path: Path, write: Callable[[BinaryIO], None]) -> Path:
    """Call `write` on a temp file beside `path`, then put it in place; never a half file."""
    path = Path(path).expanduser().absolute()
    if path.is_dir():
        raise write_error(path, IsADirectoryError(errno.EISDIR, Errors.tr("是文件夹")))
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            # The data must be on disk before the rename makes it visible, or a power cut
            # could leave a complete-looking name over empty blocks.
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
        tmp_name = None
        _sync_dir(path.parent)
    except OSError as exc:
        raise write_error(path, exc) from exc
    finally:
        if tmp_name is not None:
            _discard(tmp_name)
    return path


def _discard(name: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(name)


def _sync_dir(folder: Path) -> None:
    # The rename itself is durable only once the directory entry is flushed (POSIX).
    if os.name == "posix":
        fsync_path(folder)
