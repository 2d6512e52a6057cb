"""What clause matching compares: the text of a unit, its character n-grams and words."""

from __future__ import annotations

import gc
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import repeat
from operator import mul

from hzreader.core.model import Document, Node, iter_with_parents
from hzreader.core.normalize import fold

# 实施方案 end a task with the units that carry it out: who does it, not what it says.
_DUTY_TAIL = re.compile(r"[（(](?:牵头|责任|配合|主责|协办)(?:单位|部门)[:：][^）)]*[）)]")
# Runs of letters, digits and Chinese characters: n-grams never cross punctuation.
_RUN = re.compile(r"[0-9a-z\u3400-\u9fff\uf900-\ufaff]+")
HEADING_KINDS = frozenset({"chapter", "part", "section", "heading"})
# Structural nodes that are numbered (or marked, like the —— goals): the rows of a 对照表.
NUMBERED_KINDS = frozenset(
    {"chapter", "part", "section", "goal", "measure", "item", "subitem", "article", "list"}
)
WORD_PREFIX = "#"


@dataclass(frozen=True)
class Segment:
    """Where one node's text sits inside a unit's compared text."""

    key: str
    start: int
    length: int


@dataclass
class Unit:
    """One matchable node: its identity and the text it is compared by."""

    doc: str
    key: str
    kind: str
    number: str | None
    title: str | None
    citation: str
    text: str
    tier: str  # "block" (measure, item, article, paragraph…) or "heading" (chapter…)
    segments: list[Segment] = field(default_factory=list)
    ordinal: int = 0
    own_text: str = ""  # the node's own text (a heading's title, not its content)

    def locate(self, offset: int) -> tuple[str, int]:
        """(node key, offset in that node's text) of an offset in the compared text."""
        for seg in self.segments:
            if seg.start <= offset < seg.start + seg.length:
                return seg.key, offset - seg.start
        return self.key, offset


def matching_text(text: str) -> str:
    """A node's text as matching reads it: without the 牵头单位 tail."""
    return _DUTY_TAIL.sub("", text)


def _subtree(node: Node) -> list[Node]:
    # A node's own text is the concatenation of its sentences, so sentences are skipped.
    return [n for n in node.walk() if n.kind != "sentence"]


def units_of(doc: Document) -> list[Unit]:
    """Every matchable node of a document: text blocks, and headings read with their content."""
    out: list[Unit] = []
    for ordinal, (node, _parents) in enumerate(iter_with_parents(doc.nodes)):
        if node.kind == "sentence":
            continue
        heading = node.kind in HEADING_KINDS or (node.heading_only and node.children)
        parts = _subtree(node) if heading else [node]
        segments: list[Segment] = []
        pieces: list[str] = []
        at = 0
        for part in parts:
            # A newline between parts keeps n-grams and shared runs inside one node.
            segments.append(Segment(part.key, at, len(part.text)))
            pieces.append(part.text)
            at += len(part.text) + 1
        text = "\n".join(pieces)
        if not text.strip():
            continue
        out.append(
            Unit(
                doc=doc.id,
                key=node.key,
                kind=node.kind,
                number=node.number,
                title=node.title,
                citation=node.citation,
                text=text,
                tier="heading" if heading else "block",
                segments=segments,
                ordinal=ordinal,
                own_text=node.text,
            )
        )
    return out


def _words(folded: str) -> list[str]:
    import rjieba  # a Rust segmenter; loaded when matching first runs

    return rjieba.cut(folded)


def raw_features(text: str) -> Counter[str]:
    """Counts of character bigrams and of words (two characters or more).

    No trigrams: they halved nothing but speed. Every unit had twice the features (index,
    weights, each comparison); with bigrams and words alone the gold alignments give the same
    answers (bench/relations.py) and `align` of two 50,000-character documents takes about
    60 % of the time. Evidence is still phrases of three characters or more (evidence.py)."""
    folded = fold(matching_text(text))
    runs = [r for r in _RUN.findall(folded) if len(r) >= 2]
    counts: Counter[str] = Counter()
    for run in runs:
        # map over shifted copies: bigrams built in C, not one Python step per character
        counts.update(map(str.__add__, run, run[1:]))
    if runs:
        # One segmenter call for the whole unit (runs kept apart by spaces).
        words = _words(" ".join(runs))
        counts.update(WORD_PREFIX + w for w in words if len(w) >= 2 and not w.isspace())
    return counts


def idf(df: int, total: int) -> float:
    """Rarity of a feature found in `df` of `total` units (never zero, never negative)."""
    return math.log(1.0 + (total + 1) / (df + 0.5))


class _Damp(dict):
    """Damped term frequency by count, 1 + ln(count), worked out once per count."""

    def __missing__(self, count: int) -> float:
        value = self[count] = 1.0 + math.log(count) if count > 0 else 0.0
        return value


_DAMP = _Damp()


def weigh(counts: Counter[str], idfs: dict[str, float], default_idf: float) -> dict[str, float]:
    """Feature weights: damped term frequency times rarity."""
    # map and zip, not a comprehension: one C loop per unit (a library has many).
    keys = list(counts)
    damped = map(_DAMP.__getitem__, counts.values())
    return dict(zip(keys, map(mul, damped, map(idfs.get, keys, repeat(default_idf))), strict=True))


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector off while a large structure without cycles is built.

    Every unit adds dicts and sets that survive; the collector would walk every object of
    the process again each time enough of them have piled up (a third of an index build
    when the process already holds another index). Freed by reference counting as ever."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def document_frequencies(feature_sets: Iterable[Iterable[str]]) -> Counter[str]:
    """In how many units each feature occurs."""
    df: Counter[str] = Counter()
    for features in feature_sets:
        df.update(set(features))
    return df
