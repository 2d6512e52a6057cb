"""Numbering styles of Chinese policy texts: which marker opens a line, and its rank."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hzreader.core.normalize import ascii_digits
from hzreader.core.numerals import CIRCLED, CN_NUMERAL_CHARS, circled_to_int, cn_to_int, int_to_cn

_CN = f"[{CN_NUMERAL_CHARS}]+"
_NUM = rf"(?:{_CN}|\d+)"


@dataclass(frozen=True)
class Pattern:
    """One numbering style: how to recognise it and where it sits in the hierarchy."""

    kind: str
    rank: float
    regex: re.Pattern[str]


# Rank orders the styles from outermost to innermost (the order of GB/T 9704 and of
# regulations); Markdown headings sit above all of them.
PATTERNS: tuple[Pattern, ...] = (
    Pattern("volume", 9, re.compile(rf"^(第({_NUM})篇)\s*(.*)$")),
    Pattern("chapter", 10, re.compile(rf"^(第({_NUM})章)\s*(.*)$")),
    Pattern("section", 11, re.compile(rf"^(第({_NUM})节)\s*(.*)$")),
    Pattern("chapter", 12, re.compile(rf"^(({_CN})[、，.．])\s*(.+)$")),
    Pattern("article", 13, re.compile(rf"^(第({_NUM})条)\s*(.*)$")),
    Pattern("item", 14, re.compile(rf"^([（(]({_CN})[）)][、，]?)\s*(.+)$")),
    Pattern("goal", 15, re.compile(r"^(——)()\s*(.+)$")),
    Pattern("measure", 15, re.compile(r"^((\d{1,3})[.．、](?![\d.．]))\s*(.+)$")),
    Pattern("subitem", 16, re.compile(r"^([（(](\d{1,3})[）)])\s*(.+)$")),
    Pattern("subitem", 16, re.compile(r"^((\d{1,3})[）)])\s*(.+)$")),
    # a. b. c. (Latin letters) sit under （1） and under 一、 alike; the body must be Chinese,
    # so "A. Smith" or "e.g." never opens an item.
    Pattern("letter", 16.5, re.compile(r"^(([a-z])[.．、）)])\s*([\u4e00-\u9fff《“（(].*)$")),
    Pattern("list", 17, re.compile(rf"^(([{CIRCLED}]))\s*(.+)$")),
)
MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)(?:\s+#+)?\s*$")
# "一、二月份", "一、二、三产业": an enumeration or a date, not a chapter.
_NOT_CHAPTER_BODY = re.compile(rf"^{_CN}(?:[、，]|月|季度|日)")
# "第三条规定的情形": a reference to an article inside a sentence, not an article.
_NOT_ARTICLE_BODY = re.compile(
    r"^(?:规定|所称|所列|所述|所指|的|中(?![华央国])|之|至|和|或|、|，|第)"
)


@dataclass(frozen=True)
class Marked:
    """What a line's opening says: kind ('' for plain text), rank, marker, number, body."""

    kind: str
    rank: float
    marker: str
    number: str
    body: str
    md_level: int = 0


PLAIN_RANK = 99


def _well_formed(number: str) -> bool:
    """True for a numeral as a person writes it (十二, 二十一), not 十四五 or 二〇二一."""
    if number.isdigit():
        return True
    value = cn_to_int(number)
    if value is None or not 0 < value < 1000:
        return False
    return int_to_cn(value) == number.replace("两", "二").replace("〇", "零")


def _match(line: str) -> Marked | None:
    for pattern in PATTERNS:
        m = pattern.regex.match(line)
        if not m:
            continue
        marker, number, body = m.group(1), m.group(2), m.group(3).strip()
        if pattern.kind == "list":
            number = str(circled_to_int(number))
        elif pattern.kind == "letter":
            pass
        elif number and not _well_formed(number):
            continue
        if pattern.rank == 12 and _NOT_CHAPTER_BODY.match(body):
            continue
        # A space after the marker sets it off as a heading: 第一条　中华人民共和国…
        spaced = m.end(1) < m.start(3)
        if marker.startswith("第") and not spaced and _NOT_ARTICLE_BODY.match(body):
            continue
        return Marked(pattern.kind, pattern.rank, marker, ascii_digits(number), body)
    return None


def classify(line: str) -> Marked:
    """The numbering a canonical line opens with; kind '' for plain text."""
    md = MD_HEADING.match(line)
    if md:
        level, body = len(md.group(1)), md.group(2).strip()
        # A Word heading typed as "一、总体要求" keeps its numbering: it is still chapter 一.
        inner = _match(body)
        if inner is not None:
            return Marked(inner.kind, inner.rank, inner.marker, inner.number, inner.body, level)
        return Marked("heading", level, md.group(1), "", body, level)
    found = _match(line)
    return found if found is not None else Marked("", PLAIN_RANK, "", "", line)
