"""The JSON backup: round trip, merging, newer edit wins, documents by content hash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hzreader.services.backups import BackupService
from hzreader.services.composition import Services
from hzreader.services.opening import open_context

PROVINCIAL = """浙江省推动高质量发展建设共同富裕示范区实施方案

一、总体要求
1. 坚持以人民为中心的发展思想。推动共同富裕取得实质性进展。
2. 坚持党的全面领导。把党的领导贯穿全过程。
二、主要任务
3. 提高发展质量效益。夯实共同富裕的物质基础。
"""


def _clock(monkeypatch: pytest.MonkeyPatch, when: str) -> None:
    monkeypatch.setattr("hzreader.services.annotations._now", lambda: when)


def _everything(ctx) -> list[dict]:
    service = Services(ctx).annotations
    notes = [*service.list(), *service.trash()]
    keep = ("id", "doc", "key", "quote", "note", "tags", "color", "created", "updated",
            "prefix", "suffix", "start", "end", "deleted", "needs_review")  # fmt: skip
    return sorted(({k: a.to_json()[k] for k in keep} for a in notes), key=lambda d: d["id"])


@pytest.fixture
def office(tmp_path: Path):
    """The office machine: notes on the plan, one in the trash, an imported document."""
    ctx = open_context(tmp_path / "office")
    service = Services(ctx).annotations
    service.create("m9", quote="共有产权住房", note="**本局牵头**", tags=["部门/发改", "住房"])
    service.create("m2", quote="人才", note="人才政策", color="红")
    gone = service.create("m3", note="作废")
    service.delete(gone.id)
    service.set_tag_color("住房", "#ff8800")
    source = tmp_path / "provincial.txt"
    source.write_text(PROVINCIAL, encoding="gb18030")
    doc = Services(ctx).imports.import_file(source)
    service.create("m3", doc_id=doc.id, quote="物质基础", note="省里的提法")
    yield ctx
    ctx.close()


def test_round_trip_into_a_fresh_data_dir(office, tmp_path: Path) -> None:
    path, count = Services(office).backup_files.export(tmp_path / "notes.json")
    assert count == 4
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "hzreader-backup" and data["version"] == 1
    kinds = {d["id"]: ("source_text" in d, d["bundled"]) for d in data["documents"]}
    assert kinds["plan"] == (False, True) and kinds["brief"] == (False, True)
    assert sum(1 for has_text, _b in kinds.values() if has_text) == 1

    home = open_context(tmp_path / "home")
    try:
        result = Services(home).backup_files.restore(path)
        assert (result.added, result.updated, result.skipped) == (4, 0, 0)
        assert len(result.documents_added) == 1 and result.needs_review == 0
        assert _everything(home) == _everything(office)
        tags = {t.name: t.color for t in Services(home).annotations.tags()}
        assert tags["住房"] == "#ff8800"
        imported = result.documents_added[0]
        assert Services(home).annotations.list(doc_id=imported)[0].citation.endswith("第3条")
        assert result.backup is None or (home.paths.backups_dir / result.backup).exists()
    finally:
        home.close()


def test_restoring_twice_adds_nothing(office, tmp_path: Path, counts) -> None:
    path, _count = Services(office).backup_files.export(tmp_path / "notes.json")
    home = open_context(tmp_path / "home")
    try:
        first = Services(home).backup_files.restore(path)
        assert first.added == 4
        before = counts(home.paths.database)
        copies = {b.name for b in BackupService(home.paths).list()}
        second = Services(home).backup_files.restore(path)
        assert (second.added, second.updated, second.skipped) == (0, 0, 4)
        assert second.documents_added == [] and second.backup is None
        assert counts(home.paths.database) == before
        assert {b.name for b in BackupService(home.paths).list()} == copies
        # And back at the office, the office's own backup changes nothing either.
        again = Services(office).backup_files.restore(path)
        assert (again.added, again.updated, again.skipped) == (0, 0, 4)
    finally:
        home.close()


def test_conflicting_edits_keep_the_newer(office, tmp_path: Path, monkeypatch) -> None:
    service = Services(office).annotations
    note = service.list(tag="住房")[0]
    to_home, _ = Services(office).backup_files.export(tmp_path / "to-home.json")
    home = open_context(tmp_path / "home")
    try:
        Services(home).backup_files.restore(to_home)
        # Friday evening at the office, then Saturday at home: home's edit is the newer.
        _clock(monkeypatch, "2030-01-04T18:00:00")
        service.update(note.id, note="办公室的修改")
        _clock(monkeypatch, "2030-01-05T10:00:00")
        Services(home).annotations.update(note.id, note="家里的修改", tags=["住房", "周末"])
        other = service.list(tag="部门/人社") or service.list(color="red")
        _clock(monkeypatch, "2030-01-05T11:00:00")
        service.update(other[0].id, note="办公室后来又改了这条")
        from_home, _ = Services(home).backup_files.export(tmp_path / "from-home.json")
        result = Services(office).backup_files.restore(from_home)
        assert result.updated == 1 and result.added == 0
        merged = service.get(note.id)
        assert merged.note == "家里的修改" and merged.tags == ["住房", "周末"]
        assert service.get(other[0].id).note == "办公室后来又改了这条"  # the office's is newer
        # The other way round: the office's older copy of the first note changes nothing.
        back = Services(home).backup_files.restore(tmp_path / "to-home.json")
        assert back.updated == 0 and Services(home).annotations.get(note.id).note == "家里的修改"
    finally:
        home.close()


def test_documents_are_matched_by_content_hash(office, tmp_path: Path) -> None:
    path, _ = Services(office).backup_files.export(tmp_path / "notes.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    imported = next(d for d in data["documents"] if not d["bundled"])
    old_id = imported["id"]
    imported["id"] = "renamed-elsewhere"
    for a in data["annotations"]:
        if a["doc"] == old_id:
            a["doc"] = "renamed-elsewhere"
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    home = open_context(tmp_path / "home")
    try:
        source = tmp_path / "provincial.txt"
        local = Services(home).imports.import_file(source)
        result = Services(home).backup_files.restore(edited)
        assert result.documents_added == [] and result.added == 4
        assert [a.quote for a in Services(home).annotations.list(doc_id=local.id)] == ["物质基础"]
    finally:
        home.close()


def test_notes_on_another_edition_of_the_plan_reattach(office, tmp_path: Path) -> None:
    path, _ = Services(office).backup_files.export(tmp_path / "notes.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    plan = next(d for d in data["documents"] if d["id"] == "plan")
    plan["content_hash"] = "0" * 64  # the other machine ran an older hzreader's plan text
    m9 = next(a for a in data["annotations"] if a["key"] == "m9")
    m9.update(key="m8", start=m9["start"] + 5, end=m9["end"] + 5, node_text_hash="1" * 64)
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    home = open_context(tmp_path / "home")
    try:
        Services(home).backup_files.restore(edited)
        restored = Services(home).annotations.get(m9["id"])
        assert restored.key == "m9" and restored.quote == "共有产权住房"
        assert not restored.needs_review
    finally:
        home.close()
