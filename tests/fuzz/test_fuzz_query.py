"""The search door: any string parses, and searching the real plan index never breaks."""

from __future__ import annotations

import pytest
from fuzzing import fuzz, hostile_text
from hypothesis import given
from hypothesis import strategies as st

from hzreader.core.errors import KnownError
from hzreader.search.query import MAX_QUERY_CHARS, NOTICE_LITERAL, NOTICE_TOO_LONG, parse
from hzreader.search.results import highlight
from hzreader.services.composition import Services

SYNTAX = st.sampled_from(
    [
        "OR", "NOT", "AND", "-", "－", '"', "＂", "(", ")", "（", "）", "tag:", "tag:部门/发改",
        "color:红", "color:", "in:notes", "in:text", "in:", "doc:plan", "doc:brief", "doc:",
        "measure:9", "measure:第九条", "chapter:三", "chapter:3", "chapter:第三部分", "住房",
        "人才", "共有产权住房", "R&D", "27万元/人", "县(市)", "附:", "*", "?", "~", "^2", "\\",
    ]
)  # fmt: skip
queries = st.lists(SYNTAX | hostile_text(max_pieces=4, run_len=300), max_size=12).map(" ".join)
queries = queries | st.lists(SYNTAX, max_size=20).map("".join) | hostile_text(run_len=1500)


@fuzz(400)
@given(queries)
def test_any_string_parses(query: str) -> None:
    parsed = parse(query)
    assert parsed.notice in (None, NOTICE_LITERAL, NOTICE_TOO_LONG.format(n=MAX_QUERY_CHARS))
    assert all(isinstance(t, str) and t for t in parsed.terms)


@pytest.fixture(scope="module")
def search(warm_data_dir):
    """The search service on the warm data dir's index (read only here)."""
    from hzreader.services.library import LibraryService
    from hzreader.services.opening import open_context

    ctx = open_context(warm_data_dir)
    service = Services(ctx).search
    keys = {
        (d.id, n.key)
        for d in LibraryService(ctx).documents()
        for n in LibraryService(ctx).document(d.id).walk()
    }
    yield service, keys
    service.close()
    ctx.close()


@fuzz(250)
@given(query=queries, doc=st.sampled_from([None, None, "plan", "brief"]))
def test_any_query_runs_against_the_plan_index(search, query: str, doc: str | None) -> None:
    service, keys = search
    try:
        result = service.search(query, doc=doc, limit=10)
    except KnownError:
        return
    assert result.total >= len(result.hits)
    for hit in result.hits:
        assert (hit.doc, hit.key) in keys
        assert doc is None or hit.doc == doc


@fuzz(200)
@given(text=hostile_text(max_pieces=20, run_len=500), query=queries)
def test_marks_in_a_text_lie_inside_it(text: str, query: str) -> None:
    spans = highlight(text, query)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert spans == sorted(spans)
