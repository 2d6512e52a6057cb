"""Runs a parsed query against a Whoosh reader: postings in, scored document numbers out.

Whoosh's generic matchers walk postings one call per document, which made a pure n-gram
index answer in ~100 ms. Here each posting list is read block by block into Python
containers and combined with set and dict operations; scores are BM25 computed from the
per-posting weights the writer stored (see schema.py), so no per-document lookups happen
until the final hits are read.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Set
from itertools import accumulate, repeat
from typing import Any

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher

from hzreader.search import analysis
from hzreader.search.query import And, Filter, Node, Not, Or, Term
from hzreader.search.schema import tf_weight

# A title that contains the query counts like this many extra occurrences in the text:
# a query taken from a measure's title finds that measure's sentences first.
TITLE_BOOST = 2.0
# Whole words (rjieba) above fragments: 人才 in 人才专项 ranks above 人才 in 个人才能.
WORD_BOOST = 0.6
# The longest word the query's maximum-match cut tries (rjieba's words are rarely longer).
_MAX_WORD = 6
# How many of a query's title grams or words a bonus checks (the rarest ones).
_BONUS_TERMS = 3
# Check candidates directly once reading another posting list would cost more.
_VERIFY_RATIO = 4

Scores = dict[int, float]
Within = Set[int] | None


def _matcher_postings(m: Any, base: int) -> tuple[list[int], list[float]]:
    """All (docnum + base, weight) of one segment's posting list."""
    if isinstance(m, FilterMatcher):
        m = m.child  # deletions are removed once, from the final result
    ids: list[int] = []
    weights: list[float] = []
    if isinstance(m, W3LeafMatcher) and hasattr(m, "_read_data"):
        # Block by block: one unpickle per block instead of three calls per posting.
        while m.is_active():
            m._read_data()
            raw_ids, raw_weights = m._data[0], m._data[1]
            block = list(accumulate(raw_ids))
            ids.extend([i + base for i in block] if base else block)
            if raw_weights is None:
                weights.extend(repeat(1.0, len(block)))
            elif isinstance(raw_weights, float):
                weights.extend(repeat(raw_weights, len(block)))
            else:
                weights.extend(raw_weights)
            if m._lastblock:
                break
            m._next_block()
        return ids, weights
    while m.is_active():  # pragma: no cover - other codecs or inlined postings
        ids.append(m.id() + base)
        weights.append(m.weight())
        m.next()
    return ids, weights


