"""The study map's counting and the history of jumps, as plain Python over the bundled plan."""

from __future__ import annotations

from hzreader.core.bundled import parse_bundled
from hzreader.core.navigation import JumpHistory, Place
from hzreader.core.study import annotated_clauses, clause_of, clauses, study_map
from hzreader.paths import BUNDLED_PLAN


def _plan():
    return parse_bundled(BUNDLED_PLAN.read_text(encoding="utf-8"))[0]


def test_clauses_are_the_outline_leaves_and_sentences_map_to_them():
    plan = _plan()
    keys = [n.key for n in clauses(plan)]
    assert "m9" in keys and "c3" not in keys and not any(".s" in k for k in keys)
    assert clause_of(plan, "m9.s2") == "m9"
    assert clause_of(plan, "m9") == "m9"
    assert clause_of(plan, "c3") is None and clause_of(plan, "nope") is None


def test_study_map_counts_by_chapter():
    plan = _plan()
    noted = annotated_clauses(plan, ["m9.s2", "c3"])  # a note on a heading counts for none
    assert noted == {"m9"}
    found = study_map(plan, {"m9", "m10", "not-a-key"}, noted)
    assert found.total == len(clauses(plan)) and found.read == 2 and found.annotated == 1
    chapter = next(c for c in found.chapters if c.key == "c3")
    assert (chapter.read, chapter.annotated) == (2, 1) and chapter.total > 2
    assert chapter.state == "annotated"
    assert found.nodes["m10"].state == "read" and found.nodes["m11"].state == "unread"
    assert found.percent == round(200 / found.total)
    assert set(found.to_json()) >= {"doc", "total", "read", "annotated", "chapters"}
    assert set(found.to_json()["chapters"][0]) == {"key", "title", "total", "read", "annotated"}


def test_jump_history_goes_back_and_forward_like_a_browser():
    h = JumpHistory()
    a, b, c = Place("plan", "m1"), Place("plan", "m5", 3), Place("brief", "p1")
    assert not h.can_back() and h.back(a) is None
    h.record(a)  # jumped from a to b
    h.record(b)  # jumped from b to c
    assert h.back(c) == b and h.can_forward()
    assert h.back(b) == a and not h.can_back()
    assert h.forward(a) == b and h.forward(b) == c and not h.can_forward()
    h.back(c)
    h.record(Place("plan", "m20"))  # a new jump clears the way forward
    assert not h.can_forward()
    h.forget("plan")
    assert not h.can_back()
