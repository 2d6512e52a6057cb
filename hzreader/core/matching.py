"""Clause matching: for a node, the nodes of other documents that say what it says.

Pure Python. Every unit (measure, item, article, paragraph; a heading with its content) is
a bag of character bigrams and trigrams and rjieba words, each weighted by how rare it is
in the library (so 共同富裕, found in most clauses, counts for little and 共有产权住房 for
much). A candidate's score is an F-measure of two weighted shares of the shared features:
how much of the source the candidate says too (recall, weighted more) and how much of the
candidate is about the source (precision, which keeps a whole chapter from beating the
measure inside it). 1.0 is the same text; a score under `MIN_SCORE`, or a match without one
shared phrase of `MIN_RUN` characters, is no counterpart at all.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from hzreader.core.evidence import Evidence, shared_phrases
from hzreader.core.model import Document
from hzreader.core.textfeatures import (
    Unit,
    document_frequencies,
    idf,
    raw_features,
    units_of,
    weigh,
)

MIN_SCORE = 0.12
BETA = 2.0  # recall counts BETA² times as much as precision
# Precision is judged against at most CAP times the source's own weight: a short paragraph
# is not made weak by the length of the measure it restates, yet of a measure and the
# chapter around it the tighter one still wins.
CAP = 3.0
DEFAULT_LIMIT = 5


@dataclass
class Match:
    """A related node of another document, its score and the phrases they share."""

    unit: Unit
    score: float
    evidence: list[Evidence] = field(default_factory=list)

    def to_json(self) -> dict:
        """The RELATED shape of CLI.md, plus where each phrase sits in both nodes."""
        u = self.unit
        return {
            "doc": u.doc,
            "key": u.key,
            "kind": u.kind,
            "title": u.title,
            "citation": u.citation,
            "score": round(self.score, 4),
            "evidence": [e.phrase for e in self.evidence],
            "spans": [e.to_json() for e in self.evidence],
        }


@dataclass
class _Indexed:
    unit: Unit
    counts: dict[str, int]
    weights: dict[str, float] = field(default_factory=dict)
    total: float = 0.0
    slot: int = 0


def f_score(recall: float, precision: float, beta: float | None = None) -> float:
    """The weighted harmonic mean of recall and precision (0 when either is 0)."""
    if recall <= 0 or precision <= 0:
        return 0.0
    b2 = (BETA if beta is None else beta) ** 2
    return (1 + b2) * precision * recall / (b2 * precision + recall)


class MatchIndex:
    """The library's units with their weighted features, and an inverted index per document."""

    def __init__(self, documents: Iterable[Document] = ()) -> None:
        self._docs: dict[str, list[_Indexed]] = {}
        self._by_key: dict[tuple[str, str], _Indexed] = {}
        self._postings: dict[tuple[str, str], tuple[dict, list[_Indexed]]] = {}
        self._idf: dict[str, float] = {}
        self._df: dict[str, int] = {}
        self._total = 0
        self._default_idf = 1.0
        self._stale = True
        for doc in documents:
            self.add(doc)

    # Building ---------------------------------------------------------------------------------

    def add(self, doc: Document, features: dict[str, dict[str, int]] | None = None) -> None:
        """Add (or replace) a document; `features` may give each unit's counts by key."""
        units = units_of(doc)
        own: dict[str, Counter[str]] = {}  # each node's own text, counted once

        def counted(key: str, text: str) -> Counter[str]:
            if key not in own:
                own[key] = raw_features(text)
            return own[key]

        entries = []
        for unit in units:
            counts = features.get(unit.key) if features else None
            if counts is None:
                # A heading's content is its nodes' texts joined by newlines, which no n-gram
                # or word crosses: its counts are the sum of theirs.
                counts = Counter()
                for seg in unit.segments:
                    counts.update(counted(seg.key, unit.text[seg.start : seg.start + seg.length]))
            entries.append(_Indexed(unit, counts))
        self.remove(doc.id)
        self._docs[doc.id] = entries
        for e in entries:
            self._by_key[(doc.id, e.unit.key)] = e
        self._stale = True

    def remove(self, doc_id: str) -> None:
        """Forget a document."""
        for e in self._docs.pop(doc_id, []):
            self._by_key.pop((doc_id, e.unit.key), None)
        self._postings = {k: v for k, v in self._postings.items() if k[0] != doc_id}
        self._stale = True

    def doc_ids(self) -> list[str]:
        """The documents in the index."""
        return list(self._docs)

    def counts_of(self, doc_id: str) -> dict[str, dict[str, int]]:
        """Each unit's raw feature counts, to cache them between indexes."""
        return {e.unit.key: e.counts for e in self._docs.get(doc_id, [])}

    def _refresh(self) -> None:
        if not self._stale:
            return
        # Rarity is counted over text blocks only: a heading unit repeats its blocks' text.
        blocks = [e for entries in self._docs.values() for e in entries if e.unit.tier == "block"]
        df = document_frequencies(e.counts for e in blocks)
        total = len(blocks)
        self._df, self._total = df, total
        self._idf = {f: idf(n, total) for f, n in df.items()}
        self._default_idf = idf(0, total)
        self._postings = {}
        for doc_id, entries in self._docs.items():
            # Blocks and headings apart: a block is only ever matched to blocks, so its
            # ranking never walks the (long) postings of chapters.
            for tier in ("block", "heading"):
                postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
                for n, e in enumerate(x for x in entries if x.unit.tier == tier):
                    e.weights = weigh(e.counts, self._idf, self._default_idf)
                    e.total = sum(e.weights.values())
                    e.slot = n
                    for f, w in e.weights.items():
                        postings[f].append((n, w))
                self._postings[(doc_id, tier)] = (
                    dict(postings),
                    [x for x in entries if x.unit.tier == tier],
                )
        self._stale = False

    def rarity(self, feature: str) -> float:
        """The idf of one feature in this library."""
        self._refresh()
        return self._idf.get(feature, self._default_idf)

    # Matching ---------------------------------------------------------------------------------

    def unit(self, doc_id: str, key: str) -> Unit | None:
        """The unit of a node (None for a sentence or an empty node)."""
        found = self._by_key.get((doc_id, key))
        return found.unit if found else None

    def units(self, doc_id: str) -> list[Unit]:
        """A document's units in reading order."""
        return [e.unit for e in self._docs.get(doc_id, [])]

    def source_for(self, doc_id: str, key: str, text: str | None = None) -> _Indexed:
        """The indexed unit of a node, or an ad-hoc one for a sentence's `text`."""
        found = self._by_key.get((doc_id, key))
        if found is not None and text is None:
            return found
        if text is None:
            raise KeyError(key)
        unit = Unit(doc_id, key, "sentence", None, None, "", text, "block")
        return _Indexed(unit, raw_features(text))

    def rank(
        self,
        source: _Indexed,
        target_doc: str,
        *,
        limit: int = DEFAULT_LIMIT,
        min_score: float = MIN_SCORE,
    ) -> list[Match]:
        """The best units of `target_doc` for `source`, best first, weak ones left out."""
        self._refresh()
        weights = source.weights or weigh(source.counts, self._idf, self._default_idf)
        total = sum(weights.values())
        if total <= 0:
            return []
        tiers = ("block", "heading") if source.unit.tier == "heading" else ("block",)
        scored: list[tuple[float, int, _Indexed]] = []
        for tier in tiers:
            postings, entries = self._postings.get((target_doc, tier), ({}, []))
            if not entries:
                continue
            shared_s = [0.0] * len(entries)
            shared_c = [0.0] * len(entries)
            for f, ws in weights.items():
                for n, wc in postings.get(f, ()):
                    shared_s[n] += ws
                    shared_c[n] += wc
            for n, s in enumerate(shared_s):
                if s <= 0:
                    continue
                e = entries[n]
                # A heading's unit is its whole content: judged by all of it, so a chapter
                # never wins over the measure inside it merely by being long.
                room = e.total if tier == "heading" else min(e.total, CAP * total)
                score = f_score(s / total, min(1.0, shared_c[n] / room))
                if score >= min_score:
                    scored.append((score, -e.unit.ordinal, e))
        scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
        out: list[Match] = []
        # A phrase's rarity as evidence leaves out the two clauses compared: how often it
        # occurs elsewhere is what makes it telling (in a small library too).
        own = 2 if self._by_key.get((source.unit.doc, source.unit.key)) is source else 1
        df, n = self._df, self._total

        def rarity(feature: str) -> float:
            return idf(max(0, df.get(feature, 0) - own), n)

        for score, _, e in scored:
            evidence = shared_phrases(source.unit, e.unit, rarity)
            if not evidence:
                continue  # shared characters but not one shared phrase: no real counterpart
            out.append(Match(e.unit, min(score, 1.0), evidence))
            if limit and len(out) >= limit:
                break
        return out

    def related(
        self,
        doc_id: str,
        key: str,
        *,
        in_docs: Iterable[str] | None = None,
        limit: int = DEFAULT_LIMIT,
        text: str | None = None,
    ) -> list[Match]:
        """Units of other documents (or of `in_docs`) most related to a node, best first."""
        source = self.source_for(doc_id, key, text)
        targets = list(in_docs) if in_docs is not None else [d for d in self._docs if d != doc_id]
        found: list[Match] = []
        for target in targets:
            found.extend(self.rank(source, target, limit=limit))
        found.sort(key=lambda m: m.score, reverse=True)
        return found[:limit] if limit else found
