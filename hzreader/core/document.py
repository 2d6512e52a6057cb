"""A whole imported text to a Document: title detected, debris dropped, structure parsed."""

from __future__ import annotations

from dataclasses import dataclass, field

from hzreader.core.bundled import content_hash
from hzreader.core.cleanup import prepare_lines
from hzreader.core.doctitle import body_after_title, detect_title, mark_closing
from hzreader.core.keys import assign_keys
from hzreader.core.model import Document
from hzreader.core.normalize import canonical_line
from hzreader.core.parser import parse_lines

UNTITLED = "未命名文档"


@dataclass
class ParseReport:
    """What parsing found besides the tree: the detected title and the dropped debris."""

    detected_title: str | None = None
    dropped: list[str] = field(default_factory=list)


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
) -> tuple[Document, ParseReport]:
    """The document and a report on its title and debris."""
    source = source_text(text)
    cleaned = prepare_lines(source)
    block = detect_title(cleaned.lines)
    chosen = canonical_line(title or "") or block.title or canonical_line(fallback_title)
    nodes = parse_lines(mark_closing(body_after_title(cleaned.lines, block)))
    assign_keys(nodes, doc_title=chosen or UNTITLED)
    doc = Document(
        id=doc_id,
        title=chosen or UNTITLED,
        kind=kind,
        nodes=nodes,
        source_text=source,
        content_hash=content_hash(source),
    )
    return doc, ParseReport(block.title, cleaned.dropped)


def parse_document(
    text: str,
    *,
    doc_id: str,
    title: str | None = None,
    kind: str = "document",
    fallback_title: str = UNTITLED,
) -> Document:
    """Parse a whole text; the title comes from its first line(s) unless one is given."""
    return parse_with_report(
        text, doc_id=doc_id, title=title, kind=kind, fallback_title=fallback_title
    )[0]
