"""A document as one plain text: positions of nodes, quotes found and placed on clauses."""

from __future__ import annotations

import pytest

from hzreader.core.bundled import parse_bundled
from hzreader.core.doctext import document_text, find_quote


@pytest.fixture(scope="module")
def plan(plan_raw):
    return parse_bundled(plan_raw)[0]


def test_every_node_text_sits_at_its_place(plan) -> None:
    text = document_text(plan)
    for node in plan.walk():
        place = text.places[node.key]
        assert text.text[place.start : place.end] == node.text
    # Blocks (not sentences) follow each other, each on its own line.
    blocks = [n for n in plan.walk() if n.kind != "sentence"]
    assert len(text.text) == sum(len(n.text) + 1 for n in blocks)
    assert text.position("m9.s2", 3) == text.places["m9.s2"].start + 3
    assert text.position("nowhere", 0) is None


def test_a_quote_lands_on_the_smallest_clause_holding_it(plan) -> None:
    text = document_text(plan)
    key, sel = find_quote(plan, text, "共有产权住房")
    assert key == "m9.s2" and plan.find(key).text[sel.start : sel.end] == "共有产权住房"
    # Across two sentences of measure 9: the measure holds it.
    two = "完善城乡住房保障体系。率先开展"
    key, sel = find_quote(plan, text, two)
    assert key == "m9" and sel.start == 0


def test_prefix_and_suffix_choose_between_repeats(plan) -> None:
    text = document_text(plan)
    hits = []
    at = text.text.find("人才")
    while at >= 0:
        hits.append(at)
        at = text.text.find("人才", at + 1)
    assert len(hits) > 3
    chosen = hits[3]
    prefix, suffix = text.text[chosen - 12 : chosen], text.text[chosen + 2 : chosen + 14]
    key, sel = find_quote(plan, text, "人才", prefix, suffix)
    assert text.places[key].start + sel.start == chosen
    # With no context the position decides.
    key, sel = find_quote(plan, text, "人才", start=hits[2])
    assert text.places[key].start + sel.start == hits[2]


def test_text_that_is_not_there_is_not_found(plan) -> None:
    text = document_text(plan)
    assert find_quote(plan, text, "火星基地建设") is None
    assert find_quote(plan, text, "") is None
