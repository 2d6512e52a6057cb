"""What the search index holds: one record per searchable unit (pure Python, no Whoosh)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hzreader.core.model import Document, Node

# Kinds whose title names the passage a sentence belongs to, innermost wins.
_TITLED_KINDS = frozenset(
    {"measure", "goal", "chapter", "part", "section", "article", "item", "subitem", "heading"}
    | {"volume", "letter", "box", "annex", "preface", "cover"}
)


@dataclass(frozen=True)
class IndexRecord:
    """One indexed unit: a sentence (or heading) of a document, or a note."""

    uid: str
    doc: str
    key: str
    kind: str
    node_kind: str
    title: str
    text: str
    tags: tuple[str, ...] = ()
    color: str = ""
    chapter: str = ""
    measure: str = ""
    path: tuple[str, ...] = ()
    order: int = 0
    annotation_id: str = ""


def text_uid(doc: str, key: str) -> str:
    """The uid of a document's text unit."""
    return f"{doc}:{key}"


def note_uid(annotation_id: str) -> str:
    """The uid of a note."""
    return f"note:{annotation_id}"


def _context(parents: tuple[Node, ...], node: Node) -> tuple[str, str, str]:
    """(title, chapter number, measure number) from a node and its ancestors."""
    title = chapter = measure = ""
    for anc in (node, *reversed(parents)):
        if not title and anc.title and anc.kind in _TITLED_KINDS:
            title = anc.title
        if not chapter and anc.kind == "chapter" and anc.number:
            chapter = anc.number
        if not measure and anc.kind == "measure" and anc.number:
            measure = anc.number
    return title, chapter, measure


def _node_record(doc: Document, node: Node, parents: tuple[Node, ...], order: int) -> IndexRecord:
    title, chapter, measure = _context(parents, node)
    return IndexRecord(
        uid=text_uid(doc.id, node.key),
        doc=doc.id,
        key=node.key,
        kind="text",
        node_kind=node.kind,
        title=title or doc.title,
        text=node.text,
        chapter=chapter,
        measure=measure,
        path=tuple(p.key for p in parents),
        order=order,
    )


def _is_unit(node: Node) -> bool:
    """True for the smallest nodes that hold text: sentences, and nodes no sentence covers."""
    if node.kind == "sentence":
        return True
    # A heading (chapter 一、主要目标) or a block the splitter left whole.
    return bool(node.text.strip()) and not any(c.kind == "sentence" for c in node.children)


def records_from_document(doc: Document) -> list[IndexRecord]:
    """Text records of a parsed document: its sentences, and nodes no sentence covers."""
    from hzreader.core.model import iter_with_parents

    out: list[IndexRecord] = []
    for node, parents in iter_with_parents(doc.nodes):
        if _is_unit(node):
            out.append(_node_record(doc, node, parents, len(out)))
    return out


def node_contexts(doc: Document) -> dict[str, IndexRecord]:
    """Every node's key to a record with its title, chapter, measure and path (for notes)."""
    from hzreader.core.model import iter_with_parents

    out: dict[str, IndexRecord] = {}
    order = 0
    for node, parents in iter_with_parents(doc.nodes):
        out[node.key] = _node_record(doc, node, parents, order)
        order += _is_unit(node)
    return out


def note_record(
    *,
    annotation_id: str,
    doc: str,
    key: str,
    quote: str,
    note: str,
    tags: tuple[str, ...] = (),
    color: str = "",
    context: IndexRecord | None = None,
) -> IndexRecord:
    """A note's record; `context` (from `node_contexts`) gives its chapter, measure and order."""
    return IndexRecord(
        uid=note_uid(annotation_id),
        doc=doc,
        key=key,
        kind="note",
        node_kind=context.node_kind if context else "",
        title=quote,
        text=note,
        tags=tuple(tags),
        color=color,
        chapter=context.chapter if context else "",
        measure=context.measure if context else "",
        path=context.path if context else (),
        order=context.order if context else 0,
        annotation_id=annotation_id,
    )
