"""Comparing two editions of a document: structure by content, then sentences, then characters.

Nodes are paired by what they say, never by their numbers: the same text first (so a measure
renumbered because one before it was dropped comes out `moved`, not `changed`), then the most
similar text (character-bigram Dice), then headings by the children they share. Inside a
changed node, sentences are aligned and only changed sentences are diffed by character.
White space next to Chinese characters is layout, not content: 总 则 is 总则 (such a row says
`spacing_only`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from hzreader.core.model import Document, Node, iter_with_parents
from hzreader.core.targets import Target, extract_targets
from hzreader.core.textdiff import (
    Ops,
    bigrams,
    comparable,
    dice,
    diff_similarity,
    text_diff,
)
from hzreader.core.textfeatures import HEADING_KINDS

STATUSES = ("same", "moved", "changed", "added", "removed")
FUZZY_MIN = 0.45  # bigram Dice from which two blocks are one clause edited
HEADING_VOTE_MIN = 0.5  # share of children two headings have in common
CONTAINED_MIN = 0.8  # share of a node's bigrams found in another: split from / merged into
MOVED_SENTENCE_MIN = 6  # characters: shorter sentences (是。) are not followed across nodes


@dataclass
class Change:
    """One row of a comparison (the CHANGE shape of CLI.md, plus citations and hints)."""

    status: str
    kind: str
    old: str | None
    new: str | None
    similarity: float
    diff: Ops
    title: str | None = None
    old_citation: str = ""
    new_citation: str = ""
    spacing_only: bool = False
    renumbered: bool = False
    split_from: str | None = None
    merged_into: str | None = None

    def to_json(self) -> dict:
        """The CHANGE shape."""
        out = {
            "status": self.status,
            "kind": self.kind,
            "old": self.old,
            "new": self.new,
            "similarity": round(self.similarity, 4),
            "diff": [list(op) for op in self.diff],
            "title": self.title,
            "old_citation": self.old_citation,
            "new_citation": self.new_citation,
        }
        for name in ("spacing_only", "renumbered"):
            if getattr(self, name):
                out[name] = True
        for name in ("split_from", "merged_into"):
            if getattr(self, name):
                out[name] = getattr(self, name)
        return out


@dataclass
class TargetChange:
    """A quantitative target in the two editions: old value → new value."""

    name: str
    unit: str
    status: str  # same, changed, added, removed
    old: Target | None
    new: Target | None

    def to_json(self) -> dict:
        """Name, unit, both values and sentence keys."""
        return {
            "name": self.name,
            "unit": self.unit,
            "status": self.status,
            "old_value": self.old.value if self.old else None,
            "new_value": self.new.value if self.new else None,
            "old_key": self.old.key if self.old else None,
            "new_key": self.new.key if self.new else None,
            "old_comparator": self.old.comparator if self.old else None,
            "new_comparator": self.new.comparator if self.new else None,
        }


@dataclass
class Comparison:
    """Every row of a comparison, and the old → new maps of nodes and sentences."""

    old_doc: str
    new_doc: str
    changes: list[Change]
    node_map: dict[str, str] = field(default_factory=dict)
    sentence_map: dict[str, str] = field(default_factory=dict)

    def summary(self) -> dict[str, int]:
        """How many rows of each status (every status named, zero included)."""
        counts = dict.fromkeys(STATUSES, 0)
        for c in self.changes:
            counts[c.status] += 1
        return counts

    def to_json(self) -> dict:
        """The `compare --json` document."""
        return {
            "old": self.old_doc,
            "new": self.new_doc,
            "summary": self.summary(),
            "changes": [c.to_json() for c in self.changes],
        }


@dataclass
class _Item:
    node: Node
    index: int
    parent: str | None
    tier: str
    text: str
    grams: frozenset[str]


def _items(doc: Document) -> list[_Item]:
    out = []
    for node, parents in iter_with_parents(doc.nodes):
        if node.kind == "sentence":
            continue
        tier = "heading" if node.kind in HEADING_KINDS or node.heading_only else "block"
        text = comparable(node.text)
        parent = parents[-1].key if parents else None
        out.append(_Item(node, len(out), parent, tier, text, bigrams(node.text)))
    return out


class _Pairing:
    """Old item index → new item index, filled pass by pass."""

    def __init__(self, old: list[_Item], new: list[_Item]) -> None:
        self.old, self.new = old, new
        self.fwd: dict[int, int] = {}
        self.back: dict[int, int] = {}

    def pair(self, i: int, j: int) -> None:
        self.fwd[i], self.back[j] = j, i

    def exact(self) -> None:
        by_text: dict[tuple[str, str], list[int]] = defaultdict(list)
        for it in self.new:
            by_text[(it.tier, it.text)].append(it.index)
        n_old, n_new = max(1, len(self.old)), max(1, len(self.new))
        for it in self.old:
            free = [j for j in by_text.get((it.tier, it.text), []) if j not in self.back]
            if not free:
                continue
            same_key = [j for j in free if self.new[j].node.key == it.node.key]
            # Among equal texts, the one at the nearest relative place in the document.
            j = (
                same_key[0]
                if same_key
                else min(free, key=lambda k: abs(k / n_new - it.index / n_old))
            )
            self.pair(it.index, j)

    def fuzzy(self) -> None:
        old = [it for it in self.old if it.index not in self.fwd and it.tier == "block"]
        new = [it for it in self.new if it.index not in self.back and it.tier == "block"]
        pairs = []
        for a in old:
            for b in new:
                score = dice(a.grams, b.grams)
                if score >= FUZZY_MIN:
                    # Of a measure split in two, the part that keeps the title is the measure.
                    titled = bool(a.node.title) and a.node.title == b.node.title
                    bonus = 0.1 * titled + 0.02 * (a.node.kind == b.node.kind)
                    pairs.append(
                        (score + bonus + 0.01 * (a.node.key == b.node.key), a.index, b.index)
                    )
        for _, i, j in sorted(pairs, reverse=True):
            if i not in self.fwd and j not in self.back:
                self.pair(i, j)

    def headings(self) -> None:
        children_old = self._children(self.old)
        children_new = self._children(self.new)
        old = [it for it in self.old if it.index not in self.fwd and it.tier == "heading"]
        new = [it for it in self.new if it.index not in self.back and it.tier == "heading"]
        pairs = []
        for a in old:
            kids_a = children_old.get(a.node.key, [])
            for b in new:
                kids_b = set(children_new.get(b.node.key, []))
                shared = sum(1 for i in kids_a if self.fwd.get(i) in kids_b)
                vote = shared / max(len(kids_a), len(kids_b)) if kids_a or kids_b else 0.0
                score = max(dice(a.grams, b.grams), vote)
                if score >= HEADING_VOTE_MIN:
                    pairs.append((score, a.index, b.index))
        for _, i, j in sorted(pairs, reverse=True):
            if i not in self.fwd and j not in self.back:
                self.pair(i, j)

    @staticmethod
    def _children(items: list[_Item]) -> dict[str, list[int]]:
        out: dict[str, list[int]] = defaultdict(list)
        for it in items:
            if it.parent is not None:
                out[it.parent].append(it.index)
        return out


def _sentences(node: Node) -> list[Node]:
    return [c for c in node.children if c.kind == "sentence"]


def _contained(part: frozenset[str], whole: frozenset[str]) -> float:
    return len(part & whole) / len(part) if part else 0.0


class _Builder:
    def __init__(self, old_doc: Document, new_doc: Document) -> None:
        self.old_doc, self.new_doc = old_doc, new_doc
        self.old, self.new = _items(old_doc), _items(new_doc)
        self.pairing = _Pairing(self.old, self.new)
        self.sentence_map: dict[str, str] = {}
        self.lost: dict[str, list[Node]] = defaultdict(list)  # comparable text → old sentences
        self.found: list[tuple[Node, str]] = []  # new sentences not in their old node

    def build(self) -> Comparison:
        p = self.pairing
        p.exact()
        p.fuzzy()
        p.headings()
        rows: list[tuple[float, Change]] = []
        for it in self.new:
            i = p.back.get(it.index)
            if i is None:
                rows.append((it.index, self._added(it)))
            else:
                rows.append((it.index, self._matched(self.old[i], it)))
        for it in self.old:
            if it.index not in p.fwd:
                rows.append((self._place_removed(it.index), self._removed(it)))
        rows.extend(self._moved_sentences())
        rows.sort(key=lambda r: r[0])
        node_map = {self.old[i].node.key: self.new[j].node.key for i, j in p.fwd.items()}
        return Comparison(
            self.old_doc.id, self.new_doc.id, [c for _, c in rows], node_map, self.sentence_map
        )

    def _place_removed(self, index: int) -> float:
        for k in range(index - 1, -1, -1):
            if k in self.pairing.fwd:
                return self.pairing.fwd[k] + 0.5 + index * 1e-6
        return -1 + index * 1e-6

    def _matched(self, a: _Item, b: _Item) -> Change:
        old, new = a.node, b.node
        same_text = a.text == b.text
        if same_text:
            status = "same" if old.key == new.key else "moved"
            diff: Ops = [["=", new.text]] if new.text else []
        else:
            status = "changed"
            diff = text_diff(old.text, new.text)
        self._map_sentences(old, new)
        return Change(
            status=status,
            kind=new.kind,
            old=old.key,
            new=new.key,
            similarity=1.0 if same_text else diff_similarity(diff),
            diff=diff,
            title=new.title,
            old_citation=old.citation,
            new_citation=new.citation,
            spacing_only=same_text and old.text != new.text,
            renumbered=status == "changed" and old.key != new.key,
        )

    def _map_sentences(self, old: Node, new: Node) -> None:
        from difflib import SequenceMatcher

        a, b = _sentences(old), _sentences(new)
        ta, tb = [comparable(s.text) for s in a], [comparable(s.text) for s in b]
        matcher = SequenceMatcher(None, ta, tb, autojunk=False)
        kept_a: set[int] = set()
        kept_b: set[int] = set()
        for block in matcher.get_matching_blocks():
            for k in range(block.size):
                self.sentence_map[a[block.a + k].key] = b[block.b + k].key
                kept_a.add(block.a + k)
                kept_b.add(block.b + k)
        for k, s in enumerate(a):
            if k not in kept_a:
                self.lost[ta[k]].append(s)
        for k, s in enumerate(b):
            if k not in kept_b:
                self.found.append((s, tb[k]))

    def _added(self, it: _Item) -> Change:
        node = it.node
        for s in _sentences(node):
            self.found.append((s, comparable(s.text)))
        source = self._container(it.grams, self.old, self.pairing.fwd)
        return Change(
            status="added",
            kind=node.kind,
            old=None,
            new=node.key,
            similarity=0.0,
            diff=[["+", node.text]] if node.text else [],
            title=node.title,
            new_citation=node.citation,
            split_from=source,
        )

    def _removed(self, it: _Item) -> Change:
        node = it.node
        for s in _sentences(node):
            self.lost[comparable(s.text)].append(s)
        target = self._container(it.grams, self.new, self.pairing.back)
        return Change(
            status="removed",
            kind=node.kind,
            old=node.key,
            new=None,
            similarity=0.0,
            diff=[["-", node.text]] if node.text else [],
            title=node.title,
            old_citation=node.citation,
            merged_into=target,
        )

    @staticmethod
    def _container(grams: frozenset[str], items: list[_Item], paired: dict) -> str | None:
        """The block on the other side that holds most of this text (split or merged)."""
        if len(grams) < MOVED_SENTENCE_MIN:
            return None
        best, best_key = 0.0, None
        for it in items:
            if it.tier != "block":
                continue
            share = _contained(grams, it.grams)
            if share > best:
                best, best_key = share, it.node.key
        return best_key if best >= CONTAINED_MIN else None

    def _moved_sentences(self) -> list[tuple[float, Change]]:
        """Sentences that left one node and reappear, unchanged, in another."""
        rows = []
        positions = {it.node.key: it.index for it in self.new}
        for sentence, text in self.found:
            if len(text) < MOVED_SENTENCE_MIN or not self.lost.get(text):
                continue
            old = self.lost[text].pop(0)
            self.sentence_map[old.key] = sentence.key
            parent = sentence.key.rsplit(".", 1)[0]
            rows.append(
                (
                    positions.get(parent, 0) + 0.25,
                    Change(
                        status="moved",
                        kind="sentence",
                        old=old.key,
                        new=sentence.key,
                        similarity=1.0,
                        diff=[["=", sentence.text]],
                        old_citation=old.citation,
                        new_citation=sentence.citation,
                    ),
                )
            )
        return rows


def compare_documents(old: Document, new: Document) -> Comparison:
    """The clause-level comparison of two editions."""
    return _Builder(old, new).build()


def compare_targets(old: Document, new: Document) -> list[TargetChange]:
    """The quantitative targets of two editions, paired by indicator and unit."""
    olds: dict[tuple[str, str], list[Target]] = defaultdict(list)
    for t in extract_targets(old):
        olds[(t.name, t.unit)].append(t)
    out: list[TargetChange] = []
    for t in extract_targets(new):
        found = olds.get((t.name, t.unit))
        if found:
            before = found.pop(0)
            same = before.value == t.value and before.comparator == t.comparator
            out.append(TargetChange(t.name, t.unit, "same" if same else "changed", before, t))
        else:
            out.append(TargetChange(t.name, t.unit, "added", None, t))
    for (name, unit), rest in olds.items():
        out.extend(TargetChange(name, unit, "removed", t, None) for t in rest)
    return out
