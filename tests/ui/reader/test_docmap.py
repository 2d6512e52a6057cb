"""The key ↔ position map of the reader, without Qt."""

from __future__ import annotations

from hzreader.ui.reader.docmap import DocumentMap, NodeSpan


def _map() -> DocumentMap:
    # c1 [0, 40): heading "一、X" then m1 [5, 25) = marker "1." + s1 [7, 15) + s2 [15, 25),
    # then p1 [26, 40) whose only sentence starts where the paragraph does.
    m = DocumentMap()
    for span in (
        NodeSpan("c1", 0, 40, 2, 1, None),
        NodeSpan("m1", 5, 25, 7, 18, "c1"),
        NodeSpan("m1.s1", 7, 15, 7, 8, "m1"),
        NodeSpan("m1.s2", 15, 25, 15, 10, "m1"),
        NodeSpan("p1.s1", 26, 40, 26, 14, "p1"),  # added before its parent, as built
        NodeSpan("p1", 26, 40, 26, 14, "c1"),
    ):
        m.add(span)
    m.finish()
    return m


def test_key_at_finds_the_smallest_node():
    m = _map()
    assert m.key_at(0) == "c1"
    assert m.key_at(5) == "m1"  # the marker belongs to the measure, not to a sentence
    assert m.key_at(7) == "m1.s1"
    assert m.key_at(14) == "m1.s1"
    assert m.key_at(15) == "m1.s2"  # ends are exclusive
    assert m.key_at(25) == "c1"  # the break between two blocks
    assert m.key_at(26) == "p1.s1"  # equal starts: the inner one wins
    assert m.key_at(40) is None
    assert m.key_at(-1) is None


def test_offsets_and_ancestors():
    m = _map()
    assert m.text_position("m1", 0) == 7
    assert m.text_position("m1.s2", 3) == 18
    assert m.text_position("m1.s2", 99) == 25  # clamped to the text
    assert m.node_offset("m1", 18) == 11
    assert m.node_offset("m1", 5) == 0  # inside the marker: the start of the text
    assert m.ancestors("m1.s2") == ["m1", "c1"]
    assert m.keys()[:3] == ["c1", "m1", "m1.s1"]


def test_covering_key_is_the_smallest_node_holding_the_whole_range():
    m = _map()
    assert m.covering_key(8, 12) == "m1.s1"
    assert m.covering_key(7, 15) == "m1.s1"
    assert m.covering_key(10, 20) == "m1"
    assert m.covering_key(10, 30) == "c1"
    assert m.covering_key(41, 45) is None
