"""The anchoring door: a note's selector finds its quote again, or says it cannot."""

from __future__ import annotations

from fuzzing import fuzz, hostile_text, storable
from hypothesis import assume, given
from hypothesis import strategies as st

from hzreader.core.anchoring import locate, make_selector, reattach
from hzreader.core.document import parse_document

texts = hostile_text(max_pieces=10, run_len=200)


@st.composite
def span(draw, text: str) -> tuple[int, int]:
    start = draw(st.integers(0, max(0, len(text) - 1)))
    end = draw(st.integers(start + 1, min(len(text), start + 60)))
    return start, end


@fuzz(200)
@given(data=st.data(), text=texts)
def test_an_unchanged_text_gives_the_same_span(data, text: str) -> None:
    assume(text)
    start, end = data.draw(span(text))
    sel = make_selector(text, start, end)
    assert sel.quote == text[start:end] and (sel.start, sel.end) == (start, end)
    assert locate(sel, text) == (start, end, 3.0)


@fuzz(200)
@given(data=st.data(), text=texts, insert=texts, at=st.integers(0, 10**6), cut=st.integers(0, 30))
def test_an_edited_text_gives_the_quote_or_nothing(data, text, insert, at, cut) -> None:
    assume(text)
    start, end = data.draw(span(text))
    sel = make_selector(text, start, end)
    at %= len(text) + 1
    edited = text[:at] + insert + text[at + cut :]
    hit = locate(sel, edited)
    if sel.quote in edited:
        assert hit is not None and edited[hit[0] : hit[1]] == sel.quote
    else:
        assert hit is None


@fuzz(100)
@given(data=st.data(), before=texts.map(storable), after=texts.map(storable))
def test_reattach_lands_on_a_node_that_holds_the_quote(data, before: str, after: str) -> None:
    old = parse_document(before, doc_id="d", title="旧版")
    nodes = [n for n in old.walk() if n.text]
    assume(nodes)
    node = data.draw(st.sampled_from(nodes))
    start, end = data.draw(span(node.text))
    sel = make_selector(node.text, start, end)
    new = parse_document(
        data.draw(st.sampled_from([before, after, before + after])), doc_id="d", title="新版"
    )
    found = reattach(sel, node.key, new)
    if found is None:
        return
    key, fresh = found
    target = new.find(key)
    assert target is not None
    assert target.text[fresh.start : fresh.end] == fresh.quote
    assert fresh == make_selector(target.text, fresh.start, fresh.end)
