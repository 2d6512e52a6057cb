"""A full disk or a read-only folder: one clear line, nothing half-written, data intact.

A full disk is a file-size limit on the process (RLIMIT_FSIZE: writes past it fail with
EFBIG, as they would with ENOSPC). A read-only folder is chmod; when the tests run as root,
which chmod does not stop, the child process also drops the capabilities that let root
ignore permissions (CAP_DAC_OVERRIDE and friends), so the folder is read-only for it too.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import resource
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from hzreader.services.composition import Services

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="uses Linux process limits")
_PR_CAPBSET_DROP = 24
_DAC_CAPS = (1, 2, 3)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER


def _as_ordinary_user() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in _DAC_CAPS:
        libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0)  # fails harmlessly when not root


def _disk_full_at(limit: int) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def _freeze(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        path.chmod(mode & ~0o222)


def _thaw(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        path.chmod(stat.S_IMODE(path.stat().st_mode) | 0o200)


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _one_clear_line(stderr: str, *words: str) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hzreader: "), stderr
    assert "Traceback" not in stderr and "内部错误" not in stderr
    for word in words:
        assert word in lines[0], lines[0]


@pytest.fixture
def noted(tmp_path: Path, cli) -> Path:
    data_dir = tmp_path / "data"
    out = cli("annotate", "m9", "--quote", "共有产权住房", "--note", "本局牵头", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    assert cli("notes", data_dir=data_dir).returncode == 0  # the copy after the change is made
    return data_dir


@pytest.fixture
def read_only(noted: Path, tmp_path: Path):
    """The data dir, frozen; skipped where this user cannot be kept from writing."""
    probe = tmp_path / "probe"
    probe.mkdir()
    _freeze(probe)
    _freeze(noted)
    tried = subprocess.run(
        [sys.executable, "-c", f"open({str(probe / 'x')!r}, 'w')"],
        capture_output=True,
        preexec_fn=_as_ordinary_user,
    )
    if tried.returncode == 0:
        _thaw(noted)
        pytest.skip("this user can write into a read-only folder")
    yield noted
    _thaw(noted)
    _thaw(probe)


@pytest.mark.parametrize(
    "command", [["annotate", "m2", "--note", "写不进去"], ["notes"], ["check"]]
)
def test_read_only_data_dir(read_only: Path, cli, command: list[str]) -> None:
    before = _digest(read_only)
    out = cli(*command, data_dir=read_only, preexec_fn=_as_ordinary_user)
    assert out.returncode == 1
    _one_clear_line(out.stderr, "只读", "--data-dir")
    assert _digest(read_only) == before


def test_export_into_a_read_only_folder(noted: Path, tmp_path: Path, cli) -> None:
    target = tmp_path / "handed-in"
    target.mkdir()
    _freeze(target)
    try:
        out = cli(
            "export", "--format", "docx", "-o", str(target / "学习心得.docx"),
            data_dir=noted, preexec_fn=_as_ordinary_user,
        )  # fmt: skip
        if out.returncode == 0:
            pytest.skip("this user can write into a read-only folder")
        assert out.returncode == 1
        _one_clear_line(out.stderr, "没有权限")
        assert list(target.iterdir()) == []
    finally:
        _thaw(target)


def test_full_disk_while_saving_a_note(noted: Path, tmp_path: Path, cli, counts) -> None:
    big = tmp_path / "big.md"
    big.write_text("长" * 300_000, encoding="utf-8")  # ~900 KB: more than the disk has left
    before = counts(noted / "hzreader.sqlite3")
    limit = (noted / "hzreader.sqlite3").stat().st_size + 64_000
    out = cli("annotate", "m2", "--note-file", str(big), data_dir=noted,
              preexec_fn=_disk_full_at(limit))  # fmt: skip
    assert out.returncode == 1
    _one_clear_line(out.stderr, "磁盘", "没有保存")
    assert counts(noted / "hzreader.sqlite3") == before
    check = cli("check", "--json", data_dir=noted)
    assert check.returncode == 0 and json.loads(check.stdout)["ok"] is True
    again = cli("annotate", "m2", "--note", "腾出空间后", "--json", data_dir=noted)
    assert again.returncode == 0, again.stderr


def test_full_disk_while_exporting(noted: Path, tmp_path: Path, cli) -> None:
    long_note = tmp_path / "long.md"
    long_note.write_text("调研记录。" * 20_000, encoding="utf-8")
    assert cli("annotate", "m3", "--note-file", str(long_note), data_dir=noted).returncode == 0
    assert cli("notes", data_dir=noted).returncode == 0  # let the start-up copy be made
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "notes.html"
    target.write_text("上次导出的文件", encoding="utf-8")
    out = cli("export", "--format", "html", "-o", str(target), data_dir=noted,
              preexec_fn=_disk_full_at(60_000))  # fmt: skip
    assert out.returncode == 1
    _one_clear_line(out.stderr, "磁盘已满", "原文件未改动")
    assert target.read_text(encoding="utf-8") == "上次导出的文件"
    assert [p.name for p in out_dir.iterdir()] == ["notes.html"]  # no temp file left


def test_full_disk_at_start_skips_the_copy_but_not_the_command(noted: Path, cli) -> None:
    assert cli("annotate", "m2", "--note", "新的一条", data_dir=noted).returncode == 0
    copies = sorted(p.name for p in (noted / "backups").iterdir())
    out = cli("notes", "--json", data_dir=noted, preexec_fn=_disk_full_at(60_000))
    assert out.returncode == 0, out.stderr
    assert len(json.loads(out.stdout)) == 2
    assert sorted(p.name for p in (noted / "backups").iterdir()) == copies  # no partial copy
    assert "automatic backup failed" in (noted / "hzreader.log").read_text(encoding="utf-8")


def test_full_disk_during_restore_changes_nothing(noted: Path, tmp_path: Path, cli, counts) -> None:
    other = tmp_path / "other"
    assert cli("annotate", "m5", "--note", "另一台电脑", data_dir=other).returncode == 0
    backup = tmp_path / "other.json"
    assert cli("export", "--format", "json", "-o", str(backup), data_dir=other).returncode == 0
    before = counts(noted / "hzreader.sqlite3")
    out = cli("restore", str(backup), data_dir=noted, preexec_fn=_disk_full_at(60_000))
    assert out.returncode == 1
    _one_clear_line(out.stderr, "磁盘", "没有恢复")
    assert counts(noted / "hzreader.sqlite3") == before


def test_sqlite_full_becomes_a_clear_error_and_rolls_back(app_ctx, counts) -> None:
    from sqlalchemy import event

    from hzreader.core.errors import StorageError

    service = Services(app_ctx).annotations
    service.create("m9", quote="共有产权住房")
    before = counts(app_ctx.paths.database)

    def no_more_pages(dbapi_connection, _record) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    app_ctx.engine.dispose()
    event.listen(app_ctx.engine, "connect", no_more_pages)
    with pytest.raises(StorageError, match="磁盘已满") as caught:
        service.create("m2", note="满" * 200_000, tags=["新标签"])
    assert "没有保存" in str(caught.value)
    assert counts(app_ctx.paths.database) == before
