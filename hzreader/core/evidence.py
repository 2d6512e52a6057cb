"""The evidence behind a match: the longest runs of text two units share."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from itertools import accumulate

from hzreader.core.normalize import fold
from hzreader.core.textfeatures import Unit

MIN_RUN = 3  # characters: a shared phrase, never a shared character or a two-character word
MIN_INFO = 5.0  # summed rarity of a phrase's bigrams
# Mean rarity of a phrase's bigrams in the two documents compared (leaving out the two
# clauses themselves): 2.5 means they occur, on average, in about one clause in eleven or
# fewer. A stock phrase (建设共同富裕示范区) is no evidence. Chosen on the gold alignments:
# 2.3–2.8 all give the same answers there.
MIN_MEAN = 2.5
MAX_EVIDENCE = 6
_NFKC = partial(unicodedata.normalize, "NFKC")  # `fold`, one character at a time, in C


def _content(ch: str) -> bool:
    return ch.isalnum()


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


@dataclass(frozen=True)
class Evidence:
    """A phrase both units contain, where it sits in each (node key and offset)."""

    phrase: str
    source_key: str
    source_start: int
    target_key: str
    target_start: int
    weight: float

    def to_json(self) -> dict:
        """The phrase with its span in the source node and in the related node."""
        n = len(self.phrase)
        return {
            "phrase": self.phrase,
            "source": {
                "key": self.source_key,
                "start": self.source_start,
                "end": self.source_start + n,
            },
            "target": {
                "key": self.target_key,
                "start": self.target_start,
                "end": self.target_start + n,
            },
        }


def _grams(text: str, k: int) -> list[str]:
    """Every k-character slice of `text`, in order."""
    return [text[j : j + k] for j in range(len(text) - k + 1)]


def text_grams(text: str) -> frozenset[str]:
    """The n-grams a run of evidence is looked up by, of one unit's text."""
    return frozenset(_grams(text, MIN_RUN))


def _runs(a: str, hits: list[bool], b: str, min_run: int) -> list[tuple[int, str]]:
    """The maximal runs of `a` in `b`, given which n-grams of `a` occur in `b` at all."""
    n = len(a)
    out: list[tuple[int, str]] = []
    i = 0
    while True:
        try:
            i = hits.index(True, i)
        except ValueError:
            break
        if not _content(a[i]):
            i += 1
            continue
        # A run from i cannot take in the first n-gram after it that b lacks: it ends
        # before that n-gram's last character (and at a newline).
        try:
            cap = hits.index(False, i) + min_run - 1
        except ValueError:
            cap = n
        newline = a.find("\n", i + min_run, cap)
        if newline >= 0:
            cap = newline
        if a[i:cap] in b:
            end = cap
        else:
            # The longest prefix of a[i:cap] in b (prefixes of a substring are substrings).
            lo, hi = i + min_run, cap
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if a[i:mid] in b:
                    lo = mid
                else:
                    hi = mid
            end = lo
        start, stop = i, end
        while start < stop and not _content(a[start]):
            start += 1
        while stop > start and not _content(a[stop - 1]):
            stop -= 1
        if stop - start >= min_run:
            out.append((start, a[start:stop]))
        i = end
    return out


def shared_runs(a: str, b: str, min_run: int = MIN_RUN) -> list[tuple[int, str]]:
    """(offset in a, run) of the maximal runs of `a` found in `b`, left to right."""
    if len(a) < min_run or len(b) < min_run:
        return []
    grams = set(_grams(b, min_run))
    return _runs(a, list(map(grams.__contains__, _grams(a, min_run))), b, min_run)


def phrase_weight(phrase: str, rarity: Callable[[str], float]) -> tuple[float, int]:
    """Summed rarity of a phrase's character bigrams, and how many there are."""
    folded = "".join(filter(str.isalnum, fold(phrase)))
    bigrams = list(map(str.__add__, folded, folded[1:]))
    return sum(map(rarity, bigrams)), len(bigrams)


class PhraseFinder:
    """The telling phrases one source unit shares with others; its n-grams and the rarity
    of its bigrams are worked out once, for every unit it is compared with."""

    def __init__(self, source: Unit, rarity: Callable[[str], float]) -> None:
        self.source = source
        self.rarity = rarity
        self._grams: list[str] | None = None  # worked out on the first comparison
        self._bigrams: list[str] | None = None  # of the folded text's content characters
        self._before: list[int] = []  # content characters before each offset

    def _prepare(self) -> list[str]:
        text = self.source.text
        self._grams = _grams(text, MIN_RUN)
        folded = fold(text)
        # A phrase's bigrams are a slice of the whole text's when folding keeps every
        # character in its place: the same length, and no character that folds to more or
        # fewer than one (CJK ideographs and ASCII never do; ligatures and some marks do).
        if len(folded) == len(text) and all(
            len(_NFKC(ch).lower()) == 1 for ch in set(text) if ch >= "\x80" and not _cjk(ch)
        ):
            chars = list(filter(str.isalnum, folded))
            self._before = [0, *accumulate(map(str.isalnum, folded))]
            self._bigrams = list(map(str.__add__, chars, chars[1:]))
        return self._grams

    def _weight(self, start: int, run: str) -> tuple[float, int]:
        if self._bigrams is None:
            return phrase_weight(run, self.rarity)
        first, stop = self._before[start], self._before[start + len(run)]
        bigrams = max(0, stop - first - 1)
        return sum(map(self.rarity, self._bigrams[first : first + bigrams])), bigrams

    def shared_with(
        self, target: Unit, limit: int = MAX_EVIDENCE, grams: frozenset[str] | None = None
    ) -> list[Evidence]:
        """The telling phrases the source shares with `target`, most telling first
        (`grams`: the target's n-grams, when the caller keeps them)."""
        a, b = self.source.text, target.text
        if len(a) < MIN_RUN or len(b) < MIN_RUN:
            return []
        own = self._grams if self._grams is not None else self._prepare()
        if grams is None:
            grams = text_grams(b)
        seen: set[str] = set()
        found: list[Evidence] = []
        for offset, run in _runs(a, list(map(grams.__contains__, own)), b, MIN_RUN):
            if run in seen:
                continue
            seen.add(run)
            weight, bigrams = self._weight(offset, run)
            if weight < MIN_INFO or weight < MIN_MEAN * bigrams:
                continue
            s_key, s_at = self.source.locate(offset)
            t_key, t_at = target.locate(b.find(run))
            found.append(Evidence(run, s_key, s_at, t_key, t_at, weight))
        found.sort(key=lambda e: e.weight, reverse=True)
        return found[:limit]


def shared_phrases(
    source: Unit, target: Unit, rarity: Callable[[str], float], limit: int = MAX_EVIDENCE
) -> list[Evidence]:
    """The telling phrases two units share, most telling first."""
    return PhraseFinder(source, rarity).shared_with(target, limit)
