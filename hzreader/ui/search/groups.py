"""Search hits arranged as a tree: document → chapter → measure or goal → hit (plain data)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from hzreader.core.model import Node

# Nodes that head a group of hits: headings (chapters, 第一章, Markdown headings) and units
# with a title of their own (measures 1.–24., goals ——, articles 第一条, items （一）).
_HEADING_KINDS = frozenset({"chapter", "part", "section", "heading"})
_UNIT_KINDS = frozenset({"measure", "goal", "article", "item"})
PREAMBLE_GROUP = "§preamble"  # the text before the first chapter, however many paragraphs
SNIPPET_CHARS = 72
SNIPPET_BEFORE = 14
ELLIPSIS = "…"

NodeLookup = Callable[[str, str], Node | None]


@dataclass(eq=False)
class ResultNode:
    """One row of the results tree: a document, a group of hits, or a hit."""

    kind: str  # "doc", "group" or "hit"
    label: str
    doc: str
    key: str = ""  # the node a group or hit opens (empty for a document row)
    hit: Any = None
    children: list[ResultNode] = field(default_factory=list)
    parent: ResultNode | None = None
    count: int = 0  # hits in this row's subtree
    order: int = 0  # reading order of the first hit below

    def add(self, child: ResultNode) -> ResultNode:
        """Append a child row and return it."""
        child.parent = self
        self.children.append(child)
        return child

    def row(self) -> int:
        """This row's number under its parent."""
        return 0 if self.parent is None else self.parent.children.index(self)

    def hits(self) -> list[Any]:
        """The hits of this subtree, in tree order."""
        if self.kind == "hit":
            return [self.hit]
        return [h for child in self.children for h in child.hits()]


def group_label(node: Node) -> str:
    """How a group row names its node: "二、加快建设…", "2. 推进高水平…", "——经济发展…"."""
    name = node.title or node.text
    if node.kind in _UNIT_KINDS and node.marker and node.marker[-1:] in ".．":
        return f"{node.marker} {name}"
    return f"{node.marker}{name}"


def _group_keys(hit: Any, lookup: NodeLookup) -> list[tuple[str, Node | None]]:
    """(group id, node) of the groups a hit belongs to: at most the outermost and the nearest."""
    chain = [*hit.path, hit.key]
    groups: list[tuple[str, Node | None]] = []
    for key in chain:
        node = lookup(hit.doc, key)
        if node is None or node.kind == "sentence":
            continue
        if node.kind == "preamble":
            if not groups:
                groups.append((PREAMBLE_GROUP, None))
        elif node.kind in _HEADING_KINDS or node.heading_only or node.kind in _UNIT_KINDS:
            groups.append((key, node))
    return groups if len(groups) <= 2 else [groups[0], groups[-1]]


def group_hits(
    hits: Iterable[Any],
    documents: Sequence[tuple[str, str]],
    lookup: NodeLookup,
    preamble_label: str,
) -> list[ResultNode]:
    """Document rows (library order) holding group rows and hits (reading order), counted."""
    doc_rows: dict[str, ResultNode] = {}
    group_rows: dict[tuple[str, ...], ResultNode] = {}
    titles = dict(documents)
    for hit in sorted(hits, key=lambda h: (h.order, h.kind == "note")):
        parent = doc_rows.get(hit.doc)
        if parent is None:
            parent = doc_rows[hit.doc] = ResultNode("doc", titles.get(hit.doc, hit.doc), hit.doc)
            parent.order = hit.order
        path: tuple[str, ...] = (hit.doc,)
        for group_id, node in _group_keys(hit, lookup):
            path = (*path, group_id)
            row = group_rows.get(path)
            if row is None:
                label = preamble_label if node is None else group_label(node)
                key = "" if node is None else node.key
                row = group_rows[path] = parent.add(ResultNode("group", label, hit.doc, key))
                row.order = hit.order
            parent = row
        parent.add(ResultNode("hit", hit.title, hit.doc, hit.key, hit, order=hit.order))
    rank = {doc_id: i for i, (doc_id, _title) in enumerate(documents)}
    roots = sorted(doc_rows.values(), key=lambda r: (rank.get(r.doc, len(rank)), r.doc))
    for root in roots:
        _count(root)
    return roots


