"""Comparing editions: each real edit of the plan gives the expected rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from editions import MOVED_SENTENCE, edition

from hzreader.core.bundled import parse_bundled
from hzreader.core.compare import compare_documents, compare_targets
from hzreader.core.document import parse_document
from hzreader.paths import BUNDLED_PLAN

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


@pytest.fixture(scope="module")
def plan():
    return parse_bundled(BUNDLED_PLAN.read_text(encoding="utf-8"))[0]


def _compare(plan, *edits):
    new = parse_document(edition(*edits), doc_id="new")
    return compare_documents(plan, new)


def _rows(cmp, status, kind=None):
    return [(c.old, c.new) for c in cmp.changes if c.status == status and kind in (None, c.kind)]


def test_the_same_text_is_all_same(plan) -> None:
    cmp = _compare(plan, "none")
    assert set(cmp.summary()) == {"same", "moved", "changed", "added", "removed"}
    assert cmp.summary()["same"] == len(cmp.changes)


def test_a_dropped_measure_moves_the_following_ones(plan) -> None:
    cmp = _compare(plan, "drop")
    assert _rows(cmp, "removed") == [("m5", None)]
    assert _rows(cmp, "moved", "measure") == [(f"m{n}", f"m{n - 1}") for n in range(6, 25)]
    assert _rows(cmp, "changed") == []


def test_an_added_measure(plan) -> None:
    cmp = _compare(plan, "add")
    assert _rows(cmp, "added") == [(None, "m24")]
    assert _rows(cmp, "moved", "measure") == [("m24", "m25")]


def test_a_reworded_sentence_is_a_change_inside_the_measure(plan) -> None:
    cmp = _compare(plan, "reword")
    (change,) = [c for c in cmp.changes if c.status == "changed"]
    assert (change.old, change.new) == ("m9", "m9")
    assert ["-", "积极"] in change.diff and ["+", "稳妥有序"] in change.diff
    assert 0.9 < change.similarity < 1.0


def test_a_raised_target(plan) -> None:
    cmp = _compare(plan, "target")
    (change,) = [c for c in cmp.changes if c.status == "changed"]
    assert change.old == "g1" and ["-", "18"] in change.diff and ["+", "20"] in change.diff
    new = parse_document(edition("target"), doc_id="new")
    raised = [t for t in compare_targets(plan, new) if t.status == "changed"]
    assert [(t.name, t.old.value, t.new.value) for t in raised] == [("人均生产总值", 18, 20)]


def test_a_sentence_moved_to_another_measure(plan) -> None:
    cmp = _compare(plan, "move_sentence")
    assert sorted(_rows(cmp, "changed")) == [("m11", "m11"), ("m9", "m9")]
    (moved,) = [c for c in cmp.changes if c.kind == "sentence"]
    assert (
        moved.status == "moved" and moved.old.startswith("m9.s") and moved.new.startswith("m11.s")
    )
    assert moved.diff == [["=", MOVED_SENTENCE]]


def test_swapped_chapters_are_moved_not_changed(plan) -> None:
    cmp = _compare(plan, "swap_chapters")
    assert sorted(_rows(cmp, "moved", "chapter")) == [("c5", "c6"), ("c6", "c5")]
    assert len(_rows(cmp, "moved", "measure")) == 5
    assert _rows(cmp, "changed") == [] and _rows(cmp, "added") == []


def test_a_split_measure(plan) -> None:
    cmp = _compare(plan, "split")
    assert _rows(cmp, "changed") == [("m8", "m8")]
    (added,) = [c for c in cmp.changes if c.status == "added"]
    assert added.new == "m9" and added.split_from == "m8"
    assert _rows(cmp, "moved", "measure") == [(f"m{n}", f"m{n + 1}") for n in range(9, 25)]


def test_all_edits_together(plan) -> None:
    s = _compare(plan).summary()
    assert (s["removed"], s["added"], s["changed"]) == (1, 2, 4)


def test_two_editions_of_a_regulation() -> None:
    old_path = CORPUS / "10_guojia_keji_jiangli_tiaoli_2020.md"
    new_path = CORPUS / "11_guojia_keji_jiangli_tiaoli_2024.md"
    if not old_path.exists():
        pytest.skip("../shared/corpus not found (the real documents stay outside the project)")
    old = parse_document(old_path.read_text(encoding="utf-8"), doc_id="old")
    new = parse_document(new_path.read_text(encoding="utf-8"), doc_id="new")
    cmp = compare_documents(old, new)
    changed = {c.new for c in cmp.changes if c.status == "changed"}
    assert {"a2", "a3", "a4", "a21", "a25", "a30", "a7.p1", "a22.p1", "a22.p2"} <= changed
    assert "a4.p1" in {c.new for c in cmp.changes if c.status == "added"}
    # 总则 → 总 则: spacing inside a Chinese title is layout, not a change of content (the
    # parser joins letter-spaced headings; what spacing is left counts as no change).
    chapters = {c.new: c for c in cmp.changes if c.kind == "chapter"}
    assert chapters["c1"].status == chapters["c5"].status == "same"
    assert all(c.status == "same" for c in cmp.changes if c.spacing_only)
