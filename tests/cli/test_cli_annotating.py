"""annotate, notes and tags from outside, in a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from hzcli import run


def test_annotate_then_list_and_count_tags(tmp_path: Path) -> None:
    d = tmp_path / "d"
    out = run(
        "annotate", "m9", "--quote", "共有产权住房", "--note", "**本局牵头**：与住建局对接试点方案",
        "--tag", "部门/发改", "--tag", "住房", "--color", "黄", "--json", data_dir=d,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    created = json.loads(out.stdout)
    assert set(created) >= {
        "id",
        "doc",
        "key",
        "quote",
        "note",
        "tags",
        "color",
        "created",
        "updated",
    }
    assert created["color"] == "yellow" and created["key"] == "m9" and created["doc"] == "plan"
    run("annotate", "m2", "--tag", "人才", data_dir=d)
    listed = json.loads(run("notes", "--tag", "部门", "--json", data_dir=d).stdout)
    assert [n["id"] for n in listed] == [created["id"]]
    tags = json.loads(run("tags", "--json", data_dir=d).stdout)
    assert {t["name"]: t["count"] for t in tags} == {"人才": 1, "住房": 1, "部门/发改": 1}
    assert all(set(t) >= {"name", "color", "count"} for t in tags)


def test_bad_input_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    d = tmp_path / "d"
    for args in (
        ["annotate", "m99"],
        ["annotate", "m9", "--quote", "区块链"],
        ["annotate", "m9", "--color", "pink"],
        ["annotate", "m9", "--note-file", str(tmp_path / "missing.md")],
        ["annotate", "m9", "--note", "a", "--note-file", "-"],
    ):
        out = run(*args, data_dir=d)
        assert out.returncode == 2, (args, out.stderr)
        assert out.stderr.startswith("hzreader: ") and "Traceback" not in out.stderr
    assert json.loads(run("notes", "--json", data_dir=d).stdout) == []
    assert json.loads(run("tags", "--json", data_dir=d).stdout) == []


def test_a_one_megabyte_note_from_stdin(tmp_path: Path) -> None:
    d = tmp_path / "d"
    note = "## 学习心得\n" + "共同富裕示范区建设。" * 100_000
    assert len(note.encode("utf-8")) > 1_000_000
    out = run("annotate", "m1", "--note-file", "-", "--json", data_dir=d, stdin=note)
    assert out.returncode == 0, out.stderr
    listed = json.loads(run("notes", "--json", data_dir=d).stdout)
    assert listed[0]["note"] == note
