"""The command line in a subprocess, as a script or an administrator uses it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hzcli import run

ROOT = Path(__file__).resolve().parents[2]


def test_docs_json(tmp_path: Path) -> None:
    out = run("docs", "--json", data_dir=tmp_path / "d")
    assert out.returncode == 0, out.stderr
    docs = json.loads(out.stdout)
    assert docs[0]["id"] == "plan" and docs[0]["kind"] == "plan"
    assert set(docs[0]) >= {"id", "title", "kind"}
    assert docs[1]["kind"] == "guide"


def test_outline_json_structure(tmp_path: Path) -> None:
    out = run("outline", "--json", data_dir=tmp_path / "d")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["doc"] == "plan"
    chapters = [n for n in data["nodes"] if n["kind"] == "chapter"]
    assert len(chapters) == 7
    measures = [m for c in chapters for m in c["children"] if m["kind"] == "measure"]
    assert [m["number"] for m in measures] == [str(i) for i in range(1, 25)]
    goals = [g for g in chapters[0]["children"] if g["kind"] == "goal"]
    assert len(goals) == 6
    node = measures[8]
    assert set(node) >= {"key", "kind", "number", "title", "text", "children"}
    assert node["children"][1]["key"] == "m9.s2"


def test_keys_identical_in_two_data_dirs(tmp_path: Path) -> None:
    def keys(data_dir: Path) -> list[str]:
        data = json.loads(run("outline", "--json", data_dir=data_dir).stdout)
        out: list[str] = []
        stack = list(reversed(data["nodes"]))
        while stack:
            n = stack.pop()
            out.append(n["key"])
            stack.extend(reversed(n["children"]))
        return out

    first, second = keys(tmp_path / "a"), keys(tmp_path / "b")
    assert first == second and len(first) > 200


def test_show_measure_nine(tmp_path: Path) -> None:
    out = run("show", "m9", "--json", data_dir=tmp_path / "d")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["key"] == "m9" and data["kind"] == "measure" and data["number"] == "9"
    assert data["title"] == "完善城乡住房保障体系"
    assert data["citation"].endswith("第三部分第9条")
    assert "共有产权住房" in data["text"]


def test_unknown_key_exits_2_with_one_line(tmp_path: Path) -> None:
    out = run("show", "m99", data_dir=tmp_path / "d")
    assert out.returncode == 2
    assert out.stderr.startswith("hzreader: ")
    assert len(out.stderr.strip().splitlines()) == 1
    assert "Traceback" not in out.stderr


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    for args in (["bogus"], ["show"], ["outline", "--doc", "nope"]):
        out = run(*args, data_dir=tmp_path / "d")
        assert out.returncode == 2, args
        assert out.stderr.startswith("hzreader: "), args
        assert "Traceback" not in out.stderr


def test_data_dir_from_environment(tmp_path: Path) -> None:
    import os

    env = {**os.environ, "HZREADER_DATA_DIR": str(tmp_path / "env-dir")}
    out = subprocess.run(
        [sys.executable, "-m", "hzreader", "docs", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "env-dir" / "hzreader.sqlite3").exists()


def test_unwritable_data_dir_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    out = run("docs", data_dir=blocker / "sub")
    assert out.returncode != 0
    assert out.stderr.startswith("hzreader: ")
    assert "Traceback" not in out.stderr
