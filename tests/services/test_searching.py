"""Search through the service: the index follows the database and heals by itself."""

from __future__ import annotations

import shutil

import pytest

from hzreader.services.composition import Services
from hzreader.services.searching import SearchService


@pytest.fixture
def search(app_ctx):
    service = Services(app_ctx).search
    yield service
    service.close()


def test_first_search_builds_the_index(search: SearchService) -> None:
    assert search.index_status() == "missing"
    result = search.search("职住平衡", limit=0)
    assert result.total >= 2
    assert {h.key for h in result.hits} >= {"m9.s2"}
    assert search.index_status() == "ok"


def test_hit_key_is_the_smallest_node(search: SearchService) -> None:
    hits = search.search("共有产权住房", limit=0).hits
    plan_hits = [h for h in hits if h.doc == "plan"]
    assert [h.key for h in plan_hits] == ["m9.s2"]
    text = search.library.node("m9.s2").text
    start, end = plan_hits[0].matches[0]
    assert text[start:end] == "共有产权住房"


def test_notes_and_tags_are_found_and_follow_edits(app_ctx, search: SearchService) -> None:
    notes = Services(app_ctx).annotations
    notes.listeners.append(search.notes_changed)
    search.ensure_index()
    a = notes.create("m9", quote="共有产权住房", note="与住建局对接试点方案", tags=["部门/发改"])
    found = search.search("住建局", limit=0)
    assert [(h.kind, h.key, h.annotation_id) for h in found.hits] == [("note", "m9", a.id)]
    assert [h.annotation_id for h in search.search("tag:部门", limit=0).hits] == [a.id]
    notes.update(a.id, note="改为与规划局对接")
    assert search.search("住建局", limit=0).total == 0
    assert search.search("规划局", limit=0).total == 1
    notes.delete(a.id)
    assert search.search("规划局", limit=0).total == 0
    assert search.index_status() == "ok"  # kept in step without a rebuild


def test_changes_made_elsewhere_make_the_index_stale(app_ctx, search: SearchService) -> None:
    search.ensure_index()
    Services(app_ctx).annotations.create("m2", note="人才引力波")  # no listener: another process
    assert search.index_status() == "stale"
    assert search.search("引力波", limit=0).total >= 2  # rebuilt by itself, note included
    assert any(h.kind == "note" for h in search.search("引力波", limit=0).hits)


def test_deleted_or_corrupted_index_heals(app_ctx, search: SearchService) -> None:
    search.ensure_index()
    search.close()
    shutil.rmtree(app_ctx.paths.index_dir)
    assert search.search("碳达峰", limit=0).total >= 1
    search.close()
    for path in app_ctx.paths.index_dir.rglob("*"):
        if path.is_file() and path.suffix in (".seg", ".toc", ".json", "") and path.stat().st_size:
            path.write_bytes(b"\x00garbage" * 10)
    assert search.index_status() in ("broken", "missing", "stale")
    assert search.search("碳达峰", limit=0).total >= 1
    assert search.index_status() == "ok"


def test_absent_word_finds_nothing(search: SearchService) -> None:
    assert search.search("区块链").total == 0


def test_unknown_document_is_a_clear_error(search: SearchService) -> None:
    from hzreader.core.errors import NotFoundError

    with pytest.raises(NotFoundError):
        search.search("人才", doc="nope")
