"""A general parser of Chinese policy-text structure: text in, a tree of nodes out."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from hzreader.core.cleanup import prepare_lines
from hzreader.core.doctitle import body_after_title, detect_title
from hzreader.core.keys import assign_keys
from hzreader.core.layout import lay_out
from hzreader.core.lines import Line
from hzreader.core.model import Node
from hzreader.core.normalize import canonical_line
from hzreader.core.numbering import PATTERNS, PLAIN_RANK, Marked, Pattern, classify
from hzreader.core.numerals import cn_to_int
from hzreader.core.repair import unspace
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
# 2: page chrome by shape, 篇/专栏/附件/目录/序言/印发通知, a./b. items, mended page breaks.
PARSER_VERSION = 2
_HEADING_KINDS = ("volume", "chapter", "section", "heading", "part", "preface")
# Kinds whose following unnumbered paragraphs belong to them even when they hold text:
# an article's further paragraphs are its 款.
_ABSORBS_PARAGRAPHS = ("article",)
_BLOCK_KINDS = {"toc": "toc", "cover": "cover", "annex": "annex"}
_BOLD_LEVEL = 7  # a bold-only line of a Markdown capture: a heading below any '#' heading


@dataclass
class _Open:
    node: Node
    rank: float
    md_level: int = 0
    takes: bool = False  # takes the unnumbered paragraphs that follow it


def heading_title(body: str) -> tuple[str | None, bool]:
    """The title of a numbered block and whether the block is only a heading."""
    first = _TERMINAL.search(body)
    if first is None:
        return (body if len(body) <= _TITLE_MAX else None), len(body) <= _TITLE_MAX
    title = body[: first.start()]
    return (title if 0 < len(title) <= _TITLE_MAX else None), False


def _one_short_sentence(body: str) -> bool:
    """（二）推进部门协调。: a heading written as a sentence, its text in the paragraphs below."""
    first = _TERMINAL.search(body)
    return (
        first is not None
        and first.group(0) in "。！？!?"  # an enumeration's entry ends in ；
        and 0 < first.start() <= _TITLE_MAX
        and "，" not in body[: first.start()]
        and not body[first.end() :].strip("。！？；!?;”’）)")
    )


def _make_node(m: Marked) -> Node:
    body = unspace(m.body)
    title, heading_only = heading_title(body)
    if m.kind == "article":
        # An article is running text (its first words are no heading) unless it carries a
        # bracketed heading: 第五条【资金保障】.
        bracketed = _ARTICLE_HEADING.match(body)
        title, heading_only = (bracketed.group(1) if bracketed else None), False
    if m.md_level:
        # A Markdown (or Word) heading is a heading whatever its punctuation.
        title, heading_only = body.rstrip("：:"), True
    if m.kind in _HEADING_KINDS and title is None:
        title = body
    node = Node(
        key="", kind=m.kind, number=m.number or None, title=title, text=body, marker=m.marker
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


def _block(line: Line) -> Node:
    """A 目录, a cover notice, an 附件 or a 专栏: a heading node over its own lines."""
    kind = _BLOCK_KINDS.get(line.hint, "box")
    # 附件2, 专栏3: the number after the two-character label.
    number = (line.marker[2:] or None) if kind in ("annex", "box") else None
    node = Node(
        key="",
        kind=kind,
        number=number,
        title=line.text,
        text=line.text,
        marker=line.marker,
        heading_only=True,
    )
    if kind in ("toc", "cover"):
        node.children = [_paragraph(ln, True) for ln in line.group]
    else:
        node.children = parse_lines(line.group, inner=True)
    return node


def _pop(stack: list[_Open], m: Marked) -> None:
    if m.md_level:
        # Markdown headings nest by their level alone, over any numbering inside them.
        while stack and not (stack[-1].md_level and stack[-1].md_level < m.md_level):
            stack.pop()
        return
    while stack and stack[-1].rank >= m.rank:
        stack.pop()


def _to_taker(stack: list[_Open], *, bullet: bool = False) -> None:
    """Close what is open below the innermost node that takes paragraphs (a list of bullets
    or a caption is never the text of a one-sentence item: it belongs to the heading above)."""
    while stack and not (
        stack[-1].node.heading_only
        or stack[-1].node.kind in _ABSORBS_PARAGRAPHS
        or (stack[-1].takes and not bullet)
    ):
        stack.pop()


def _marked(line: Line, top: float) -> Marked:
    if line.plain:
        return Marked("", PLAIN_RANK, "", "", line.text)
    m = classify(line.text)
    if line.hint == "preface":
        return Marked("preface", top, "", "", line.text)
    if line.hint == "bold" and not m.kind:
        return Marked("heading", _BOLD_LEVEL, "", "", line.text, _BOLD_LEVEL)
    return m


def _top_rank(lines: list[Line]) -> float:
    """The rank of the outermost numbering of a text (where a 序言 stands beside it)."""
    ranks = [
        m.rank
        for ln in lines
        if not ln.plain and not ln.hint
        for m in (classify(ln.text),)
        if m.kind and not m.md_level and m.kind not in ("heading", "goal")
    ]
    return min(ranks, default=0.5)


def parse_lines(lines: Iterable[Line | str], *, inner: bool = False) -> list[Node]:
    """Build the node tree from canonical, non-empty lines (`inner`: inside a block)."""
    items = [item if isinstance(item, Line) else Line(item) for item in lines]
    top = _top_rank(items) if any(ln.hint == "preface" for ln in items) else 0.5
    roots: list[Node] = []
    stack: list[_Open] = []
    seen_structure = inner
    for line in items:
        if line.hint in _BLOCK_KINDS:
            stack.clear()
            roots.append(_block(line))
            # A cover notice or a 目录 comes before the text; its preamble is still one.
            seen_structure = seen_structure or line.hint == "annex"
            continue
        if line.hint == "box":
            _to_taker(stack)
            (stack[-1].node.children if stack else roots).append(_block(line))
            continue
        m = _marked(line, top)
        if (
            m.kind == "chapter"
            and m.rank == 12
            and any(o.node.marker.startswith("第") and o.node.kind == "chapter" for o in stack)
        ):
            m = Marked("part", m.rank, m.marker, m.number, m.body, m.md_level)
        if not m.kind:
            node = _paragraph(line, seen_structure or line.closing)
            if line.closing:
                stack.clear()
            # The paragraph belongs to the innermost open heading (or article); whatever is
            # open below that is closed, so numbered lines after it keep the reading order.
            _to_taker(stack, bullet=line.plain)
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
        # Inside an article, items are the article's list, not headings of what follows.
        takes = (
            not m.md_level
            and _one_short_sentence(node.text)
            and not any(o.node.kind == "article" for o in stack)
        )
        stack.append(_Open(node, rank, m.md_level, takes))
    return roots


def parse_body(text: str, *, title: str) -> list[Node]:
    """Parse a document body (cleaned and canonicalised here) into keyed, cited nodes."""
    lines = prepare_lines(text).lines
    block = detect_title(lines)
    # A body that opens with its own title (an imported text) does not repeat it as a node.
    if block.title is not None and block.title == canonical_line(title):
        lines = body_after_title(lines, block)
    nodes = parse_lines(lay_out(lines, title=canonical_line(title)))
    assign_keys(nodes, doc_title=title)
    return nodes


def chapter_value(node: Node) -> int | None:
    """The numeric value of a node's printed number."""
    return cn_to_int(node.number or "")