def _count(row: ResultNode) -> int:
    if row.kind == "hit":
        row.count = 1
    else:
        row.count = sum(_count(child) for child in row.children)
    return row.count


def short_snippet(
    text: str, spans: Sequence[tuple[int, int]], limit: int = SNIPPET_CHARS
) -> tuple[str, list[tuple[int, int]]]:
    """A shorter window of a snippet around its first match, with the match spans moved."""
    if len(text) <= limit:
        return text, [tuple(s) for s in spans]  # type: ignore[misc]
    first = spans[0][0] if spans else 0
    start = max(0, first - SNIPPET_BEFORE)
    end = min(len(text), start + limit)
    start = max(0, end - limit)
    prefix = ELLIPSIS if start > 0 and not text[start:].startswith(ELLIPSIS) else ""
    suffix = ELLIPSIS if end < len(text) and not text[:end].endswith(ELLIPSIS) else ""
    shift = len(prefix) - start
    moved = [
        (max(s, start) + shift, min(e, end) + shift) for s, e in spans if e > start and s < end
    ]
    return prefix + text[start:end] + suffix, moved


# Markdown a note may hold, left out of what a hit row shows: heading, quote and bullet marks
# at a line's start, emphasis and code marks, a link's brackets and address, HTML tags.
_LINE_MARKS = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+)", re.MULTILINE)
# Bounded, and stopping at the next bracket: a note of a million [ or < costs linear time.
_LINK = re.compile(r"(!?\[)([^\[\]\n]{0,1000})(\]\([^()\[\]\n]{0,2000}\))")
_INLINE_MARKS = re.compile(r"\*{1,3}|_{2,3}|~~|`+|<[^<>\n]{1,200}>")
QUOTE_CHARS = 40


def markdown_plain(
    text: str, spans: Sequence[tuple[int, int]]
) -> tuple[str, list[tuple[int, int]]]:
    """A note's Markdown as the words a reader sees, with match spans moved along
    (a span that only covered marks is dropped)."""
    dropped = bytearray(len(text))
    for m in _LINE_MARKS.finditer(text):
        dropped[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for m in _LINK.finditer(text):
        for group in (1, 3):
            dropped[m.start(group) : m.end(group)] = b"\x01" * (m.end(group) - m.start(group))
    for m in _INLINE_MARKS.finditer(text):
        dropped[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    new_at: list[int] = []  # new offset of each old one (the next kept character's)
    kept: list[str] = []
    for i, char in enumerate(text):
        new_at.append(len(kept))
        if not dropped[i]:
            kept.append(char)
    new_at.append(len(kept))
    moved = []
    for start, end in spans:
        s, e = new_at[max(0, min(start, len(text)))], new_at[max(0, min(end, len(text)))]
        if e > s:
            moved.append((s, e))
    return "".join(kept), moved


def note_snippet(text: str, matches: Sequence[tuple[int, int]]) -> tuple[str, list]:
    """What a note hit shows: its words without Markdown, on one line, around the match."""
    plain, spans = markdown_plain(text, matches)
    flat = re.sub(r"\s+", lambda m: " " * len(m.group()), plain)  # one for one: spans hold
    return short_snippet(flat, spans)


def short_quote(quote: str, limit: int = QUOTE_CHARS) -> str:
    """A note's quoted words, shortened with … (a note on a whole measure quotes all of it)."""
    flat = " ".join(quote.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + ELLIPSIS


QUERY_CHARS = 30


def short_query(query: str, limit: int = QUERY_CHARS) -> str:
    """A query as the results panel names it: a long one (2,000 pasted characters) cut
    with …, so the line stays short and the dock keeps its width."""
    flat = " ".join(query.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + ELLIPSIS
