"""Searching the bundled plan: exact recall, contiguity, mixed scripts, filters, ranking."""

from __future__ import annotations

import random

import pytest
from conftest import expected_uids, found_uids

from hzreader.search.analysis import fold
from hzreader.search.records import IndexRecord


def _sample_sentences(records: list[IndexRecord], n: int) -> list[IndexRecord]:
    rng = random.Random(20250729)
    sentences = [r for r in records if r.node_kind == "sentence" and len(r.text) >= 12]
    return rng.sample(sentences, n)


def test_every_substring_of_sampled_sentences_is_found_exactly(plan_index, plan_records):
    checked = 0
    for record in _sample_sentences(plan_records, 5):
        text = record.text
        queries = {text[i : i + n] for n in range(1, 7) for i in range(len(text) - n + 1)}
        for query in sorted(queries):
            if not query.strip():
                continue
            found = found_uids(plan_index, f'"{query}"' if " " in query else query)
            assert record.uid in found, query
            assert found == expected_uids(plan_records, query), query
            checked += 1
    assert checked > 500


@pytest.mark.parametrize("word", ["区块链", "元宇宙", "杭人", "人工智能大模型", "住碳", "共富杭"])
def test_absent_words_find_nothing(plan_index, plan_records, word):
    assert not expected_uids(plan_records, word)  # the characters exist, the word does not
    assert plan_index.search(word).total == 0


def test_characters_that_never_stand_together_find_nothing(plan_index, plan_records):
    # Every character of each query occurs in the plan, never contiguously.
    corpus = "".join(fold(r.text) for r in plan_records)
    rng = random.Random(7)
    chars = sorted({c for c in corpus if "\u4e00" <= c <= "\u9fff"})
    tried = 0
    while tried < 40:
        query = "".join(rng.sample(chars, 3))
        if query in corpus:
            continue
        tried += 1
        assert plan_index.search(query).total == 0, query


def test_a_substring_across_words_is_found(plan_index, plan_records):
    # 核九 straddles the words of 一核九星: a literal substring, so it must be found.
    assert found_uids(plan_index, "核九") == expected_uids(plan_records, "核九") != set()


@pytest.mark.parametrize(
    "query",
    ["5G", "5g", "R&D", "r&d", "R＆D", "2025年", "83.88", "27万元/人", "27万元／人", "4%", "1.7"],
)
def test_digits_and_latin_inside_chinese(plan_index, plan_records, query):
    expected = expected_uids(plan_records, query)
    assert expected
    assert found_uids(plan_index, query) == expected


def test_full_width_and_ascii_forms_match_alike(plan_index):
    pairs = [
        ("R&D经费", "Ｒ＆Ｄ经费"),
        ("（2021—2025年）", "(2021-2025年)"),
        ("18万元，", "18万元,"),
    ]
    for ascii_form, wide_form in pairs:
        ascii_hits = found_uids(plan_index, ascii_form)
        assert ascii_hits
        assert found_uids(plan_index, wide_form) == ascii_hits


def test_single_characters_are_found(plan_index, plan_records):
    for char in ["碳", "房", "G", "%", "星"]:
        assert found_uids(plan_index, char) == expected_uids(plan_records, char) != set()


def test_and_or_not(plan_index, plan_records):
    housing = expected_uids(plan_records, "住房")
    rental = expected_uids(plan_records, "租赁")
    assert found_uids(plan_index, "住房 租赁") == housing & rental
    assert found_uids(plan_index, "住房 -租赁") == housing - rental
    assert found_uids(plan_index, "住房 NOT 租赁") == housing - rental
    assert found_uids(plan_index, "住房 OR 租赁") == housing | rental
    assert (
        found_uids(plan_index, "(住房 OR 人才) 租赁")
        == (housing | expected_uids(plan_records, "人才")) & rental
    )


