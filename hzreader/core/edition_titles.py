"""Which documents of a library a new file may be the next edition of: similar titles.

Editions of one document differ in their title only by the period (2021—2025 → 2026—2030),
by the stage (征求意见稿, 送审稿, 修订稿, 草案) or by a year; what is left, the stem, is the
same, or nearly (a word changed)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from hzreader.core.normalize import fold

SIMILAR = 0.8  # share of the stems in common from which two titles name editions of one text
_BRACKETED = re.compile(r"[（(【\[][^（）()【】\[\]]{0,24}[）)】\]]")
_STAGES = re.compile(r"征求意见稿|公开征求意见稿|送审稿|修订稿|修改稿|讨论稿|草案|试行|暂行|修订版")
_YEARS = re.compile(r"\d{4}\s*[—–\-~～至到]+\s*\d{4}\s*年?|\d{4}\s*年(?:度)?|\d{4}")
_NOISE = re.compile(r"[\s《》“”\"'、，,。.·:：;；!！?？]+")


def title_stem(title: str) -> str:
    """A title without its period, stage, years, brackets and punctuation."""
    text = fold(title)
    text = _BRACKETED.sub("", text)
    text = _STAGES.sub("", text)
    text = _YEARS.sub("", text)
    return _NOISE.sub("", text)


def title_similarity(a: str, b: str) -> float:
    """How alike two titles are once their periods and stages are left out (0–1)."""
    sa, sb = title_stem(a), title_stem(b)
    if not sa or not sb:
        return 0.0
    if sa == sb:
        return 1.0
    return SequenceMatcher(None, sa, sb, autojunk=False).ratio()


def similar_titles(title: str, candidates: list[tuple[str, str]]) -> list[tuple[str, float]]:
    """(id, similarity) of the candidates (id, title) that may be editions of `title`,
    the most similar first."""
    scored = [(doc_id, title_similarity(title, other)) for doc_id, other in candidates]
    found = [(d, s) for d, s in scored if s >= SIMILAR]
    found.sort(key=lambda t: t[1], reverse=True)
    return found
