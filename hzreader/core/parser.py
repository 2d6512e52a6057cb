"""A general parser of Chinese policy-text structure: text in, a tree of nodes out."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from hzreader.core.cleanup import Line, prepare_lines
from hzreader.core.doctitle import body_after_title, detect_title, mark_closing
from hzreader.core.keys import assign_keys
from hzreader.core.model import Node
from hzreader.core.normalize import canonical_line
from hzreader.core.numbering import PATTERNS, PLAIN_RANK, Marked, Pattern, classify
from hzreader.core.numerals import cn_to_int
from hzreader.core.sentences import split_sentences

__all__ = [
    "PARSER_VERSION",
    "PATTERNS",
    "Pattern",
    "classify",
    "heading_title",
    "parse_body",
    "parse_lines",
]

_TERMINAL = re.compile(r"[。！？；!?;]")
_TITLE_MAX = 60
_ARTICLE_HEADING = re.compile(r"^[【\[（(]([^】\]）)]{1,20})[】\]）)]")
# Bump when parsing changes what keys or nodes a text gets: stored documents are parsed again.
PARSER_VERSION = 1
_HEADING_KINDS = ("chapter", "section", "heading", "part")
# Kinds whose following unnumbered paragraphs belong to them even when they hold text:
# an article's further paragraphs are its 款.
_ABSORBS_PARAGRAPHS = ("article",)


@dataclass
class _Open:
    node: Node
    rank: float
    md_level: int = 0


def heading_title(body: str) -> tuple[str | None, bool]:
    """The title of a numbered block and whether the block is only a heading."""
    first = _TERMINAL.search(body)
    if first is None:
        return (body if len(body) <= _TITLE_MAX else None), len(body) <= _TITLE_MAX
    title = body[: first.start()]
    return (title if 0 < len(title) <= _TITLE_MAX else None), False


def _make_node(m: Marked) -> Node:
    title, heading_only = heading_title(m.body)
    if m.kind == "article":
        # An article is running text (its first words are no heading) unless it carries a
        # bracketed heading: 第五条【资金保障】.
        bracketed = _ARTICLE_HEADING.match(m.body)
        title, heading_only = (bracketed.group(1) if bracketed else None), False
    if m.md_level:
        # A Markdown (or Word) heading is a heading whatever its punctuation.
        title, heading_only = m.body, True
    if m.kind in _HEADING_KINDS and title is None:
        title = m.body
    node = Node(
        key="", kind=m.kind, number=m.number or None, title=title, text=m.body, marker=m.marker
    )
    node.heading_only = heading_only or m.kind == "heading"
    return node


def _add_sentences(node: Node) -> None:
    if node.heading_only or node.kind in _HEADING_KINDS:
        return
    node.children[:0] = [
        Node(key="", kind="sentence", number=None, title=None, text=s)
        for s in split_sentences(node.text)
    ]


def _paragraph(line: Line, seen_structure: bool) -> Node:
    node = Node(
        key="",
        kind="paragraph" if seen_structure else "preamble",
        number=None,
        title=None,
        text=line.text,
        marker=line.marker,
    )
    _add_sentences(node)
    return node


def _pop(stack: list[_Open], m: Marked) -> None:
    if m.md_level:
        # Markdown headings nest by their level alone, over any numbering inside them.
        while stack and not (stack[-1].md_level and stack[-1].md_level < m.md_level):
            stack.pop()
        return
    while stack and stack[-1].rank >= m.rank:
        stack.pop()


def parse_lines(lines: Iterable[Line | str]) -> list[Node]:
    """Build the node tree from canonical, non-empty lines."""
    roots: list[Node] = []
    stack: list[_Open] = []
    seen_structure = False
    for item in lines:
        line = item if isinstance(item, Line) else Line(item)
        m = Marked("", PLAIN_RANK, "", "", line.text) if line.plain else classify(line.text)
        if (
            m.kind == "chapter"
            and m.rank == 12
            and any(o.node.marker.startswith("第") and o.node.kind == "chapter" for o in stack)
        ):
            m = Marked("part", m.rank, m.marker, m.number, m.body, m.md_level)
        if not m.kind:
            node = _paragraph(line, seen_structure)
            if line.closing:
                stack.clear()
            # The paragraph belongs to the innermost open heading (or article); whatever is
            # open below that is closed, so numbered lines after it keep the reading order.
            while stack and not (
                stack[-1].node.heading_only or stack[-1].node.kind in _ABSORBS_PARAGRAPHS
            ):
                stack.pop()
            (stack[-1].node.children if stack else roots).append(node)
            continue
        seen_structure = True
        node = _make_node(m)
        _add_sentences(node)
        _pop(stack, m)
        rank = m.rank
        if m.kind == "heading":
            # An unnumbered heading sits just below whatever encloses it.
            rank = (stack[-1].rank if stack else 0) + 0.5
        (stack[-1].node.children if stack else roots).append(node)
        stack.append(_Open(node, rank, m.md_level))
    return roots


def parse_body(text: str, *, title: str) -> list[Node]:
    """Parse a document body (cleaned and canonicalised here) into keyed, cited nodes."""
    lines = prepare_lines(text).lines
    block = detect_title(lines)
    # A body that opens with its own title (an imported text) does not repeat it as a node.
    if block.title is not None and block.title == canonical_line(title):
        lines = body_after_title(lines, block)
    nodes = parse_lines(mark_closing(lines))
    assign_keys(nodes, doc_title=title)
    return nodes


def chapter_value(node: Node) -> int | None:
    """The numeric value of a node's printed number."""
    return cn_to_int(node.number or "")