def test_filters(plan_index, plan_records):
    m9 = {r.uid for r in plan_records if r.measure == "9"}
    assert found_uids(plan_index, "measure:9") == m9
    assert found_uids(plan_index, "住房 measure:9") == m9 & expected_uids(plan_records, "住房")
    ch3 = {r.uid for r in plan_records if r.chapter == "三"}
    assert found_uids(plan_index, "chapter:三") == ch3
    assert found_uids(plan_index, "chapter:3") == ch3
    brief = {r.uid for r in plan_records if r.doc == "brief"}
    assert found_uids(plan_index, "doc:brief") == brief
    assert found_uids(plan_index, "九星", doc="brief") == brief & expected_uids(
        plan_records, "九星"
    )
    assert found_uids(plan_index, "in:text 碳") == expected_uids(plan_records, "碳")
    assert found_uids(plan_index, "in:notes 碳") == set()


def test_a_measure_title_finds_that_measure_first(plan_index, plan_records):
    measures = {}
    for record in plan_records:
        if record.doc == "plan" and record.measure:
            measures.setdefault(record.measure, record.title)
    assert len(measures) >= 20
    for number, title in measures.items():
        hits = plan_index.search(title, limit=3).hits
        assert hits, title
        assert hits[0].measure == number, (title, hits[0].key)


def test_title_words_rank_their_measure_first(plan_index):
    # 住房 occurs in several measures; measure 9's title (完善城乡住房保障体系) holds it.
    assert plan_index.search("住房", limit=1).hits[0].key.startswith("m9.")
    assert plan_index.search("碳", limit=1).hits[0].key.startswith("m6.")


def test_hits_carry_snippets_and_match_offsets(plan_index):
    result = plan_index.search("职住平衡", limit=0)
    assert result.total >= 3
    for hit in result.hits:
        assert hit.matches
        for start, end in hit.matches:
            assert hit.text[start:end] == "职住平衡"
        for start, end in hit.snippet_spans:
            assert hit.snippet[start:end] == "职住平衡"
        assert "<b>职住平衡</b>" in hit.snippet_html
        data = hit.to_json()
        assert {"key", "doc", "kind", "title", "snippet", "score"} <= data.keys()
        assert data["kind"] == "text"
    assert result.to_json()["total"] == result.total


def test_limit(plan_index):
    everything = plan_index.search("发展", limit=0)
    assert everything.total == len(everything.hits) > 10
    assert plan_index.search("发展", limit=None).total == everything.total
    page = plan_index.search("发展", limit=5)
    assert page.total == everything.total
    assert [h.uid for h in page.hits] == [h.uid for h in everything.hits[:5]]


def test_long_snippets_are_cut_around_the_match(plan_index):
    hit = plan_index.search("宜居天堂", limit=1).hits[0]
    assert len(hit.text) > 200
    assert hit.snippet.startswith("…")
    assert "宜居天堂" in hit.snippet


def test_a_quoted_phrase_with_a_space_matches_with_or_without_it(plan_index, plan_records):
    joined = expected_uids(plan_records, "数字经济")
    assert joined
    result = plan_index.search('"数字 经济"', limit=0)
    assert {h.uid for h in result.hits} == joined
    for hit in result.hits:
        assert any(hit.text[s:e] == "数字经济" for s, e in hit.matches)


def test_highlight_marks_every_match_in_a_text():
    from hzreader.search.results import highlight

    text = "加快人才专项租赁住房建设，引进人才。"
    assert highlight(text, "人才 -租赁") == [(2, 4), (15, 17)]
    assert highlight(text, "Ｒ＆Ｄ") == []
    assert highlight("R&D经费", "r&d") == [(0, 3)]


@pytest.mark.parametrize(
    ("query", "malformed"),
    [
        ('"', True),
        ("(", True),
        ("NOT OR x", True),
        ("tag:", True),
        ('"共有产权', True),
        ("' OR 1=1; DROP TABLE notes; --", False),
        ("住房" * 250, False),
        ("（" * 300, True),
        ("*", False),
        ("\\", False),
        ("%_", False),
    ],
)
def test_odd_queries_answer_and_never_raise(plan_index, query, malformed):
    result = plan_index.search(query)
    assert result.total == len(result.hits) or result.total > len(result.hits) == 20
    assert (result.notice is not None) == malformed
    if query == '"共有产权':
        assert result.total >= 1  # searched as the words typed
