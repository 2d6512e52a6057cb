"""A general parser of Chinese policy-text structure: text in, a tree of nodes out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hzreader.core.keys import assign_keys
from hzreader.core.model import Node
from hzreader.core.normalize import canonical_line
from hzreader.core.numerals import CIRCLED, CN_NUMERAL_CHARS, circled_to_int, cn_to_int
from hzreader.core.sentences import split_sentences

_CN = f"[{CN_NUMERAL_CHARS}]+"
_NUM = rf"(?:{_CN}|\d+)"


@dataclass(frozen=True)
class Pattern:
    """One numbering style: how to recognise it and where it sits in the hierarchy."""

    kind: str
    rank: int
    regex: re.Pattern[str]


# Rank orders the styles from outermost to innermost; Markdown headings use ranks 1–6.
PATTERNS: tuple[Pattern, ...] = (
    Pattern("chapter", 10, re.compile(rf"^(第({_NUM})章)\s*(.*)$")),
    Pattern("section", 11, re.compile(rf"^(第({_NUM})节)\s*(.*)$")),
    Pattern("chapter", 12, re.compile(rf"^(({_CN})[、，.．])\s*(.+)$")),
    Pattern("article", 13, re.compile(rf"^(第({_NUM})条)\s*(.*)$")),
    Pattern("item", 14, re.compile(rf"^([（(]({_CN})[）)][、，]?)\s*(.+)$")),
    Pattern("goal", 15, re.compile(r"^(——)()\s*(.+)$")),
    Pattern("measure", 15, re.compile(r"^((\d{1,3})[.．、](?![\d.．]))\s*(.+)$")),
    Pattern("subitem", 16, re.compile(r"^([（(](\d{1,3})[）)])\s*(.+)$")),
    Pattern("list", 17, re.compile(rf"^(([{CIRCLED}]))\s*(.+)$")),
)
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*$")
_TERMINAL = re.compile(r"[。！？；!?;]")
_TITLE_MAX = 60
# Bump when parsing changes what keys or nodes a text gets: stored documents are parsed again.
PARSER_VERSION = 1


@dataclass
class _Open:
    node: Node
    rank: int
    children_rank: list[int] = field(default_factory=list)


def classify(line: str) -> tuple[str, int, str, str, str]:
    """(kind, rank, marker, number, body) of one canonical line; kind '' for plain text."""
    md = _MD_HEADING.match(line)
    if md:
        return "heading", len(md.group(1)), md.group(1), "", md.group(2)
    for pattern in PATTERNS:
        m = pattern.regex.match(line)
        if m:
            return pattern.kind, pattern.rank, m.group(1), m.group(2), m.group(3).strip()
    return "", 99, "", "", line


def heading_title(body: str) -> tuple[str | None, bool]:
    """The title of a numbered block and whether the block is only a heading."""
    first = _TERMINAL.search(body)
    if first is None:
        return (body if len(body) <= _TITLE_MAX else None), len(body) <= _TITLE_MAX
    title = body[: first.start()]
    return (title if 0 < len(title) <= _TITLE_MAX else None), False


def _make_node(kind: str, marker: str, number: str, body: str) -> Node:
    title, heading_only = heading_title(body)
    if kind in ("chapter", "section", "heading") and title is None:
        title = body
    if kind == "list" and number:
        number = str(circled_to_int(number))
    node = Node(key="", kind=kind, number=number or None, title=title, text=body, marker=marker)
    node.heading_only = heading_only or kind == "heading"
    return node


def _add_sentences(node: Node) -> None:
    if node.heading_only or node.kind in ("chapter", "section", "heading"):
        return
    node.children[:0] = [
        Node(key="", kind="sentence", number=None, title=None, text=s)
        for s in split_sentences(node.text)
    ]


def parse_lines(lines: list[str]) -> list[Node]:
    """Build the node tree from canonical, non-empty lines."""
    roots: list[Node] = []
    stack: list[_Open] = []
    seen_structure = False
    for line in lines:
        kind, rank, marker, number, body = classify(line)
        if (
            kind == "chapter"
            and rank == 12
            and any(o.node.marker.startswith("第") and o.node.kind == "chapter" for o in stack)
        ):
            kind = "part"
        if not kind:
            node = _make_node("paragraph", "", "", line)
            node.title = None
            node.heading_only = False
            if not seen_structure:
                node.kind = "preamble"
            parent = next((o.node for o in reversed(stack) if o.node.heading_only), None)
            if parent is None and stack and not seen_structure:
                parent = None
            _add_sentences(node)
            (parent.children if parent else roots).append(node)
            continue
        seen_structure = True
        node = _make_node(kind, marker, number, body)
        _add_sentences(node)
        while stack and stack[-1].rank >= rank:
            stack.pop()
        (stack[-1].node.children if stack else roots).append(node)
        stack.append(_Open(node, rank))
    return roots


def parse_body(text: str, *, title: str) -> list[Node]:
    """Parse a document body (canonicalised here) into keyed, cited nodes."""
    lines = [canonical_line(raw) for raw in text.split("\n")]
    nodes = parse_lines([line for line in lines if line])
    assign_keys(nodes, doc_title=title)
    return nodes


def chapter_value(node: Node) -> int | None:
    """The numeric value of a node's printed number."""
    return cn_to_int(node.number or "")
