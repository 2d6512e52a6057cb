"""An edition comparison as one document to read: the new text with what changed marked.

Plain data, no Qt. The new edition's tree, where a changed clause's text holds both what
was deleted and what was inserted (in reading order, so deletions are read where they
were), and every clause dropped from the old edition stands where it stood, under a key of
its own ("old:m5"). Marks give the inserted and deleted runs by offset in a node's text;
statuses give each changed node's row of the comparison, for the outline and F7."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from hzreader.core.compare import Change, Comparison
from hzreader.core.model import Document, Node, iter_with_parents

OLD_PREFIX = "old:"
# What the summary bar counts, in its order: 新增, 删除, 修改, 调整编号.
COUNTED = ("added", "removed", "changed", "moved")


@dataclass(frozen=True)
class Mark:
    """A run of a node's text that one edition has and the other has not."""

    key: str
    start: int
    end: int
    op: str  # "+": only in the new edition, "-": only in the old


@dataclass
class ChangeView:
    """The comparison laid out for reading."""

    document: Document
    statuses: dict[str, Change] = field(default_factory=dict)  # node key → its row
    marks: list[Mark] = field(default_factory=list)
    order: list[str] = field(default_factory=list)  # changed nodes in reading order
    summary: dict[str, int] = field(default_factory=dict)  # status → clauses
    moved_sentences: int = 0


def old_key(key: str) -> str:
    """The key a dropped clause has in the comparison."""
    return OLD_PREFIX + key


def _plain(node: Node) -> Node:
    """A node without its sentences: its text is laid out as one run (it holds both texts)."""
    node.children = [c for c in node.children if c.kind != "sentence"]
    return node


def _dropped(old: Node) -> Node:
    return Node(
        key=old_key(old.key),
        kind=old.kind,
        number=old.number,
        title=old.title,
        text=old.text,
        citation=old.citation,
        marker=old.marker,
        heading_only=old.heading_only,
    )


class _Layout:
    def __init__(self, old: Document, new: Document, comparison: Comparison) -> None:
        self.old, self.cmp = old, comparison
        self.doc = copy.deepcopy(new)
        self.nodes = {n.key: n for n in self.doc.walk()}
        self.parents: dict[str, Node | None] = {
            n.key: (p[-1] if p else None) for n, p in iter_with_parents(self.doc.nodes)
        }
        self.view = ChangeView(self.doc)

    def build(self) -> ChangeView:
        removed = []
        for change in self.cmp.changes:
            if change.kind == "sentence":
                self.view.moved_sentences += change.status == "moved"
                continue
            if change.status == "removed":
                removed.append(change)
            elif change.status != "same" and change.new in self.nodes:
                self._mark_new(change)
        old_order = {n.key: i for i, n in enumerate(self.old.walk())}
        for change in sorted(removed, key=lambda c: old_order.get(c.old or "", 0)):
            self._place(change)
        # The counts of the 修订对照表 and of `compare` (a sentence moved to another clause
        # counts under 调整编号 there too).
        counts = self.cmp.summary()
        self.view.summary = {status: counts[status] for status in COUNTED}
        self.view.order = [n.key for n in self.doc.walk() if n.key in self.view.statuses]
        return self.view

    def _mark_new(self, change: Change) -> None:
        node = self.nodes[change.new]
        self.view.statuses[node.key] = change
        if change.status == "added":
            if node.text:
                self.view.marks.append(Mark(node.key, 0, len(node.text), "+"))
        elif change.status == "changed":
            _plain(node)
            at, pieces = 0, []
            for op, text in change.diff:
                pieces.append(text)
                if op in ("+", "-") and text:
                    self.view.marks.append(Mark(node.key, at, at + len(text), op))
                at += len(text)
            node.text = "".join(pieces)

    def _place(self, change: Change) -> None:
        """Put a dropped clause where it stood: after its nearest surviving elder sibling."""
        old_parents = {n.key: (p[-1] if p else None) for n, p in iter_with_parents(self.old.nodes)}
        source = self.old.find(change.old or "")
        if source is None:
            return
        node = _plain(_dropped(source))
        parent_old = old_parents.get(source.key)
        siblings = parent_old.children if parent_old is not None else self.old.nodes
        parent_new = self._counterpart(parent_old.key) if parent_old is not None else None
        container = parent_new.children if parent_new is not None else self.doc.nodes
        at = 0
        for sibling in siblings[: siblings.index(source)]:
            if sibling.kind == "sentence":
                continue
            placed = self._counterpart(sibling.key)
            if placed is not None and placed in container:
                at = container.index(placed) + 1
        container.insert(at, node)
        self.nodes[node.key] = node
        self.view.statuses[node.key] = change
        if node.text:
            self.view.marks.append(Mark(node.key, 0, len(node.text), "-"))

    def _counterpart(self, key: str) -> Node | None:
        """The node that stands for an old node in the comparison (new, or dropped)."""
        new_key = self.cmp.node_map.get(key)
        if new_key is not None and new_key in self.nodes:
            return self.nodes[new_key]
        return self.nodes.get(old_key(key))


def change_view(old: Document, new: Document, comparison: Comparison) -> ChangeView:
    """The comparison of two editions as a document to read, with its marks."""
    return _Layout(old, new, comparison).build()
