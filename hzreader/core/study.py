"""The study map: which clauses of a document have been read and annotated, by chapter.

A clause is a unit of reading: a node of the outline (not a sentence) with no such node below
it (a measure, a goal paragraph, an item, an article, a loose paragraph). Chapters are the
document's top-level nodes; a top-level node without parts below it is its own one clause."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from hzreader.core.model import Document, Node, group_heading, iter_with_parents


def _outline_children(node: Node) -> list[Node]:
    return [c for c in node.children if c.kind != "sentence"]


def clauses(doc: Document) -> list[Node]:
    """Every clause of a document, in reading order."""
    return [
        node
        for node, _parents in iter_with_parents(doc.nodes)
        if node.kind != "sentence" and not _outline_children(node)
    ]


def clause_of(doc: Document, key: str) -> str | None:
    """The key of the clause that holds a node (itself, or the clause above a sentence); None
    for a node above the clauses (a chapter) or a key the document does not have."""
    for node, parents in iter_with_parents(doc.nodes):
        if node.key == key:
            for candidate in (node, *reversed(parents)):
                if candidate.kind != "sentence":
                    return candidate.key if not _outline_children(candidate) else None
            return None
    return None


@dataclass(frozen=True)
class Tally:
    """How many clauses of a part there are, how many are read and how many annotated."""

    key: str
    title: str
    total: int
    read: int
    annotated: int

    @property
    def percent(self) -> int:
        """The share read, in whole percent (0 for an empty part)."""
        return round(100 * self.read / self.total) if self.total else 0

    @property
    def state(self) -> str:
        """ "annotated" when a clause is annotated, "read" when all are read, "partial" when
        some are, else "unread"."""
        if self.annotated:
            return "annotated"
        if self.total and self.read >= self.total:
            return "read"
        return "partial" if self.read else "unread"

    def to_json(self) -> dict:
        """The chapter shape of CLI.md's `progress`."""
        return {
            "key": self.key,
            "title": self.title,
            "total": self.total,
            "read": self.read,
            "annotated": self.annotated,
        }


@dataclass
class StudyMap:
    """A document's study map: its totals, its chapters, and a tally for every outline node."""

    doc: str
    total: int
    read: int
    annotated: int
    chapters: list[Tally] = field(default_factory=list)
    nodes: dict[str, Tally] = field(default_factory=dict)

    @property
    def percent(self) -> int:
        """The share of clauses read, in whole percent."""
        return round(100 * self.read / self.total) if self.total else 0

    def to_json(self) -> dict:
        """The shape of CLI.md's `progress` (plus the percentage)."""
        return {
            "doc": self.doc,
            "total": self.total,
            "read": self.read,
            "annotated": self.annotated,
            "percent": self.percent,
            "chapters": [c.to_json() for c in self.chapters],
        }


def annotated_clauses(doc: Document, keys: Iterable[str]) -> set[str]:
    """The clauses that hold a note on one of these nodes (a note on a chapter's heading
    counts for none of its clauses)."""
    wanted = set(keys)
    out: set[str] = set()
    for node, parents in iter_with_parents(doc.nodes):
        if node.key not in wanted:
            continue
        for candidate in (node, *reversed(parents)):
            if candidate.kind != "sentence":
                if not _outline_children(candidate):
                    out.add(candidate.key)
                break
    return out


def study_map(doc: Document, read: Iterable[str], annotated: Iterable[str]) -> StudyMap:
    """Count a document's clauses read (their keys) and annotated (clause keys), per part."""
    read_keys, noted = set(read), set(annotated)
    nodes: dict[str, Tally] = {}

    def tally(node: Node) -> tuple[int, int, int]:
        parts = _outline_children(node)
        if not parts:
            counts = (1, int(node.key in read_keys), int(node.key in noted))
        else:
            sums = [tally(p) for p in parts]
            counts = (sum(s[0] for s in sums), sum(s[1] for s in sums), sum(s[2] for s in sums))
        title = node.title or node.text[:40]
        nodes[node.key] = Tally(node.key, f"{node.marker}{title}".strip(), *counts)
        return counts

    chapters = []
    for top in doc.nodes:
        if top.kind == "sentence":
            continue
        total, done, marked = tally(top)
        chapters.append(Tally(top.key, group_heading(top), total, done, marked))
    return StudyMap(
        doc=doc.id,
        total=sum(c.total for c in chapters),
        read=sum(c.read for c in chapters),
        annotated=sum(c.annotated for c in chapters),
        chapters=chapters,
        nodes=nodes,
    )
