"""Clause matching: for a node, the nodes of other documents that say what it says.

Pure Python. Every unit (measure, item, article, paragraph; a heading with its content) is
a bag of character bigrams and rjieba words, each weighted by how rare it is
in the library (so 共同富裕, found in most clauses, counts for little and 共有产权住房 for
much). A candidate's score is an F-measure of two weighted shares of the shared features:
how much of the source the candidate says too (recall, weighted more) and how much of the
candidate is about the source (precision, which keeps a whole chapter from beating the
measure inside it). 1.0 is the same text; a score under `MIN_SCORE`, or a match without one
shared phrase of `MIN_RUN` characters, is no counterpart at all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain

from hzreader.core.evidence import Evidence, PhraseFinder, text_grams
from hzreader.core.model import Document
from hzreader.core.ranking import Indexed, Ranking, Tier
from hzreader.core.textfeatures import (
    Unit,
    document_frequencies,
    idf,
    paused_gc,
    raw_features,
    units_of,
    weigh,
)

MIN_SCORE = 0.15  # between the gold's weakest right match (0.20) and best non-counterpart (0.11)
DEFAULT_LIMIT = 5
GRAMS_KEPT = 2048  # units whose evidence n-grams are kept between rankings


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


class _Rarity(dict):
    """Rarity of a phrase's bigram as evidence, counted without `own` units (memoised)."""

    def __init__(self, dfs: list[dict[str, int]], total: int, own: int) -> None:
        super().__init__()
        self._dfs, self._n, self._own = dfs, total, own

    def __missing__(self, feature: str) -> float:
        # Summed over the documents compared when asked (no merged table to build per pair).
        df = sum(d.get(feature, 0) for d in self._dfs)
        r = self[feature] = idf(max(0, df - self._own), self._n)
        return r


