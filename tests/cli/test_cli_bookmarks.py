"""bookmark, bookmarks, unbookmark and progress in real processes, as CLI.md fixes them."""

from __future__ import annotations

from pathlib import Path

from hzcli import run, run_json

BOOKMARK_KEYS = {"doc", "key", "citation", "created"}


def test_bookmark_commands(data_dir: Path) -> None:
    mark = run_json("bookmark", "m9", data_dir=data_dir)
    assert set(mark) >= BOOKMARK_KEYS and mark["doc"] == "plan" and mark["key"] == "m9"
    assert mark["citation"].endswith("第三部分第9条")
    assert run_json("bookmark", "m9", data_dir=data_dir)["created"] == mark["created"]
    run_json("bookmark", "m2.s2", "--doc", "plan", data_dir=data_dir)
    listed = run_json("bookmarks", data_dir=data_dir)
    assert [b["key"] for b in listed] == ["m2.s2", "m9"]
    assert all(set(b) >= BOOKMARK_KEYS for b in listed)
    gone = run_json("unbookmark", "m9", data_dir=data_dir)
    assert gone["key"] == "m9"
    assert [b["key"] for b in run_json("bookmarks", data_dir=data_dir)] == ["m2.s2"]
    human = run("bookmarks", data_dir=data_dir)
    assert human.returncode == 0 and "m2.s2" in human.stdout


def test_bad_keys_are_clear_errors_and_change_nothing(data_dir: Path) -> None:
    run_json("bookmark", "m9", data_dir=data_dir)
    for args in (("bookmark", "zz9"), ("unbookmark", "m12"), ("bookmark", "m9", "--doc", "nope")):
        out = run(*args, data_dir=data_dir)
        assert out.returncode == 2, args
        assert out.stderr.startswith("hzreader: ") and out.stderr.count("\n") == 1
        assert "Traceback" not in out.stderr
    assert [b["key"] for b in run_json("bookmarks", data_dir=data_dir)] == ["m9"]


def test_progress_shape(data_dir: Path) -> None:
    run_json("annotate", "m9.s1", "--note", "要点", data_dir=data_dir)
    found = run_json("progress", data_dir=data_dir)
    assert {"doc", "total", "read", "annotated", "chapters"} <= set(found)
    assert found["doc"] == "plan" and found["read"] == 0 and found["annotated"] == 1
    assert found["total"] == sum(c["total"] for c in found["chapters"])
    for chapter in found["chapters"]:
        assert set(chapter) == {"key", "title", "total", "read", "annotated"}
    out = run("progress", "--doc", "nope", data_dir=data_dir)
    assert out.returncode == 2 and out.stderr.startswith("hzreader: ")
