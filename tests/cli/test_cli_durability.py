"""export, restore, check, backups, restore-backup in real processes, as CLI.md fixes them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import docx
import pytest
from hzcli import run


def ok(*args: str, data_dir: Path):
    out = run(*args, "--json", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def rows(data_dir: Path) -> dict[str, int]:
    con = sqlite3.connect(data_dir / "hzreader.sqlite3")
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


def notes(data_dir: Path) -> list[tuple[str, str, str]]:
    return sorted((n["id"], n["note"], n["updated"]) for n in ok("notes", data_dir=data_dir))


@pytest.fixture(scope="module")
def clerk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The clerk's office data dir from USERS.md scenario 1."""
    data_dir = tmp_path_factory.mktemp("office") / "data"
    ok("annotate", "m9", "--quote", "共有产权住房", "--note", "**本局牵头**：与住建局对接试点方案",
       "--tag", "部门/发改", "--tag", "住房", "--color", "黄", data_dir=data_dir)  # fmt: skip
    ok("annotate", "m2", "--quote", "人才", "--note", "人社局牵头", "--tag", "部门/人社",
       data_dir=data_dir)  # fmt: skip
    ok("annotate", "m24", "--note", "宣传口径", "--tag", "部门/发改", data_dir=data_dir)
    return data_dir


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "csv", "json"])
def test_export_every_format(clerk: Path, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"notes.{fmt}"
    data = ok("export", "--format", fmt, "-o", str(target), "--tag", "部门/发改", data_dir=clerk)
    assert set(data) == {"path", "count"}
    assert data["count"] == 2 and Path(data["path"]) == target and target.stat().st_size > 0


def test_friday_export_to_word(clerk: Path, tmp_path: Path) -> None:
    target = tmp_path / "学习心得.docx"
    ok("export", "--format", "docx", "-o", str(target), "--tag", "部门/发改", data_dir=clerk)
    body = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "第三部分第9条" in body and "“共有产权住房”" in body and "本局牵头" in body
    assert "人社局牵头" not in body


def test_export_filters_and_mistakes(clerk: Path, tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    assert (
        ok("export", "--format", "md", "-o", str(target), "--doc", "brief", data_dir=clerk)["count"]
        == 0
    )
    for args in (
        ["export", "--format", "pdf", "-o", str(tmp_path / "x.pdf")],
        ["export", "--format", "md"],
        ["export", "--format", "md", "-o", str(tmp_path / "x.md"), "--doc", "nope"],
        ["export", "--format", "md", "-o", str(tmp_path / "no" / "x.md")],
    ):
        out = run(*args, data_dir=clerk)
        assert out.returncode == 2, args
        assert out.stderr.startswith("hzreader: ") and out.stderr.count("\n") == 1


def test_office_and_home_end_with_every_note_none_twice(clerk: Path, tmp_path: Path) -> None:
    office, home = clerk, tmp_path / "home"
    usb = tmp_path / "usb"
    usb.mkdir()
    ok("export", "--format", "json", "-o", str(usb / "office.json"), data_dir=office)
    first = ok("restore", str(usb / "office.json"), data_dir=home)
    assert {k: first[k] for k in ("added", "updated", "skipped")} == {
        "added": 3, "updated": 0, "skipped": 0
    }  # fmt: skip
    again = ok("restore", str(usb / "office.json"), data_dir=home)
    assert {k: again[k] for k in ("added", "updated", "skipped")} == {
        "added": 0, "updated": 0, "skipped": 3
    }  # fmt: skip
    ok("annotate", "m12", "--note", "周末在家读的", data_dir=home)
    ok("export", "--format", "json", "-o", str(usb / "home.json"), data_dir=home)
    monday = ok("restore", str(usb / "home.json"), data_dir=office)
    assert (monday["added"], monday["updated"], monday["skipped"]) == (1, 0, 3)
    assert notes(office) == notes(home) and len(notes(office)) == 4


BAD = {
    "truncated": lambda good: good[: len(good) // 2],
    "wrong version": lambda good: good.replace(b'"version": 1', b'"version": 7', 1),
    "bad uuid": lambda good: good.replace(b'"id": "', b'"id": "x', 1),
    "lone surrogate": lambda good: good.replace("本局牵头".encode(), b"\\ud800", 1),
    "deep nesting": lambda good: b"[" * 10_000 + b"]" * 10_000,
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_backup_exits_2_and_changes_nothing(clerk: Path, tmp_path: Path, case: str) -> None:
    good = tmp_path / "good.json"
    ok("export", "--format", "json", "-o", str(good), data_dir=clerk)
    bad = tmp_path / "bad.json"
    content = BAD[case](good.read_bytes())
    assert content != good.read_bytes()
    bad.write_bytes(content)
    target = tmp_path / "target"
    ok("annotate", "m1", "--note", "已有的笔记", data_dir=target)
    before = rows(target)
    out = run("restore", str(bad), data_dir=target)
    assert out.returncode == 2, out.stderr
    assert out.stderr.startswith("hzreader: ") and out.stderr.count("\n") == 1
    assert "Traceback" not in out.stderr
    assert rows(target) == before


def test_huge_backup_exits_2(tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(201 * 1024 * 1024)
    out = run("restore", str(huge), data_dir=tmp_path / "d")
    assert out.returncode == 2 and "太大" in out.stderr


def test_check_backups_and_restore_backup(tmp_path: Path) -> None:
    data_dir = tmp_path / "d"
    first = ok("annotate", "m9", "--note", "第一条", data_dir=data_dir)
    report = ok("check", data_dir=data_dir)
    assert report["ok"] is True and isinstance(report["problems"], list)
    ok("annotate", "m2", "--note", "第二条", data_dir=data_dir)
    listed = ok("backups", data_dir=data_dir)  # this start copied the second note too
    assert [b["notes"] for b in listed] == [2, 1] and all(b["ok"] for b in listed)
    older = listed[1]
    assert older["created"] and older["kind"] == "auto"
    restored = ok("restore-backup", older["name"], data_dir=data_dir)
    assert restored["restored"]["name"] == older["name"]
    assert restored["set_aside"]["notes"] == 2
    assert [n["id"] for n in ok("notes", data_dir=data_dir)] == [first["id"]]
    missing = run("restore-backup", "auto-19990101-000000", data_dir=data_dir)
    assert missing.returncode == 2 and "backups" in missing.stderr
