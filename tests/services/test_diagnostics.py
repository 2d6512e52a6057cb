"""The diagnostic summary the About box copies for a colleague."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

import hzreader
from hzreader.paths import DataPaths
from hzreader.services.composition import Services
from hzreader.services.diagnostics import diagnostic_summary, human_size, tail_lines


def test_the_summary_names_versions_sizes_data_dir_and_the_log_tail(app_ctx, data_dir) -> None:

    Services(app_ctx).search.search("共同富裕")  # builds the index
    log = DataPaths(data_dir).log_file
    log.write_text("".join(f"第{i}行 记录\n" for i in range(1, 61)), encoding="utf-8")
    text = diagnostic_summary(data_dir, qt_version="6.9.9", pyside_version="6.9.8")
    lines = text.splitlines()
    assert f"hzreader：{hzreader.__version__}（源代码运行）" in lines
    assert "Qt：6.9.9（PySide6 6.9.8）" in lines
    assert f"Python：{sys.version.split()[0]}" in lines
    assert f"SQLite：{sqlite3.sqlite_version}" in lines
    assert f"数据目录：{data_dir}" in lines
    assert "模式：常规模式（用户数据目录或指定的数据目录）" in lines
    database = next(line for line in lines if line.startswith("数据库："))
    index = next(line for line in lines if line.startswith("搜索索引："))
    assert "字节" in database and "不存在" not in database
    assert "字节" in index and "不存在" not in index
    tail = lines[lines.index("日志（hzreader.log，最后 50 行）：") + 1 :]
    assert tail == [f"第{i}行 记录" for i in range(11, 61)]


def test_a_fresh_data_dir_says_what_is_missing(tmp_path: Path) -> None:
    text = diagnostic_summary(tmp_path / "new")
    assert "数据库：不存在" in text and "搜索索引：不存在" in text
    assert "备份：0 个，0 字节" in text
    assert text.rstrip().endswith("（无）")
    assert not (tmp_path / "new").exists()  # reading only


def test_portable_mode_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "hzreader"))
    (tmp_path / "hzreader-data").mkdir()
    text = diagnostic_summary(tmp_path / "hzreader-data")
    assert "模式：便携模式（数据在程序旁的 hzreader-data 文件夹）" in text
    assert f"hzreader：{hzreader.__version__}（打包程序）" in text


def test_the_tail_of_a_large_log_is_read_from_its_end(tmp_path: Path) -> None:
    log = tmp_path / "big.log"
    log.write_bytes(b"x" * 300_000 + b"\n" + "".join(f"行{i}\n" for i in range(80)).encode())
    assert tail_lines(log, 3) == ["行77", "行78", "行79"]
    assert tail_lines(log, 0) == []
    assert tail_lines(tmp_path / "none.log") == []
    assert human_size(3 * 1024 * 1024) == "3.0 MB（3,145,728 字节）"
