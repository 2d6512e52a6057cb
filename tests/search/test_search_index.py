"""The index on disk: status, staleness, damage, healing, crash safety, incremental updates."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import expected_uids, found_uids

from hzreader.search.index import POINTER, IndexUnavailable, SearchIndex
from hzreader.search.records import IndexRecord


def _live(index: SearchIndex) -> Path:
    return index.index_dir / (index.index_dir / POINTER).read_text().strip()


def _segment_files(index: SearchIndex) -> list[Path]:
    return [p for p in _live(index).iterdir() if p.suffix in (".seg", ".toc")]


def test_missing_until_built_then_ok(tmp_path, plan_records):
    index = SearchIndex(tmp_path / "index")
    assert index.status() == "missing"
    with pytest.raises(IndexUnavailable) as err:
        index.search("住房")
    assert err.value.status == "missing"
    seen: list[tuple[int, int]] = []
    count = index.rebuild(
        plan_records, fingerprint="a", progress=lambda d, t: seen.append((d, t)), total=10**6
    )
    assert count == len(plan_records)
    assert seen[-1] == (len(plan_records), 10**6)
    assert index.status() == "ok"
    assert index.is_current("a") and not index.is_current("b")
    assert index.search("住房").total > 0


def test_empty_query_finds_nothing(plan_index):
    for query in ["", "   ", "\u3000"]:
        result = plan_index.search(query)
        assert result.total == 0 and result.hits == []


def test_deleted_index_is_missing_and_rebuild_heals(fresh_index, plan_records):
    for path in fresh_index.index_dir.iterdir():
        if path.is_dir():
            for f in path.iterdir():
                f.unlink()
            path.rmdir()
        else:
            path.unlink()
    fresh = SearchIndex(fresh_index.index_dir)
    assert fresh.status() == "missing"
    fresh.rebuild(plan_records, fingerprint="fp-2")
    assert fresh.status() == "ok" and fresh.search("职住平衡").total >= 3


@pytest.mark.parametrize("damage", ["delete", "garbage", "truncate"])
def test_damaged_segment_files_report_broken_and_rebuild_heals(fresh_index, plan_records, damage):
    assert fresh_index.search("碳").total > 0  # the index is open when the damage happens
    for path in _segment_files(fresh_index):
        if damage == "delete":
            path.unlink()
        elif damage == "garbage":
            data = bytearray(path.read_bytes())
            data[len(data) // 3 : len(data) // 3 + 4096] = b"\x8b garbage " * 372 + b"...."
            path.write_bytes(bytes(data))
        else:
            path.write_bytes(path.read_bytes()[:100])
    fresh = SearchIndex(fresh_index.index_dir)  # a new process, say
    assert fresh.status() == "broken"
    with pytest.raises(IndexUnavailable):
        fresh.search("碳")
    assert not fresh.is_current("fp-1")
    fresh.rebuild(plan_records, fingerprint="fp-1")
    assert fresh.status() == "ok"
    assert found_uids(fresh, "碳") == expected_uids(plan_records, "碳")


def test_garbage_pointer_or_meta_is_broken(fresh_index):
    (fresh_index.index_dir / POINTER).write_text("../../etc")
    assert SearchIndex(fresh_index.index_dir).status() == "broken"
    (fresh_index.index_dir / POINTER).write_text(_live(fresh_index).name if False else "ix-none")
    assert SearchIndex(fresh_index.index_dir).status() == "broken"


def test_broken_meta_is_broken(fresh_index):
    (_live(fresh_index) / "hzreader-index.json").write_text("{not json")
    assert SearchIndex(fresh_index.index_dir).status() == "broken"


def test_other_format_version_is_stale(fresh_index, monkeypatch):
    from hzreader.search import schema

    monkeypatch.setattr(schema, "FORMAT_VERSION", schema.FORMAT_VERSION + 1)
    index = SearchIndex(fresh_index.index_dir)
    assert index.status() == "stale"
    assert not index.is_current("fp-1")
    with pytest.raises(IndexUnavailable) as err:
        index.search("碳")
    assert err.value.status == "stale"


def test_an_index_of_another_whoosh_version_is_stale(fresh_index, monkeypatch):
    from hzreader.search import index as index_module

    monkeypatch.setattr(index_module, "_whoosh_version", lambda: "0.0.1")
    assert SearchIndex(fresh_index.index_dir).status() == "stale"


def test_a_locked_index_is_busy_not_broken(fresh_index, plan_records):
    from whoosh import index as whoosh_index

    from hzreader.search import index as index_module

    other = whoosh_index.open_dir(str(_live(fresh_index))).writer()  # another process
    try:
        original = index_module._LOCK_TIMEOUT
        index_module._LOCK_TIMEOUT = 0.2
        with pytest.raises(IndexUnavailable) as err:
            fresh_index.upsert(plan_records[:1])
        assert err.value.status == "busy"
    finally:
        index_module._LOCK_TIMEOUT = original
        other.cancel()
    assert fresh_index.status() == "ok"
    fresh_index.upsert(plan_records[:1])


def test_searches_go_on_during_a_rebuild(fresh_index, plan_records):
    import threading

    started, release = threading.Event(), threading.Event()

    def slow():
        for i, record in enumerate(plan_records):
            if i == 10:
                started.set()
                release.wait(10)
            yield record

    worker = threading.Thread(target=lambda: fresh_index.rebuild(slow(), fingerprint="fp-2"))
    worker.start()
    try:
        assert started.wait(10)
        assert fresh_index.search("碳").total > 0  # the old index answers meanwhile
        assert fresh_index.is_current("fp-1")
    finally:
        release.set()
        worker.join(30)
    assert fresh_index.is_current("fp-2")


def test_a_crash_during_rebuild_keeps_the_old_index(fresh_index, plan_records):
    def exploding():
        yield from plan_records[:50]
        raise RuntimeError("power cut")

    before = _live(fresh_index)
    with pytest.raises(RuntimeError):
        fresh_index.rebuild(exploding(), fingerprint="fp-2")
    assert _live(fresh_index) == before
    assert [p.name for p in fresh_index.index_dir.iterdir() if p.is_dir()] == [before.name]
    assert fresh_index.status() == "ok" and fresh_index.is_current("fp-1")
    assert fresh_index.search("碳").total > 0


def test_an_abandoned_half_build_is_ignored_and_swept(fresh_index, plan_records):
    half = fresh_index.index_dir / "ix-abandoned"
    half.mkdir()
    (half / "MAIN_x.seg").write_bytes(b"half")
    building = fresh_index.index_dir / "ix-building"  # another process, still at work
    building.mkdir()
    two_hours_ago = time.time() - 7200
    os.utime(half, (two_hours_ago, two_hours_ago))
    assert SearchIndex(fresh_index.index_dir).status() == "ok"
    fresh_index.rebuild(plan_records, fingerprint="fp-2")
    assert not half.exists()
    assert building.exists()


def test_upsert_and_delete_text_records(fresh_index, plan_records):
    changed = IndexRecord(
        uid="plan:m9.s2",
        doc="plan",
        key="m9.s2",
        kind="text",
        node_kind="sentence",
        title="完善城乡住房保障体系",
        text="率先开展区块链住房试点。",
        chapter="三",
        measure="9",
    )
    fresh_index.upsert([changed], fingerprint="fp-2")
    assert fresh_index.is_current("fp-2")
    assert [h.key for h in fresh_index.search("区块链").hits] == ["m9.s2"]
    # The old text of the same uid is gone; other sentences with 职住平衡 remain.
    remaining = expected_uids(plan_records, "职住平衡") - {"plan:m9.s2"}
    assert found_uids(fresh_index, "职住平衡") == remaining
    fresh_index.delete(["plan:m9.s2"], fingerprint="fp-3")
    assert fresh_index.search("区块链").total == 0
    assert fresh_index.is_current("fp-3")
    # A new SearchIndex (another process) sees the same, and the files verify.
    other = SearchIndex(fresh_index.index_dir)
    assert other.status() == "ok" and other.search("区块链").total == 0


def test_many_small_updates_stay_exact(fresh_index, plan_records):
    for i in range(12):
        record = plan_records[i]
        fresh_index.upsert([record])  # same content again: new segments, deletions
    for query in ["发展", "碳", "共同富裕", "2025年"]:
        assert found_uids(fresh_index, query) == expected_uids(plan_records, query)


def test_empty_index_answers(tmp_path):
    index = SearchIndex(tmp_path / "index")
    assert index.rebuild([], fingerprint="none") == 0
    assert index.status() == "ok"
    assert index.search("住房").total == 0
    assert index.search("-住房").total == 0


def test_bulk_and_standard_builds_agree(tmp_path, plan_records, monkeypatch):
    from hzreader.search import builder

    bulk = SearchIndex(tmp_path / "bulk")
    bulk.rebuild(plan_records, fingerprint="x")
    monkeypatch.setattr(builder, "_fast_path_ok", lambda writer: False)
    standard = SearchIndex(tmp_path / "standard")
    standard.rebuild(plan_records, fingerprint="x")
    for query in ["住房", "碳", "共同富裕示范区", "R&D", "measure:9", "人才 OR 租赁", "-发展"]:
        a = bulk.search(query, limit=0)
        b = standard.search(query, limit=0)
        assert [(h.uid, round(h.score, 6)) for h in a.hits] == [
            (h.uid, round(h.score, 6)) for h in b.hits
        ], query


def test_importing_records_loads_neither_whoosh_nor_rjieba():
    code = (
        "import sys, hzreader.search, hzreader.search.records, hzreader.search.query, "
        "hzreader.search.results; "
        "print(sorted(m for m in ('whoosh', 'rjieba', 'jieba') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
