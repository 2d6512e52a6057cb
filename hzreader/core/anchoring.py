"""Notes that stay attached: W3C TextQuote (quote + context) and TextPosition selectors."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from hzreader.core.model import Document

CONTEXT_CHARS = 32
WHOLE_NODE_SIMILARITY = 0.6


@dataclass(frozen=True)
class Selector:
    """Where a note sits: the quote, its context, and its offsets in the node's text."""

    quote: str
    prefix: str
    suffix: str
    start: int
    end: int


def make_selector(text: str, start: int, end: int) -> Selector:
    """The selector of text[start:end] inside a node's plain text."""
    return Selector(
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
        start=start,
        end=end,
    )


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def locate(sel: Selector, text: str) -> tuple[int, int, float] | None:
    """Best (start, end, score) of the quote in `text`, judged by context and position."""
    if not sel.quote:
        return None
    if text[sel.start : sel.end] == sel.quote and (
        text[max(0, sel.start - len(sel.prefix)) : sel.start] == sel.prefix
        and text[sel.end : sel.end + len(sel.suffix)] == sel.suffix
    ):
        return sel.start, sel.end, 3.0
    best: tuple[int, int, float] | None = None
    at = text.find(sel.quote)
    while at >= 0:
        end = at + len(sel.quote)
        before = text[max(0, at - len(sel.prefix)) : at]
        after = text[end : end + len(sel.suffix)]
        context = (_similarity(before, sel.prefix) + _similarity(after, sel.suffix)) / 2
        nearness = 1.0 / (1.0 + abs(at - sel.start) / 100)
        score = 1.0 + context + 0.1 * nearness
        if best is None or score > best[2]:
            best = (at, end, score)
        at = text.find(sel.quote, at + 1)
    return best


def reattach(sel: Selector, key: str, doc: Document) -> tuple[str, Selector] | None:
    """The node key and fresh selector for a note after the document changed, or None."""
    node = doc.find(key)
    if node is not None:
        hit = locate(sel, node.text)
        if hit is not None:
            return key, make_selector(node.text, hit[0], hit[1])
        # A note on a whole node follows the node through small edits of its text.
        whole = not sel.prefix and not sel.suffix and sel.start == 0
        if whole and node.text and _similarity(sel.quote, node.text) >= WHOLE_NODE_SIMILARITY:
            return key, make_selector(node.text, 0, len(node.text))
    # The quote may have moved to another node (a renumbered measure, a split paragraph):
    # look through the smallest text units first so the note lands on the tightest node.
    best: tuple[float, str, Selector] | None = None
    for candidate in doc.walk():
        if candidate.heading_only or candidate.kind in ("chapter", "section", "heading"):
            continue
        hit = locate(sel, candidate.text)
        if hit is None:
            continue
        # Prefer a node of the same grain as the lost one (sentence for m9.s2, else block).
        same_grain = (candidate.kind == "sentence") == (".s" in key)
        score = hit[2] + (0.05 if same_grain else 0.0)
        if best is None or score > best[0]:
            best = (score, candidate.key, make_selector(candidate.text, hit[0], hit[1]))
    if best is None:
        return None
    return best[1], best[2]
