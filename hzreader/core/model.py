"""The document model: a document is a tree of nodes with stable keys."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from hzreader.core.units import Units, responsible_units

# Kinds that hold running text (split into sentences) rather than being a heading.
TEXT_KINDS = frozenset(
    {"preamble", "goal", "measure", "paragraph", "article", "item", "subitem", "letter", "list"}
)


@dataclass
class Node:
    """One unit of a document: chapter, measure, paragraph, sentence, ..."""

    key: str
    kind: str
    number: str | None
    title: str | None
    text: str
    children: list[Node] = field(default_factory=list)
    citation: str = ""
    marker: str = ""  # the numbering as printed: "一、", "9.", "（一）", "——"
    heading_only: bool = False

    def walk(self) -> Iterator[Node]:
        """This node and all its descendants, in reading order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def units(self) -> Units | None:
        """The units responsible for this node's task, read from its text (sentences: None)."""
        return None if self.kind == "sentence" else responsible_units(self.text)

    def to_json(self) -> dict:
        """The NODE shape of CLI.md (plus its citation, lead and partners)."""
        units = self.units()
        return {
            "key": self.key,
            "kind": self.kind,
            "number": self.number,
            "title": self.title,
            "text": self.text,
            "citation": self.citation,
            "lead": units.lead if units else None,
            "partners": list(units.partners) if units else [],
            "children": [c.to_json() for c in self.children],
        }


@dataclass
class Document:
    """A parsed document: metadata plus its top-level nodes."""

    id: str
    title: str
    kind: str
    nodes: list[Node] = field(default_factory=list)
    source_text: str = ""
    content_hash: str = ""
    source_name: str = ""
    imported_at: str = ""
    superseded_by: str | None = None  # the newer edition that replaced this one
    keep_all: bool = False  # parsed with every line kept (the page's chrome included)

    def walk(self) -> Iterator[Node]:
        """Every node of the document in reading order."""
        for node in self.nodes:
            yield from node.walk()

    def find(self, key: str) -> Node | None:
        """The node with this key, or None."""
        for node in self.walk():
            if node.key == key:
                return node
        return None


GROUP_HEADING_KINDS = frozenset({"chapter", "section", "heading", "part"})


def group_heading(top: Node) -> str:
    """The heading of a top-level node as printed (三、促进…), or 序言/正文 for loose text."""
    if top.kind in GROUP_HEADING_KINDS or top.heading_only:
        marker = top.marker.strip("# ")
        return f"{marker}{top.title or top.text[:40]}".strip()
    return "序言" if top.kind == "preamble" else "正文"


def iter_with_parents(
    nodes: list[Node], parents: tuple[Node, ...] = ()
) -> Iterator[tuple[Node, tuple[Node, ...]]]:
    """Each node with the chain of its ancestors (outermost first)."""
    # A stack, not nested generators: a node deep in the tree would pass through one
    # generator per level, and a document of 150,000 sentences walks this several times.
    stack: list[tuple[list[Node], int, tuple[Node, ...]]] = [(nodes, 0, parents)]
    while stack:
        siblings, i, chain = stack.pop()
        if i >= len(siblings):
            continue
        node = siblings[i]
        stack.append((siblings, i + 1, chain))
        yield node, chain
        if node.children:
            stack.append((node.children, 0, (*chain, node)))
