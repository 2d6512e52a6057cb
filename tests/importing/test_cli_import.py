"""`import` in a subprocess, as an administrator preparing a machine runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "import"


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def _docs(data_dir: Path) -> list[dict]:
    out = run("docs", "--json", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_import_outline_and_import_again(tmp_path: Path) -> None:
    data_dir = tmp_path / "d"
    source = tmp_path / "方案.txt"
    source.write_text(
        "某区共同富裕实施方案\n一、目标\n1.收入增长。到2025年增长6%。\n二、措施\n2.加强领导。",
        encoding="gbk",
    )
    out = run("import", str(source), "--json", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) >= {"id", "title", "nodes"}
    assert data["title"] == "某区共同富裕实施方案" and data["encoding"] == "gbk"
    assert data["nodes"] == 7 and data["id"].startswith("d")
    docs = _docs(data_dir)
    assert [d["id"] for d in docs] == ["plan", "brief", data["id"]]
    assert docs[-1] == {"id": data["id"], "title": "某区共同富裕实施方案", "kind": "document"}

    outline = json.loads(run("outline", "--doc", data["id"], "--json", data_dir=data_dir).stdout)
    assert [(n["key"], n["kind"], n["number"], n["title"]) for n in outline["nodes"]] == [
        ("c1", "chapter", "一", "目标"),
        ("c2", "chapter", "二", "措施"),
    ]
    assert outline["nodes"][0]["children"][0]["key"] == "m1"

    again = run("import", str(source), "--title", "另一个标题", data_dir=data_dir)
    assert again.returncode == 2
    assert again.stderr.startswith("hzreader: ") and "已在文库中" in again.stderr
    assert data["id"] in again.stderr and len(again.stderr.strip().splitlines()) == 1
    assert len(_docs(data_dir)) == 3


def test_refusals_exit_2_and_add_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "d"
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024 + 1)
    binary = tmp_path / "pic.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 broken")
    unknown = tmp_path / "table.xlsx"
    unknown.write_bytes(b"PK")
    cases = {
        big: "文件太大",
        binary: "不是文本文件",
        empty: "空文件",
        broken: "文件已损坏",
        unknown: "不支持的文件类型",
    }
    before = _docs(data_dir)
    for path, reason in cases.items():
        out = run("import", str(path), "--json", data_dir=data_dir)
        assert out.returncode == 2, path
        assert out.stdout == "", path
        assert out.stderr.startswith("hzreader: ") and reason in out.stderr, out.stderr
        assert "Traceback" not in out.stderr
    assert _docs(data_dir) == before
