"""A document as one plain text, for annotations that point into it from outside.

A W3C TextPositionSelector counts characters of its source: here the document's plain text,
the text of every node that is not a sentence, in reading order, each followed by a newline
(a sentence's text is part of its parent's). A TextQuoteSelector (exact, prefix, suffix) is
found in that text and lands on the smallest node that holds the whole quote.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from hzreader.core.anchoring import Selector, locate, make_selector
from hzreader.core.model import Document


@dataclass(frozen=True)
class Place:
    """Where a node's own text sits in the document's text, and its parent block."""

    key: str
    start: int
    end: int
    depth: int  # sentences are one deeper than their block


@dataclass
class DocText:
    """A document's plain text and where each node's text lies in it."""

    text: str
    places: dict[str, Place]
    _order: list[Place]
    _starts: list[int]

    def position(self, key: str, offset: int) -> int | None:
        """The document offset of a character offset in a node's text (None if unplaced)."""
        place = self.places.get(key)
        if place is None:
            return None
        return place.start + max(0, min(offset, place.end - place.start))

    def smallest(self, start: int, end: int) -> Place | None:
        """The smallest node whose text holds all of [start, end)."""
        best: Place | None = None
        i = bisect_right(self._starts, start) - 1
        while i >= 0:
            place = self._order[i]
            if (
                place.start <= start
                and end <= place.end
                and (best is None or place.end - place.start < best.end - best.start)
            ):
                best = place
            if place.depth == 0 and place.end <= start:
                break  # blocks are disjoint: nothing further back can hold the span
            i -= 1
        return best


def document_text(doc: Document) -> DocText:
    """The plain text of a document with the place of every node's text in it."""
    parts: list[str] = []
    places: dict[str, Place] = {}
    at = 0
    for node in doc.walk():
        if node.kind == "sentence":
            continue
        places[node.key] = Place(node.key, at, at + len(node.text), 0)
        cursor = 0
        for child in node.children:
            if child.kind != "sentence":
                continue
            found = node.text.find(child.text, cursor)
            if found < 0:
                continue  # a sentence not in its parent's text keeps no position
            places[child.key] = Place(child.key, at + found, at + found + len(child.text), 1)
            cursor = found + len(child.text)
        parts.append(node.text)
        at += len(node.text) + 1
    order = sorted(places.values(), key=lambda p: (p.start, p.depth))
    text = "".join(f"{part}\n" for part in parts)
    return DocText(text, places, order, [p.start for p in order])


def find_quote(
    doc: Document,
    text: DocText,
    exact: str,
    prefix: str = "",
    suffix: str = "",
    start: int | None = None,
) -> tuple[str, Selector] | None:
    """The node and the selector inside it of a quote (its context and position decide
    between repeats), or None when the document does not hold it."""
    if not exact:
        return None
    hint = start if start is not None else 0
    hit = locate(Selector(exact, prefix, suffix, hint, hint + len(exact)), text.text)
    if hit is None:
        return None
    begin, end, _score = hit
    place = text.smallest(begin, end)
    if place is None:  # across two blocks: not one clause
        return None
    node = doc.find(place.key)
    if node is None:
        return None
    return place.key, make_selector(node.text, begin - place.start, end - place.start)
