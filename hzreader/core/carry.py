"""Carrying a note from one edition to the next: placed with certainty, or left for review.

A note goes to the new edition when its quote and context are found there unchanged, or when
the clause it is on was matched to a reworded clause that still holds the quote. Otherwise it
stays on its old clause (old edition) and is marked for review, with the best candidate in the
new edition. It is never dropped and never put in two places.
"""

from __future__ import annotations

from dataclasses import dataclass

from hzreader.core.anchoring import Selector, locate, make_selector
from hzreader.core.annotation import Annotation
from hzreader.core.compare import Comparison
from hzreader.core.model import Document, Node
from hzreader.core.textdiff import bigrams, dice

EXACT_CONTEXT = 1.999  # locate(): 1 + context similarity (+ nearness): ≥ 2 is context unchanged
WHOLE_NODE_SIMILARITY = 0.6


@dataclass(frozen=True)
class Placement:
    """Where a note goes: a node of the new edition (certain) or a candidate for review."""

    annotation_id: str
    key: str | None  # the new edition's node, None when the note stays for review
    selector: Selector | None
    candidate: str | None = None
    reason: str = ""

    @property
    def certain(self) -> bool:
        """True when the note moves to the new edition."""
        return self.key is not None


def _parent(key: str) -> str:
    return key.rsplit(".", 1)[0] if "." in key else key


def _tightest(node: Node, start: int, end: int) -> tuple[Node, int]:
    """The sentence of `node` that holds [start, end), and its offset; else the node itself."""
    at = 0
    for child in node.children:
        if child.kind != "sentence":
            continue
        if at <= start and end <= at + len(child.text):
            return child, at
        at += len(child.text)
    return node, 0


class Carrier:
    """Places the notes of one old edition on a new one, using their comparison."""

    def __init__(self, old: Document, new: Document, comparison: Comparison) -> None:
        self.old, self.new, self.cmp = old, new, comparison
        self._new_nodes = {n.key: n for n in new.walk()}
        self._old_nodes = {n.key: n for n in old.walk()}
        self._blocks = [
            n for n in new.walk() if n.kind != "sentence" and not n.heading_only and n.text
        ]

    def _sentence_of(self, key: str, start: int | None, end: int | None) -> str | None:
        """The old sentence that holds a note's span on a block, if one does."""
        node = self._old_nodes.get(key)
        if node is None or start is None or end is None:
            return None
        sentence, _ = _tightest(node, start, end)
        return sentence.key if sentence is not node else None

    def _mapped(self, key: str, start: int | None = None, end: int | None = None) -> list[str]:
        """New keys that stand for an old key: the sentence itself, its node, its parent's;
        for a note on a block, also where the sentence under it went (moved sentences)."""
        out = []
        inner = self._sentence_of(key, start, end)
        if inner in self.cmp.sentence_map:
            out.append(self.cmp.sentence_map[inner])
        if key in self.cmp.sentence_map:
            out.append(self.cmp.sentence_map[key])
        if key in self.cmp.node_map:
            out.append(self.cmp.node_map[key])
        parent = _parent(key)
        if parent != key and parent in self.cmp.node_map:
            out.append(self.cmp.node_map[parent])
        return list(dict.fromkeys(out))

    def place(self, a: Annotation) -> Placement:
        """Where annotation `a` (on the old edition) goes."""
        sel = Selector(a.quote, a.prefix, a.suffix, a.start or 0, a.end or 0)
        old_node = self._old_nodes.get(a.key)
        whole = old_node is not None and not a.prefix and not a.suffix and a.quote == old_node.text
        mapped = self._mapped(a.key, a.start, a.end)
        for key in mapped:
            node = self._new_nodes.get(key)
            if node is None:
                continue
            hit = locate(sel, node.text)
            if hit is not None and node.kind == "sentence" and not _is_sentence(a.key):
                # A note on a block stays on a block: the sentence's parent, at its offset.
                parent = self._new_nodes.get(_parent(node.key))
                if parent is not None:
                    offset = _offset_in(parent, node)
                    return self._at(a, parent, hit[0] + offset, hit[1] + offset, "原文移到了别处")
            if hit is not None:
                return self._at(
                    a,
                    node,
                    hit[0],
                    hit[1],
                    "同一条款" if hit[2] > EXACT_CONTEXT else "改写后的条款",
                )
        if whole and mapped:
            node = self._new_nodes.get(mapped[0])
            if (
                node is not None
                and dice(bigrams(a.quote), bigrams(node.text)) >= WHOLE_NODE_SIMILARITY
            ):
                return Placement(
                    a.id,
                    node.key,
                    make_selector(node.text, 0, len(node.text)),
                    reason="整条笔记随条款",
                )
        found = self._unchanged_elsewhere(sel)
        if found is not None:
            node, start, end = found
            return self._at(a, node, start, end, "原文移到了别处")
        return Placement(a.id, None, None, candidate=self._candidate(sel, mapped), reason="需复核")

    def _at(self, a: Annotation, node: Node, start: int, end: int, reason: str) -> Placement:
        # A note on a sentence stays on a sentence; one on a block lands on the block.
        if _is_sentence(a.key):
            target, offset = _tightest(node, start, end)
            if target is not node:
                return Placement(
                    a.id,
                    target.key,
                    make_selector(target.text, start - offset, end - offset),
                    reason=reason,
                )
        return Placement(a.id, node.key, make_selector(node.text, start, end), reason=reason)

    def _unchanged_elsewhere(self, sel: Selector) -> tuple[Node, int, int] | None:
        """The one place in the new edition where quote and context are found unchanged."""
        if not sel.quote or (not sel.prefix and not sel.suffix):
            return None
        hits = []
        for node in self._blocks:
            if sel.quote not in node.text:
                continue
            hit = locate(sel, node.text)
            if hit is not None and hit[2] > EXACT_CONTEXT:
                hits.append((node, hit[0], hit[1]))
        return hits[0] if len(hits) == 1 else None

    def _candidate(self, sel: Selector, mapped: list[str]) -> str | None:
        """The best guess for a note under review: its clause's counterpart, or the quote."""
        if mapped:
            return mapped[0]
        best, best_key = 0.0, None
        for node in self._blocks:
            hit = locate(sel, node.text)
            if hit is not None and hit[2] > best:
                best, best_key = hit[2], node.key
        return best_key


def _offset_in(parent: Node, sentence: Node) -> int:
    at = 0
    for child in parent.children:
        if child is sentence:
            return at
        if child.kind == "sentence":
            at += len(child.text)
    return 0


def _is_sentence(key: str) -> bool:
    return ".s" in key and key.rsplit(".", 1)[1].startswith("s")
