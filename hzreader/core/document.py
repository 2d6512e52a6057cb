"""A whole imported text to a Document: title detected, debris dropped, structure parsed."""

from __future__ import annotations

from dataclasses import dataclass, field

from hzreader.core.bundled import content_hash
from hzreader.core.cleanup import Dropped, prepare_lines
from hzreader.core.doctitle import body_after_title, detect_title
from hzreader.core.keys import assign_keys
from hzreader.core.layout import lay_out
from hzreader.core.model import Document
from hzreader.core.normalize import canonical_line
from hzreader.core.parser import parse_lines
from hzreader.core.textbounds import break_long_lines

UNTITLED = "未命名文档"


@dataclass
class ParseReport:
    """What parsing found besides the tree: the detected title and the lines left out."""

    detected_title: str | None = None
    dropped: list[Dropped] = field(default_factory=list)


def source_text(text: str) -> str:
    """The decoded text as stored: no byte-order mark, line ends as \\n."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def parse_with_report(
    text: str,
    *,
    doc_id: str,
    title: str | None = None,
    kind: str = "document",
    fallback_title: str = UNTITLED,
    keep_all: bool = False,
) -> tuple[Document, ParseReport]:
    """The document and a report on its title and the lines left out (none with keep_all)."""
    source = source_text(text)
    # Over-long lines become several before parsing (the stored source stays as it came).
    cleaned = prepare_lines(break_long_lines(source), keep_all=keep_all)
    block = detect_title(cleaned.lines)
    if block.title is None:
        # The page named its title (Jina's Title:, a <title> line) and it was found in the
        # text, as a line detection alone would not take (a 小标题 ##, a headline with ！).
        block = cleaned.named_title() or block
    named = block.title or cleaned.page_title
    chosen = canonical_line(title or "") or named or canonical_line(fallback_title)
    body = body_after_title(cleaned.lines, block)
    nodes = parse_lines(lay_out(body, title=block.title or chosen))
    assign_keys(nodes, doc_title=chosen or UNTITLED)
    doc = Document(
        id=doc_id,
        title=chosen or UNTITLED,
        kind=kind,
        nodes=nodes,
        source_text=source,
        content_hash=content_hash(source),
        keep_all=keep_all,
    )
    return doc, ParseReport(named, cleaned.dropped)


def parse_document(
    text: str,
    *,
    doc_id: str,
    title: str | None = None,
    kind: str = "document",
    fallback_title: str = UNTITLED,
    keep_all: bool = False,
) -> Document:
    """Parse a whole text; the title comes from its first line(s) unless one is given."""
    return parse_with_report(
        text,
        doc_id=doc_id,
        title=title,
        kind=kind,
        fallback_title=fallback_title,
        keep_all=keep_all,
    )[0]
