"""Chinese text analysis for search: folding, character n-grams and words.

Pure Python; rjieba is imported when words are first counted (indexing), never at import
time and never on the query path (engine.py cuts queries by the index's own vocabulary).

Design (DESIGN.md "Search that works for Chinese"):
- `fold` maps full-width forms, ASCII case and a few look-alike marks to one form, one
  character for one character, so offsets in folded text are offsets in the original.
- The recall field holds every character (unigram) and every pair of adjacent characters
  (bigram) of each whitespace-separated run, punctuation, digits and Latin included. Any
  substring of one or two characters is then a single term; a longer one is found by
  intersecting a cover of its bigrams and checking the folded text (exact contiguity).
- The word field holds rjieba's words; it only adds to the score, so whole words rank above
  fragments without ever deciding what matches.
- Unlike `hzreader.core.normalize.fold` (full NFKC), this fold never changes the length of
  a text, so match offsets found in folded text are offsets in the text the reader shows.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable

# Marks that users type in more than one way; NFKC leaves these alone.
_EXPLICIT = {
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2012": "-",  # figure dash
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash (2021—2025)
    "\u2015": "-",  # horizontal bar
    "\u2212": "-",  # minus sign
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u30fb": "\u00b7",  # katakana middle dot, as in 数智杭州・宜居天堂
    "\u2022": "\u00b7",
}


class _FoldTable(dict):
    """A str.translate table that computes each character's folded form on first sight."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        out = _EXPLICIT.get(char, char)
        # Only the full-width/half-width block and the ideographic space: NFKC would also
        # turn ① into 1 or ㎡ into m2, which is not "the same character typed differently".
        if 0xFF01 <= code <= 0xFFEF or code == 0x3000:
            nfkc = unicodedata.normalize("NFKC", char)
            if len(nfkc) == 1:
                out = _EXPLICIT.get(nfkc, nfkc)
        lower = out.lower()
        if len(lower) == 1:
            out = lower
        self[code] = out
        return out


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Text in the form both index and queries use; same length as the input."""
    return text.translate(_TABLE)


def gram_counts(folded: str) -> Counter[str]:
    """Unigram and bigram counts of folded text: the terms of the recall field."""
    counts: Counter[str] = Counter()
    for run in folded.split():
        counts.update(run)
        if len(run) > 1:
            counts.update(map(str.__add__, run, run[1:]))
    return counts


def gram_set(folded: str) -> set[str]:
    """Unigrams and bigrams of folded text, without counts (title field)."""
    out: set[str] = set()
    for run in folded.split():
        out.update(run)
        if len(run) > 1:
            out.update(map(str.__add__, run, run[1:]))
    return out


def bigram_cover(needle: str) -> list[str]:
    """Bigrams of a folded run that together cover every character of it."""
    pairs = [needle[i : i + 2] for i in range(0, len(needle) - 1, 2)]
    if len(needle) % 2 == 1 and len(needle) > 1:
        pairs.append(needle[-2:])
    return pairs


def _cut(text: str) -> list[str]:
    import rjieba  # a Rust segmenter: loads in milliseconds, only when search needs it

    return rjieba.cut(text)


def word_counts(folded: str) -> Counter[str]:
    """Word counts of folded text: the terms of the ranking field."""
    if not folded:
        return Counter()
    counts = Counter(_cut(folded))
    for word in [w for w in counts if w.isspace()]:
        del counts[word]
    return counts


def join_parts(parts: Iterable[str]) -> str:
    """Join indexed parts (note text, tags) so no n-gram spans two of them."""
    return "\n".join(p for p in parts if p)
