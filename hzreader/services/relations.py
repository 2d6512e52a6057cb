"""Documents in relation: related clauses, the 对照表 of two documents, guides and their plan."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from hzreader.core.errors import BadInputError
from hzreader.core.matching import DEFAULT_LIMIT, Match, MatchIndex
from hzreader.core.model import Document, Node
from hzreader.core.textfeatures import NUMBERED_KINDS, Unit
from hzreader.exporters.alignment import FORMATS, AlignTable, TableRow, write_alignment
from hzreader.i18n import Errors
from hzreader.services.context import AppContext

if TYPE_CHECKING:
    from hzreader.services.library import LibraryService

ALIGN_LIMIT = 3
GUIDE_KIND = "guide"


@dataclass
class RelatedResult:
    """The nodes related to one node, best first (the `related --json` document)."""

    doc: str
    key: str
    matches: list[Match]

    def to_json(self) -> dict:
        """{"doc", "key", "related": [RELATED]}."""
        return {"doc": self.doc, "key": self.key, "related": [m.to_json() for m in self.matches]}

    def by_document(self) -> dict[str, list[Match]]:
        """The matches grouped by document, documents in order of their best match."""
        groups: dict[str, list[Match]] = defaultdict(list)
        for m in self.matches:
            groups[m.unit.doc].append(m)
        return dict(groups)


@dataclass
class AlignRow:
    """One numbered node of A with its counterparts in B."""

    unit: Unit
    matches: list[Match]

    def to_json(self) -> dict:
        """{"key", "title", "citation", "matches": [RELATED]}, plus kind and text."""
        u = self.unit
        return {
            "key": u.key,
            "kind": u.kind,
            "title": u.title,
            "citation": u.citation,
            "text": u.own_text,
            "matches": [m.to_json() for m in self.matches],
        }


@dataclass
class Alignment:
    """The 对照表 of document A against document B."""

    a: Document
    b: Document
    rows: list[AlignRow] = field(default_factory=list)

    def to_json(self) -> dict:
        """{"a", "b", "rows": [...]} as CLI.md gives it."""
        return {
            "a": self.a.id,
            "b": self.b.id,
            "a_title": self.a.title,
            "b_title": self.b.title,
            "rows": [r.to_json() for r in self.rows],
        }

    def matched(self) -> int:
        """Rows with at least one counterpart."""
        return sum(1 for r in self.rows if r.matches)


@dataclass(frozen=True)
class GuideLink:
    """A paragraph or heading of a guide and the clauses of its plan that it explains."""

    guide: str
    key: str
    matches: tuple[Match, ...]

    @property
    def best(self) -> Match | None:
        """The clause the link opens (None when the paragraph restates none)."""
        return self.matches[0] if self.matches else None


@dataclass(frozen=True)
class Explanation:
    """A guide paragraph that explains a clause: the "解读 1" beside the clause."""

    guide: str
    guide_key: str
    score: float


class RelationsService:
    """Clause matching over the library; the index is built once and rebuilt on change."""

    def __init__(self, ctx: AppContext, library: LibraryService) -> None:
        self.ctx = ctx
        self.library = library
        self._index: MatchIndex | None = None
        self._stamp: tuple = ()
        self._features: dict[str, dict[str, dict[str, int]]] = {}  # content hash → counts

    # The index ----------------------------------------------------------------------------

    def index(self) -> MatchIndex:
        """The match index of the current library (built, or rebuilt when documents changed)."""
        docs = self.library.documents()
        stamp = tuple((d.id, d.content_hash, d.title) for d in docs)
        if self._index is not None and stamp == self._stamp:
            return self._index
        index = MatchIndex()
        for info in docs:
            doc = self.library.document(info.id)
            index.add(doc, self._features.get(doc.content_hash))
            self._features[doc.content_hash] = index.counts_of(doc.id)
        self._index, self._stamp = index, stamp
        return index

    def _current_ids(self) -> list[str]:
        return [d.id for d in self.library.documents() if not d.superseded_by]

    # Related ------------------------------------------------------------------------------

    def related(
        self,
        key: str,
        *,
        doc_id: str | None = None,
        in_doc: str | None = None,
        limit: int = DEFAULT_LIMIT,
    ) -> RelatedResult:
        """Nodes of other documents (or of `in_doc`) most related to node `key`, best first."""
        node = self.library.node(key, doc_id)
        doc = self.library.document(doc_id)
        if limit < 0:
            raise BadInputError(Errors.tr("--limit 不能是负数"))
        index = self.index()
        if in_doc is not None:
            target = self.library.document(in_doc)
            if target.id == doc.id:
                raise BadInputError(Errors.tr("--in 给出的是同一个文档：请换一个文档对照"))
            targets = [target.id]
        else:
            # Superseded editions would only repeat the current one: left out unless named.
            targets = [d for d in self._current_ids() if d != doc.id]
        text = node.text if index.unit(doc.id, node.key) is None else None
        if text is None or text.strip():
            matches = index.related(doc.id, node.key, in_docs=targets, limit=limit, text=text)
        else:
            matches = []
        return RelatedResult(doc.id, node.key, matches)

    # The 对照表 ---------------------------------------------------------------------------

    def align(self, a: str, b: str, *, limit: int = ALIGN_LIMIT) -> Alignment:
        """Every numbered node of A with its counterparts in B."""
        doc_a, doc_b = self.library.document(a), self.library.document(b)
        if doc_a.id == doc_b.id:
            raise BadInputError(Errors.tr("对照的两个文档是同一个：请给出两个不同的文档"))
        index = self.index()
        units = index.units(doc_a.id)
        numbered = [u for u in units if u.kind in NUMBERED_KINDS]
        rows = [
            AlignRow(u, index.rank(index.source_for(doc_a.id, u.key), doc_b.id, limit=limit))
            for u in (numbered or units)
        ]
        return Alignment(doc_a, doc_b, rows)

    def export_alignment(self, a: str, b: str, fmt: str, path: Path | str) -> tuple[Path, int]:
        """Write the 对照表 as md, docx, csv or xlsx; (path, rows written)."""
        if fmt not in FORMATS:
            raise BadInputError(
                Errors.tr("不支持的格式“{0}”，可用：{1}").format(fmt, Errors.tr("、").join(FORMATS))
            )
        alignment = self.align(a, b)
        out = write_alignment(alignment_table(alignment), fmt, Path(path))
        return out, len(alignment.rows)

    # Guides -------------------------------------------------------------------------------

    def guide_target(self, guide_id: str) -> Document:
        """The document a guide explains: the one it names by 《title》, else the bundled plan."""
        guide = self.library.document(guide_id)
        text = "\n".join(n.text for n in guide.walk() if n.kind != "sentence")
        named = [
            d
            for d in self.library.documents()
            if d.id != guide.id and not d.superseded_by and f"《{d.title}》" in text
        ]
        if named:
            return self.library.document(named[0].id)
        return self.library.document(self.library.default_doc_id())

    def guide_links(self, guide_id: str, *, limit: int = ALIGN_LIMIT) -> list[GuideLink]:
        """Each paragraph and heading of a guide with the clauses it restates (best first)."""
        guide = self.library.document(guide_id)
        target = self.guide_target(guide.id)
        if target.id == guide.id:
            return []
        index = self.index()
        return [
            GuideLink(
                guide.id,
                u.key,
                tuple(index.rank(index.source_for(guide.id, u.key), target.id, limit=limit)),
            )
            for u in index.units(guide.id)
        ]

    def explained_by(self, doc_id: str | None = None) -> dict[str, list[Explanation]]:
        """For each clause of a document, the guide paragraphs that explain it (best first)."""
        doc = self.library.document(doc_id)
        out: dict[str, list[Explanation]] = defaultdict(list)
        for info in self.library.documents():
            if info.kind != GUIDE_KIND or info.id == doc.id:
                continue
            if self.guide_target(info.id).id != doc.id:
                continue
            for link in self.guide_links(info.id, limit=1):
                if link.best is not None:
                    out[link.best.unit.key].append(Explanation(info.id, link.key, link.best.score))
        for items in out.values():
            items.sort(key=lambda e: e.score, reverse=True)
        return dict(out)


def short_citation(citation: str, title: str) -> str:
    """A citation without the document's 《title》 (第三部分第9条), for a table cell."""
    prefix = f"《{title}》"
    return citation[len(prefix) :] if citation.startswith(prefix) else citation


def _label(unit_or_node: Unit | Node, doc_title: str) -> str:
    cite = short_citation(unit_or_node.citation, doc_title)
    title = unit_or_node.title or ""
    return f"{cite} {title}".strip() if title and title not in cite else cite


def _body(unit: Unit) -> str:
    # A heading's text is its title, already in the label.
    return "" if unit.own_text == unit.title else unit.own_text


def alignment_table(alignment: Alignment) -> AlignTable:
    """The 对照表 as plain rows for the exporters."""
    a_title, b_title = alignment.a.title, alignment.b.title
    rows = []
    for n, row in enumerate(alignment.rows, 1):
        matches = [
            (
                _label(m.unit, b_title),
                _body(m.unit),
                m.score,
                [e.phrase for e in m.evidence],
            )
            for m in row.matches
        ]
        rows.append(TableRow(n, _label(row.unit, a_title), _body(row.unit), matches))
    return AlignTable(a_title, b_title, rows)
