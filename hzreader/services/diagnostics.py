"""The diagnostic summary a user copies for a colleague who helps (About box, 复制诊断信息).

Plain data read from the data dir and the running interpreter; nothing is written. Qt's
version is the window's to know (qVersion), so it is passed in; without it the installed
PySide6 package's version is used when there is one.
"""

from __future__ import annotations

import platform
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from hzreader.paths import DataPaths, is_frozen, is_portable
from hzreader.version import version

LOG_LINES = 50
_TAIL_BLOCK = 8192


@dataclass(frozen=True)
class Diagnostics:
    """What the summary says, before it is written out as text."""

    hzreader: str
    frozen: bool
    qt: str
    pyside: str
    python: str
    sqlite: str
    system: str
    data_dir: Path
    portable: bool
    database_bytes: int | None
    index_bytes: int | None
    backups: int
    backups_bytes: int
    log_file: Path
    log_tail: list[str]


def file_size(path: Path) -> int | None:
    """A file's size in bytes, None when it does not exist."""
    try:
        return path.stat().st_size
    except OSError:
        return None


def tree_size(folder: Path) -> int | None:
    """The bytes of every file under `folder`, None when it does not exist."""
    if not folder.is_dir():
        return None
    total = 0
    for path in folder.rglob("*"):
        try:
            if path.is_file():
                total += path.stat().st_size
        except OSError:  # a file removed while counting
            continue
    return total


def tail_lines(path: Path, count: int = LOG_LINES) -> list[str]:
    """The last `count` lines of a text file (read from its end: a log may be large)."""
    if count <= 0:
        return []
    try:
        with path.open("rb") as handle:
            handle.seek(0, 2)
            end = handle.tell()
            data = b""
            while end > 0 and data.count(b"\n") <= count:
                start = max(0, end - _TAIL_BLOCK)
                handle.seek(start)
                data = handle.read(end - start) + data
                end = start
    except OSError:
        return []
    lines = data.decode("utf-8", errors="replace").splitlines()
    return lines[-count:]


def _installed(name: str) -> str | None:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version(name)
    except PackageNotFoundError:
        return None


def collect(
    data_dir: Path,
    qt_version: str | None = None,
    pyside_version: str | None = None,
    log_lines: int = LOG_LINES,
) -> Diagnostics:
    """Read what the summary needs from the data dir and the interpreter."""
    paths = DataPaths(Path(data_dir))
    database = file_size(paths.database)
    wal = file_size(paths.database.with_name(paths.database.name + "-wal"))
    if database is not None and wal:
        database += wal
    backups = [p for p in paths.backups_dir.glob("*") if p.is_file()]
    pyside = pyside_version or _installed("PySide6-Essentials") or _installed("PySide6")
    return Diagnostics(
        hzreader=version(),
        frozen=is_frozen(),
        qt=qt_version or pyside or "未知",
        pyside=pyside or "未知",
        python=platform.python_version(),
        sqlite=sqlite3.sqlite_version,
        system=platform.platform(),
        data_dir=paths.root,
        portable=is_portable(paths.root),
        database_bytes=database,
        index_bytes=tree_size(paths.index_dir),
        backups=len(backups),
        backups_bytes=sum(file_size(p) or 0 for p in backups),
        log_file=paths.log_file,
        log_tail=tail_lines(paths.log_file, log_lines),
    )


def human_size(size: int | None) -> str:
    """`1.4 MB (1,468,006 字节)`, or 不存在."""
    if size is None:
        return "不存在"
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}（{size:,} 字节）"
    return f"{size} 字节"


def render(diag: Diagnostics) -> str:
    """The summary as plain text, one fact a line, the log at the end."""
    how = "打包程序" if diag.frozen else "源代码运行"
    mode = (
        "便携模式（数据在程序旁的 hzreader-data 文件夹）"
        if diag.portable
        else "常规模式（用户数据目录或指定的数据目录）"
    )
    lines = [
        "hzreader 诊断信息",
        f"hzreader：{diag.hzreader}（{how}）",
        f"Qt：{diag.qt}（PySide6 {diag.pyside}）",
        f"Python：{diag.python}",
        f"SQLite：{diag.sqlite}",
        f"系统：{diag.system}",
        f"数据目录：{diag.data_dir}",
        f"模式：{mode}",
        f"数据库：{human_size(diag.database_bytes)}",
        f"搜索索引：{human_size(diag.index_bytes)}",
        f"备份：{diag.backups} 个，{human_size(diag.backups_bytes)}",
        f"日志（{diag.log_file.name}，最后 {len(diag.log_tail)} 行）：",
    ]
    lines += diag.log_tail or ["（无）"]
    return "\n".join(lines) + "\n"


def diagnostic_summary(
    data_dir: Path,
    qt_version: str | None = None,
    pyside_version: str | None = None,
    log_lines: int = LOG_LINES,
) -> str:
    """The text the About box copies: versions, sizes, data dir, mode, the log's last lines."""
    return render(collect(data_dir, qt_version, pyside_version, log_lines))
