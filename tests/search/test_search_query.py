"""The query language and the analysis it rests on (no index needed)."""

from __future__ import annotations

import random

import pytest

from hzreader.search.analysis import bigram_cover, fold, gram_counts
from hzreader.search.query import (
    NOTICE_LITERAL,
    And,
    Filter,
    Not,
    Or,
    Term,
    parse,
)


def test_fold_is_one_character_for_one():
    for text in ["Ｒ＆Ｄ经费", "（2021—2025年）", "“一核九星”", "①②", "㎡", "İstanbul", "ABC"]:
        assert len(fold(text)) == len(text)
    assert fold("Ｒ＆Ｄ，５Ｇ：％") == "r&d,5g:%"
    assert fold("2021—2025") == fold("2021-2025") == "2021-2025"
    assert fold("①") == "①"  # a list marker is not the digit 1


def test_grams_cover_every_substring_of_two():
    counts = gram_counts(fold("R&D经费 经费"))
    assert counts["经费"] == 2 and counts["r&"] == 1 and counts["d经"] == 1
    assert "费经" not in counts  # no gram across white space
    for needle in ["ab", "abc", "abcdefg"]:
        cover = bigram_cover(needle)
        assert set("".join(cover)) == set(needle)
        assert all(c in needle for c in cover)


def test_words_and_operators():
    assert parse("住房 租赁").node == And((Term("住房"), Term("租赁")))
    assert parse("住房 OR 租赁").node == Or((Term("住房"), Term("租赁")))
    assert parse("住房 -租赁").node == And((Term("住房"), Not(Term("租赁"))))
    assert parse("住房 NOT 租赁").node == And((Term("住房"), Not(Term("租赁"))))
    assert parse('"数字 经济" 杭州').node == And((Term("数字 经济"), Term("杭州")))
    assert parse("(住房 OR 人才) 租赁").node == And(
        (Or((Term("住房"), Term("人才"))), Term("租赁"))
    )
    assert parse("（住房 OR 人才）").node == Or((Term("住房"), Term("人才")))
    assert parse("住房 or 租赁").node == And((Term("住房"), Term("or"), Term("租赁")))


def test_literals_that_look_like_syntax():
    for text in ["R&D", "27万元/人", "附:杭州", "县(市)", "2021-2025", "“一核九星”", "83.88", ")("]:
        parsed = parse(text)
        assert parsed.node == Term(text) and parsed.notice is None, text


def test_field_filters():
    assert parse("tag:部门/发改").node == Filter("tag", "部门/发改")
    assert parse('tag:"部门 发改"').node == Filter("tag", "部门 发改")
    assert parse("color:红").node == Filter("color", "red")
    assert parse("color:Blue").node == Filter("color", "blue")
    assert parse("in:notes").node == Filter("kind", "note")
    assert parse("in:笔记").node == Filter("kind", "note")
    assert parse("in:text").node == Filter("kind", "text")
    assert parse("doc:plan").node == Filter("doc", "plan")
    assert parse("measure:9").node == Filter("measure", "9")
    assert parse("measure:第九条").node == Filter("measure", "9")
    assert parse("chapter:3").node == Filter("chapter", "三")
    assert parse("chapter:三").node == Filter("chapter", "三")
    assert parse("chapter：第十二部分").node == Filter("chapter", "十二")


@pytest.mark.parametrize(
    "text",
    ['"', "(", "NOT OR x", "tag:", "in:somewhere", "a OR", "NOT", '"共有产权', "((住房)"],
)
def test_malformed_input_falls_back_to_a_literal_search(text):
    parsed = parse(text)
    assert parsed.notice == NOTICE_LITERAL
    assert parsed.node is not None


def test_unclosed_quote_searches_the_words():
    assert parse('"共有产权').node == Term("共有产权")


def test_empty_and_long_queries():
    assert parse("").node is None and parse("  \u3000 ").node is None
    long = "共同富裕" * 125
    assert parse(long).node == Term(long) and parse(long).notice is None
    huge = parse("碳" * 5000)
    assert huge.notice and len(huge.node.text) == 1000


def test_sql_is_just_text():
    parsed = parse("' OR 1=1; DROP TABLE notes; --")
    assert parsed.node is not None


def test_random_input_never_raises():
    rng = random.Random(4)
    alphabet = "\"()（）-－:：OR NOT AND tag color in doc 住房碳 ＂\\'*?"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        parsed = parse(text)
        assert parsed.node is not None or not text.strip() or parsed.notice


def test_terms_to_highlight_leave_out_exclusions():
    assert parse("住房 -租赁 OR 人才").terms == ("住房", "人才")