class Executor:
    """Evaluates query trees over one searcher's reader (cheap to create per search)."""

    def __init__(self, reader: Any) -> None:
        self.reader = reader
        self.leaves: list[tuple[Any, int]] = list(reader.leaf_readers())
        self.bases = [base for _, base in self.leaves]
        self.doc_count = reader.doc_count()
        self.doc_count_all = reader.doc_count_all()
        self.deleted: set[int] = set()
        for seg, base in self.leaves:
            if seg.has_deletions():
                live = set(seg.all_doc_ids())
                self.deleted.update(base + d for d in range(seg.doc_count_all()) if d not in live)
        self._columns: dict[str, list[Any]] = {}
        self._texts: list[tuple[int, bytes, Any, Any]] | None = None
        self._cache: dict[tuple[str, str, bool], Any] = {}

    # -- postings --------------------------------------------------------------------

    def _read(self, field: str, term: str, with_weights: bool) -> Any:
        key = (field, term, with_weights)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        tbytes = term.encode("utf-8")
        out: Any = {} if with_weights else set()
        for seg, base in self.leaves:
            if (field, tbytes) not in seg:
                continue
            ids, weights = _matcher_postings(seg.postings(field, tbytes), base)
            if with_weights:
                out.update(zip(ids, weights, strict=True))
            else:
                out.update(ids)
        self._cache[key] = out
        return out

    def postings(self, field: str, term: str) -> Scores:
        """docnum -> stored weight of a term (empty when absent)."""
        return self._read(field, term, True)

    def holders(self, field: str, term: str) -> set[int]:
        """The docnums that hold a term (empty when absent)."""
        return self._read(field, term, False)

    def doc_frequency(self, field: str, term: str) -> int:
        """How many documents hold a term (deleted ones included: only an estimate)."""
        tbytes = term.encode("utf-8")
        return sum(
            seg.doc_frequency(field, tbytes) for seg, _ in self.leaves if (field, tbytes) in seg
        )

    def column(self, name: str, docnum: int) -> bytes:
        """A raw column value of a document."""
        readers = self._columns.get(name)
        if readers is None:
            readers = self._columns[name] = [
                seg.column_reader(name, translate=False) for seg, _ in self.leaves
            ]
        i = bisect_right(self.bases, docnum) - 1
        return readers[i][docnum - self.bases[i]]

    def texts(self) -> list[tuple[int, bytes, Any, Any]]:
        """Per segment: (docnum base, column data, offsets, lengths) of the folded text."""
        if self._texts is None:
            self._texts = [
                (base, *_column_arrays(seg.column_reader("vtext", translate=False)))
                for seg, base in self.leaves
            ]
        return self._texts

    # -- evaluation ------------------------------------------------------------------

    def idf(self, df: int) -> float:
        """BM25's inverse document frequency."""
        n = max(self.doc_count, 1)
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    def run(self, node: Node | None) -> Scores:
        """docnum -> score of every live document the query matches."""
        if node is None:
            return {}
        # Postings are shared within one query only: a cache across queries would make
        # repeated benchmark queries look faster than a user's fresh ones.
        self._cache = {}
        result = self.eval(node)
        for d in self.deleted.intersection(result):
            del result[d]
        return result

    def universe(self) -> Scores:
        """Every document, scored zero (for a query that only excludes)."""
        return dict.fromkeys(range(self.doc_count_all), 0.0)

    def estimate(self, node: Node) -> int:
        """A cheap upper bound of how many documents a node matches (to order an AND)."""
        if isinstance(node, Term):
            needle = analysis.fold(node.text)
            grams = _cover(needle.split()) or [needle]
            return min(self.doc_frequency("g", g) for g in grams)
        if isinstance(node, Filter):
            return self.doc_frequency(node.name, self._filter_value(node))
        if isinstance(node, Or):
            return sum(self.estimate(c) for c in node.children)
        if isinstance(node, And):
            sizes = [self.estimate(c) for c in node.children if not isinstance(c, Not)]
            return min(sizes, default=self.doc_count_all)
        return self.doc_count_all

    def eval(self, node: Node, within: Within = None) -> Scores:
        """Scores of the documents one node matches (only among `within`, when given)."""
        if isinstance(node, Term):
            return self.term(node.text, within)
        if isinstance(node, Filter):
            return _restrict(
                dict.fromkeys(self.holders(node.name, self._filter_value(node)), 0.0), within
            )
        if isinstance(node, Or):
            out: Scores = {}
            for child in node.children:
                for d, s in self.eval(child, within).items():
                    out[d] = out.get(d, 0.0) + s
            return out
        if isinstance(node, And):
            return self._and(node.children, within)
        if isinstance(node, Not):
            return self._and((node,), within)
        raise TypeError(node)  # pragma: no cover

    def _and(self, children: tuple[Node, ...], within: Within) -> Scores:
        # The rarest part first; each later part is evaluated only among the documents
        # still in the running. Exclusions subtract; only exclusions alone start from
        # every document.
        positive = sorted((c for c in children if not isinstance(c, Not)), key=self.estimate)
        negative = [c.child for c in children if isinstance(c, Not)]
        first = positive[0] if positive else None
        out = self.eval(first, within) if first else _restrict(self.universe(), within)
        for child in positive[1:]:
            if not out:
                return out
            other = self.eval(child, out.keys())
            out = {d: s + other[d] for d, s in out.items() if d in other}
        for child in negative:
            if not out:
                return out
            for d in self.eval(child, out.keys()).keys() & out.keys():
                del out[d]
        return out

    def _filter_value(self, node: Filter) -> str:
        return node.value if node.name in ("doc", "kind") else analysis.fold(node.value)

    def term(self, raw: str, within: Within = None) -> Scores:
        """Documents that contain the literal, scored BM25 plus title and word bonuses."""
        needle = analysis.fold(raw)
        parts = needle.split()
        if not parts:
            return {}
        if len(parts) == 1 and len(needle) <= 2:
            weights = self.postings("g", needle)
            df = len(weights)
            weights = _restrict(weights, within)
        else:
            candidates = self._candidates(parts)
            # df from the candidates (all their grams present): the same with or without
            # `within`, so a term scores alike alone and inside an AND.
            df = len(candidates)
            if within is not None:
                candidates = {d for d in candidates if d in within}
            weights = self._verify(candidates, needle, parts)
        if not weights:
            return {}
        idf = self.idf(df)
        title = self._holding_all("t", _cover(parts)) or ()
        word = self._holding_all("w", self.query_words(parts)) or ()
        if not title and not word:
            return {d: idf * w for d, w in weights.items()}
        tb, wb = TITLE_BOOST, WORD_BOOST
        # One pass with both membership tests: a second pass per bonus cost twice as much.
        return {
            d: idf * (w + (tb if d in title else 0.0) + (wb if d in word else 0.0))
            for d, w in weights.items()
        }

    def query_words(self, parts: list[str]) -> list[str]:
        """The query cut into the index's own words, longest first (forward maximum match).

        The word field's vocabulary came from rjieba, so matching against it finds the
        words rjieba made without loading rjieba (150 ms) on the query path.
        """
        out: list[str] = []
        for part in parts:
            i = 0
            while i < len(part):
                j = min(len(part), i + _MAX_WORD)
                while j > i + 1 and not self.has_term("w", part[i:j]):
                    j -= 1
                out.append(part[i:j])
                i = j
        return list(dict.fromkeys(out))

    def has_term(self, field: str, term: str) -> bool:
        """True when some segment holds the term."""
        key = (field, term.encode("utf-8"))
        return any(key in seg for seg, _ in self.leaves)

    def _holding_all(self, field: str, terms: list[str]) -> set[int] | None:
        """Documents that hold every one of the terms in a field (rarest read first)."""
        freqs = {t: self.doc_frequency(field, t) for t in terms}
        if not freqs or not all(freqs.values()):
            return None
        out: set[int] | None = None
        # The rarest few decide: a bonus is a ranking hint, not worth reading every list.
        for term in sorted(freqs, key=freqs.__getitem__)[:_BONUS_TERMS]:
            found = self.holders(field, term)
            out = set(found) if out is None else out & found
            if not out:
                return None
        return out

    def _candidates(self, parts: list[str]) -> set[int]:
        """Documents that hold a cover of the needle's bigrams (a superset of the matches)."""
        grams = _cover(parts)
        freqs = {g: self.doc_frequency("g", g) for g in grams}
        if not all(freqs.values()):
            return set()
        grams.sort(key=freqs.__getitem__)
        candidates: set[int] | None = None
        for gram in grams:
            if candidates is not None and len(candidates) * _VERIFY_RATIO < freqs[gram]:
                break
            found = self.holders("g", gram)
            candidates = set(found) if candidates is None else candidates & found
            if not candidates:
                return set()
        return candidates or set()

    def _verify(self, candidates: set[int], needle: str, parts: list[str]) -> Scores:
        """The candidates whose folded text holds the needle, with their BM25 weights."""
        out: Scores = {}
        ordered = sorted(candidates)
        texts = self.texts()
        for i, (base, data, offsets, lengths) in enumerate(texts):
            end = texts[i + 1][0] if i + 1 < len(texts) else self.doc_count_all
            local = [d - base for d in ordered if base <= d < end]
            # Slices of one in-memory copy of the column: no call per candidate.
            chunks = [data[offsets[d] : offsets[d] + lengths[d]] for d in local]
            if len(parts) == 1:
                tfs = list(map(bytes.count, chunks, repeat(needle.encode("utf-8"))))
            else:
                # A space typed inside quotes may be there or not: Chinese text rarely
                # has one, and "数字 经济" should find 数字经济.
                pattern = re.compile(r"\s*".join(re.escape(p) for p in parts).encode("utf-8"))
                tfs = [len(pattern.findall(c)) for c in chunks]
            for d, tf, chunk in zip(local, tfs, chunks, strict=True):
                if tf:
                    out[d + base] = tf_weight(tf, len(chunk))
        return out


def _column_arrays(reader: Any) -> tuple[bytes, Any, Any]:
    """(data, offsets, lengths) of a VarBytes column, the data read into memory once."""
    try:
        offsets, lengths = reader._offsets, reader._lengths
        size = offsets[-1] + lengths[-1] if len(lengths) else 0
        return reader._dbfile.get(reader._basepos, size), offsets, lengths
    except (AttributeError, IndexError, TypeError):  # pragma: no cover - another Whoosh
        values = list(reader)
        offsets, lengths, pos = [], [], 0
        for v in values:
            offsets.append(pos)
            lengths.append(len(v))
            pos += len(v)
        return b"".join(values), offsets, lengths


def _cover(parts: list[str]) -> list[str]:
    """Bigrams covering every character of the parts (a one-character part as itself)."""
    return list(dict.fromkeys(g for p in parts for g in (analysis.bigram_cover(p) or [p])))


def _restrict(scores: Scores, within: Within) -> Scores:
    """The scores of the documents in `within` (all of them when it is None)."""
    if within is None:
        return scores
    if len(within) < len(scores):
        return {d: scores[d] for d in within if d in scores}
    return {d: s for d, s in scores.items() if d in within}
