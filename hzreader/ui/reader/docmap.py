"""Where each node of a document sits in the reader's text: plain data, no Qt."""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple


class NodeSpan(NamedTuple):
    """A node's [start, end) in the reader's text; its own text begins at text_start."""

    key: str
    start: int
    end: int
    text_start: int
    text_length: int
    parent: str | None


class DocumentMap:
    """Node keys ↔ character positions in the rendered document (ranges nest or are disjoint)."""

    def __init__(self) -> None:
        self._spans: dict[str, NodeSpan] = {}
        self._order: list[NodeSpan] = []
        self._starts: list[int] = []

    def add(self, span: NodeSpan) -> None:
        """Record one node (call finish() once all are added)."""
        self._spans[span.key] = span

    def finish(self) -> None:
        """Sort the spans for position look-ups."""
        # Equal starts: the outer span first (longer, or the parent of an equal one, as a
        # paragraph of one sentence), so that the inner one is found first going back.
        self._order = sorted(
            self._spans.values(), key=lambda s: (s.start, -s.end, len(self.ancestors(s.key)))
        )
        self._starts = [s.start for s in self._order]

    def __contains__(self, key: str) -> bool:
        return key in self._spans

    def __len__(self) -> int:
        return len(self._spans)

    def span(self, key: str) -> NodeSpan:
        """The span of a node; KeyError when the key is not in this document."""
        return self._spans[key]

    def keys(self) -> list[str]:
        """Every key in reading order."""
        return [s.key for s in self._order]

    def text_position(self, key: str, offset: int) -> int:
        """The document position of a character offset in the node's own text."""
        span = self._spans[key]
        return span.text_start + max(0, min(offset, span.text_length))

    def node_offset(self, key: str, position: int) -> int:
        """The offset in the node's own text of a document position (clamped to the text)."""
        span = self._spans[key]
        return max(0, min(position - span.text_start, span.text_length))

    def key_at(self, position: int) -> str | None:
        """The smallest node holding the character at `position`, or None (e.g. the title)."""
        i = bisect_right(self._starts, position) - 1
        # Ranges form a laminar family: the first one going back that still covers the
        # position is the innermost that holds it.
        while i >= 0:
            span = self._order[i]
            if span.end > position:
                return span.key
            i -= 1
        return None

    def ancestors(self, key: str) -> list[str]:
        """The keys of a node's ancestors, nearest first."""
        out: list[str] = []
        parent = self._spans[key].parent
        while parent is not None:
            out.append(parent)
            parent = self._spans[parent].parent
        return out

    def covering_key(self, start: int, end: int) -> str | None:
        """The smallest node whose range holds all of [start, end), or None."""
        if end <= start:
            return self.key_at(start)
        key = self.key_at(start)
        while key is not None:
            span = self._spans[key]
            if span.start <= start and end <= span.end:
                return key
            key = span.parent
        return None
