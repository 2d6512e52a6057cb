"""Bookmarks and the study map through the services, on a real data dir; the JSON backup
carries both (the study map only in the whole backup) and a second restore adds nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hzreader.core.errors import BadInputError, NotFoundError
from hzreader.services.composition import Services
from hzreader.services.opening import open_context


def test_bookmarks_add_rename_remove_and_undo(app_ctx):
    s = Services(app_ctx)
    mark = s.bookmarks.add("m9")
    assert mark.citation.endswith("第三部分第9条") and mark.name == ""
    assert s.bookmarks.add("m9").id == mark.id  # a clause keeps its one bookmark
    s.bookmarks.add("m2.s2")
    assert [b.key for b in s.bookmarks.list()] == ["m2.s2", "m9"]  # reading order
    renamed = s.bookmarks.rename(mark.id, "  住房\n保障 ")
    assert renamed.name == "住房 保障" and renamed.label == "住房 保障"
    s.bookmarks.remove_key("m9")
    assert [b.key for b in s.bookmarks.list()] == ["m2.s2"]
    s.bookmarks.history.undo()  # the delete undone: the name comes back too
    assert s.bookmarks.for_key("m9").name == "住房 保障"
    with pytest.raises(NotFoundError):
        s.bookmarks.add("no-such-key")
    with pytest.raises(NotFoundError):
        s.bookmarks.remove_key("m12")


def test_study_map_records_resets_and_undoes(app_ctx):
    s = Services(app_ctx)
    seen: list[str] = []
    s.study.listeners.append(seen.append)
    assert s.study.record("plan", ["m9", "m10", "m9.s2", "c3"]) == 2  # only clauses count
    assert s.study.record("plan", ["m9"]) == 0 and seen == ["plan"]
    s.annotations.create("m11.s1", note="要点")
    found = s.study.map("plan")
    assert (found.read, found.annotated) == (2, 1)
    assert s.study.reset("plan") == 2
    assert s.study.map("plan").read == 0
    s.study.history.undo()
    assert s.study.read_keys("plan") == {"m9", "m10"}


def test_backup_round_trip_is_idempotent_and_keeps_the_study_map_private(
    tmp_path: Path, data_dir: Path
):
    ctx = open_context(data_dir)
    s = Services(ctx)
    s.bookmarks.rename(s.bookmarks.add("m9").id, "住房")
    s.bookmarks.add("pre")
    s.study.record("plan", ["m9", "m10"])
    full = tmp_path / "full.json"
    s.backup_files.export(full)
    part = tmp_path / "plan.json"
    s.backup_files.export(part, doc_id="plan")
    tagged = tmp_path / "tag.json"
    s.annotations.create("m9", note="x", tags=["住房"])
    s.backup_files.export(tagged, tag="住房")
    s.exports.export("md", tmp_path / "notes.md")
    ctx.close()
    data = json.loads(full.read_text(encoding="utf-8"))
    assert {b["key"] for b in data["bookmarks"]} == {"m9", "pre"}
    assert {r["key"] for r in data["read"]} == {"m9", "m10"}
    assert json.loads(part.read_text(encoding="utf-8"))["read"] == []  # only the whole backup
    assert json.loads(tagged.read_text(encoding="utf-8"))["read"] == []
    assert json.loads(tagged.read_text(encoding="utf-8"))["bookmarks"] == []

    other = tmp_path / "other"
    ctx = open_context(other)
    try:
        s = Services(ctx)
        first = s.backup_files.restore(full)
        assert (first.bookmarks_added, first.read_added) == (2, 2)
        assert s.bookmarks.for_key("m9").name == "住房"
        assert s.study.read_keys("plan") == {"m9", "m10"}
        again = s.backup_files.restore(full)
        assert (again.bookmarks_added, again.bookmarks_updated, again.read_added) == (0, 0, 0)
        assert len(s.bookmarks.list()) == 2
    finally:
        ctx.close()


def test_a_backup_with_a_bad_bookmark_changes_nothing(tmp_path: Path, app_ctx):
    s = Services(app_ctx)
    path = tmp_path / "b.json"
    s.bookmarks.add("m9")
    s.backup_files.export(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["bookmarks"][0]["doc"] = "elsewhere"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    s.bookmarks.remove_key("m9")
    with pytest.raises(BadInputError, match=r"bookmarks\[0\]\.doc"):
        s.backup_files.restore(path)
    assert s.bookmarks.list() == []
