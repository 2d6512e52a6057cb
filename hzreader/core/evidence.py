"""The evidence behind a match: the longest runs of text two units share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hzreader.core.normalize import fold
from hzreader.core.textfeatures import Unit

MIN_RUN = 3  # characters: a shared phrase, never a shared character or a two-character word
MIN_INFO = 5.0  # summed rarity of a phrase's bigrams
# Mean rarity of a phrase's bigrams (leaving out the two clauses compared): 2.5 means they
# occur, on average, in about one clause in eleven or fewer. A stock phrase (建设共同富裕示范区)
# is no evidence. Chosen on the gold alignments: 2.3–2.8 all give the same answers there.
MIN_MEAN = 2.5
MAX_EVIDENCE = 6


def _content(ch: str) -> bool:
    return ch.isalnum()


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


def shared_runs(a: str, b: str, min_run: int = MIN_RUN) -> list[tuple[int, str]]:
    """(offset in a, run) of the maximal runs of `a` found in `b`, left to right."""
    if len(a) < min_run or len(b) < min_run:
        return []
    grams = {b[j : j + min_run] for j in range(len(b) - min_run + 1)}
    out: list[tuple[int, str]] = []
    i, n = 0, len(a)
    while i <= n - min_run:
        if not _content(a[i]) or a[i : i + min_run] not in grams:
            i += 1
            continue
        end = i + min_run
        while end < n and a[end] != "\n" and a[i : end + 1] in b:
            end += 1
        start, stop = i, end
        while start < stop and not _content(a[start]):
            start += 1
        while stop > start and not _content(a[stop - 1]):
            stop -= 1
        if stop - start >= min_run:
            out.append((start, a[start:stop]))
        i = end
    return out


def phrase_weight(phrase: str, rarity: Callable[[str], float]) -> tuple[float, int]:
    """Summed rarity of a phrase's character bigrams, and how many there are."""
    folded = "".join(ch for ch in fold(phrase) if _content(ch))
    n = max(0, len(folded) - 1)
    return sum(rarity(folded[i : i + 2]) for i in range(n)), n


def shared_phrases(
    source: Unit, target: Unit, rarity: Callable[[str], float], limit: int = MAX_EVIDENCE
) -> list[Evidence]:
    """The telling phrases two units share, most telling first."""
    seen: set[str] = set()
    found: list[Evidence] = []
    for offset, run in shared_runs(source.text, target.text):
        if run in seen:
            continue
        seen.add(run)
        weight, bigrams = phrase_weight(run, rarity)
        if weight < MIN_INFO or weight < MIN_MEAN * bigrams:
            continue
        s_key, s_at = source.locate(offset)
        t_key, t_at = target.locate(target.text.find(run))
        found.append(Evidence(run, s_key, s_at, t_key, t_at, weight))
    found.sort(key=lambda e: e.weight, reverse=True)
    return found[:limit]