class MatchIndex:
    """The library's units with their weighted features, and an inverted index per document."""

    def __init__(self, documents: Iterable[Document] = ()) -> None:
        self._docs: dict[str, list[Indexed]] = {}
        self._by_key: dict[tuple[str, str], Indexed] = {}
        self._postings: dict[tuple[str, str], Tier] = {}
        self._idf: dict[str, float] = {}
        self._df: dict[str, int] = {}
        self._evidence_rarity: dict[tuple[str, str, int], _Rarity] = {}
        self._doc_df: dict[str, Counter[str]] = {}  # per document, over its blocks
        self._doc_blocks: dict[str, int] = {}
        self._grams: dict[int, tuple[Indexed, frozenset[str]]] = {}
        self._total = 0
        self._default_idf = 1.0
        self._stale = True
        for doc in documents:
            self.add(doc)

    # Building ---------------------------------------------------------------------------------

    def add(self, doc: Document, features: dict[str, dict[str, int]] | None = None) -> None:
        """Add (or replace) a document; `features` may give each unit's counts by key."""
        with paused_gc():
            self._add(doc, features)

    def _add(self, doc: Document, features: dict[str, dict[str, int]] | None) -> None:
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
                # or word crosses: its counts are the sum of theirs (summed in C: elements()).
                parts = [
                    counted(seg.key, unit.text[seg.start : seg.start + seg.length])
                    for seg in unit.segments
                ]
                counts = Counter(parts[0]) if parts else Counter()
                counts.update(chain.from_iterable(map(Counter.elements, parts[1:])))
            entries.append(Indexed(unit, counts))
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
        with paused_gc():
            self._reweigh()

    def _reweigh(self) -> None:
        # Rarity is counted over text blocks only: a heading unit repeats its blocks' text.
        df: Counter[str] = Counter()
        self._doc_df, self._doc_blocks = {}, {}
        for doc_id, entries in self._docs.items():
            blocks = [e.counts for e in entries if e.unit.tier == "block"]
            self._doc_df[doc_id] = document_frequencies(blocks)
            self._doc_blocks[doc_id] = len(blocks)
            df.update(self._doc_df[doc_id])
        total = sum(self._doc_blocks.values())
        self._df, self._total = df, total
        self._evidence_rarity = {}
        self._idf = {f: idf(n, total) for f, n in df.items()}
        self._default_idf = idf(0, total)
        self._postings = {}
        for entries in self._docs.values():
            for e in entries:
                e.weighed = False  # weighed again, lazily, with the new rarities
        for doc_id, entries in self._docs.items():
            # Blocks and headings apart: a block is only ever matched to blocks, so its
            # ranking never walks the (long) postings of chapters.
            for tier in ("block", "heading"):
                tiered = [x for x in entries if x.unit.tier == tier]
                self._postings[(doc_id, tier)] = Tier(tiered, tier == "heading", self._weigh)
        self._stale = False

    def _weigh(self, e: Indexed) -> None:
        """Give a unit its weights under the library's rarities (once per refresh)."""
        if not e.weighed:
            e.weights = weigh(e.counts, self._idf, self._default_idf)
            e.total = sum(e.weights.values())
            e.features = frozenset(e.weights)
            e.weighed = True

    def _grams_of(self, e: Indexed) -> frozenset[str]:
        """A unit's n-grams for evidence, kept for the next source it is compared with."""
        found = self._grams.get(id(e))
        if found is None:
            if len(self._grams) >= GRAMS_KEPT:
                self._grams.clear()
            found = self._grams[id(e)] = (e, text_grams(e.unit.text))  # e keeps its id
        return found[1]

    def _pair_rarity(self, source_doc: str, target_doc: str, own: int) -> _Rarity:
        """Rarity as evidence, counted over the two documents compared."""
        key = (source_doc, target_doc, own)
        found = self._evidence_rarity.get(key)
        if found is None:
            docs = sorted({source_doc, target_doc} & self._doc_df.keys())
            dfs = [self._doc_df[d] for d in docs]
            total = sum(self._doc_blocks[d] for d in docs)
            found = self._evidence_rarity[key] = _Rarity(dfs, total, own)
        return found

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

    def source_for(self, doc_id: str, key: str, text: str | None = None) -> Indexed:
        """The indexed unit of a node, or an ad-hoc one for a sentence's `text`."""
        found = self._by_key.get((doc_id, key))
        if found is not None and text is None:
            return found
        if text is None:
            raise KeyError(key)
        unit = Unit(doc_id, key, "sentence", None, None, "", text, "block")
        return Indexed(unit, raw_features(text))

    def rank(
        self,
        source: Indexed,
        target_doc: str,
        *,
        limit: int = DEFAULT_LIMIT,
        min_score: float = MIN_SCORE,
    ) -> list[Match]:
        """The best units of `target_doc` for `source`, best first, weak ones left out."""
        self._refresh()
        self._weigh(source)
        weights = source.weights
        tiers = ("block", "heading") if source.unit.tier == "heading" else ("block",)
        found = [self._postings.get((target_doc, t)) for t in tiers]
        # A phrase's rarity as evidence is counted in the two documents compared, leaving
        # out the two clauses themselves: how often it occurs elsewhere in them is what makes
        # it telling. (Across a whole library of unrelated texts, 建设共同富裕示范区 would be
        # rare; between the brief and the plan it is a stock phrase.)
        own = 2 if self._by_key.get((source.unit.doc, source.unit.key)) is source else 1
        rarity = self._pair_rarity(source.unit.doc, target_doc, own).__getitem__
        finder = PhraseFinder(source.unit, rarity)
        ranking = Ranking(
            weights,
            source.features or frozenset(weights),
            [t for t in found if t is not None],
            min_score,
            lambda e: finder.shared_with(e.unit, grams=self._grams_of(e)),
        )
        return [Match(e.unit, min(score, 1.0), proof) for score, e, proof in ranking.best(limit)]

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
