"""Importing documents into the library, and renaming or deleting them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hzreader.core.bundled import BRIEF_ID, PLAN_ID
from hzreader.core.chrome import Dropped
from hzreader.core.document import parse_with_report
from hzreader.core.errors import BadInputError, KnownError, NotFoundError
from hzreader.core.limits import MAX_TITLE_CHARS
from hzreader.core.model import Document, iter_with_parents
from hzreader.core.normalize import canonical_line
from hzreader.core.parser import PARSER_VERSION
from hzreader.i18n import Errors, Messages
from hzreader.importers import read_file
from hzreader.services.context import AppContext
from hzreader.storage import documents as repo
from hzreader.storage.engine import write_session
from hzreader.storage.tables import (
    AnnotationRow,
    BookmarkRow,
    DocumentRow,
    NodeRow,
    ReadMarkRow,
    TaskRow,
)

if TYPE_CHECKING:
    from hzreader.services.library import LibraryService

BUNDLED_IDS = frozenset({PLAN_ID, BRIEF_ID})
TITLE_MAX = MAX_TITLE_CHARS
_ID_PREFIX = "d"
_ID_HEX = 8


class DuplicateDocumentError(KnownError):
    """The same content is already in the library; `existing` is that document."""

    def __init__(self, existing: Document) -> None:
        super().__init__(
            Errors.tr("《{0}》已在文库中（ID {1}），内容相同，没有重复导入").format(
                existing.title, existing.id
            )
        )
        self.existing = existing


@dataclass
class ImportPreview:
    """What an import would add, read and parsed but not written."""

    path: Path
    title: str
    detected_title: str | None
    encoding: str
    format: str
    document: Document
    counts: dict[str, int] = field(default_factory=dict)
    levels: list[dict[str, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # The page's chrome left out, line by line with the reason of each (shown collapsed).
    dropped: list[Dropped] = field(default_factory=list)
    existing: Document | None = None
    size: int = 0
    keep_all: bool = False

    @property
    def node_count(self) -> int:
        """Every node of the document, sentences included."""
        return sum(self.counts.values())

    def dropped_by_reason(self) -> list[tuple[str, int]]:
        """(reason label, lines) of the left-out lines, the most frequent reason first."""
        counts = Counter(d.label for d in self.dropped)
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


@dataclass(frozen=True)
class ImportResult:
    """What an import did: the document added, or the one already there (`existing`)."""

    document: Document
    existing: bool
    preview: ImportPreview


@dataclass(frozen=True)
class DocumentSummary:
    """A library entry as the library panel lists it: metadata, node counts, live notes."""

    id: str
    title: str
    kind: str
    imported_at: str
    source_name: str
    counts: dict[str, int]
    notes: int
    superseded_by: str | None = None  # an old edition: the id of the one that replaced it

    @property
    def bundled(self) -> bool:
        """True for the plan and brief that ship with hzreader (never renamed or deleted)."""
        return self.id in BUNDLED_IDS


def node_count(doc: Document) -> int:
    """Every node of a document, sentences included (the `nodes` of `import --json`)."""
    return sum(1 for _ in doc.walk())


def outline_counts(doc: Document) -> tuple[dict[str, int], list[dict[str, int]]]:
    """Nodes per kind, and structural nodes (not sentences) per kind at each depth."""
    counts: Counter[str] = Counter()
    levels: list[Counter[str]] = []
    for node, parents in iter_with_parents(doc.nodes):
        counts[node.kind] += 1
        if node.kind == "sentence":
            continue
        while len(levels) <= len(parents):
            levels.append(Counter())
        levels[len(parents)][node.kind] += 1
    return dict(counts), [dict(level) for level in levels]


def _clean_title(title: str | None) -> str | None:
    if title is None:
        return None
    title = canonical_line(title)
    if not title:
        return None
    if len(title) > TITLE_MAX:
        raise BadInputError(
            Errors.tr("标题太长（{0} 字），最多 {1} 字").format(len(title), TITLE_MAX)
        )
    return title


class ImportService:
    """Import, rename and delete library documents; each write is one short transaction."""

    def __init__(self, ctx: AppContext, library: LibraryService) -> None:
        self.ctx = ctx
        self.library = library

    def preview(
        self,
        path: Path | str,
        *,
        encoding: str | None = None,
        title: str | None = None,
        keep_all: bool = False,
    ) -> ImportPreview:
        """Read and parse a file without writing anything (`keep_all`: the page's chrome too)."""
        path = Path(path)
        read = read_file(path, encoding=encoding)
        doc, report = parse_with_report(
            read.text,
            doc_id="",
            title=_clean_title(title),
            fallback_title=Path(read.source_name).stem,
            keep_all=keep_all,
        )
        doc.source_name = read.source_name
        counts, levels = outline_counts(doc)
        if not doc.nodes:
            raise BadInputError(Errors.tr("{0} 中没有可导入的正文").format(path.name))
        warnings = list(read.warnings)
        if report.detected_title is None and not _clean_title(title):
            warnings.append(
                Messages.tr("没有识别出标题，暂用文件名“{0}”，可在导入前修改").format(
                    Path(read.source_name).stem
                )
            )
        if not any(kind not in ("sentence", "preamble", "paragraph") for kind in counts):
            warnings.append(Messages.tr("没有识别出章节或编号条目，全文将作为段落导入"))
        if report.dropped:
            warnings.append(
                Messages.tr(
                    "已去掉 %n 行网页框架（导航、发布信息、版权等），"
                    "预览中逐行列出了去掉的内容和原因",
                    None,
                    len(report.dropped),
                )
            )
        with self.ctx.sessions() as session:
            existing = repo.find_by_hash(session, doc.content_hash)
        if existing is not None:
            warnings.append(
                Messages.tr("内容与文库中的《{0}》（ID {1}）相同").format(
                    existing.title, existing.id
                )
            )
        return ImportPreview(
            path=path,
            title=doc.title,
            detected_title=report.detected_title,
            encoding=read.encoding,
            format=read.format,
            document=doc,
            counts=counts,
            levels=levels,
            warnings=warnings,
            dropped=report.dropped,
            existing=existing,
            size=read.size,
            keep_all=keep_all,
        )

    def import_file(
        self,
        path: Path | str,
        *,
        title: str | None = None,
        encoding: str | None = None,
        keep_all: bool = False,
    ) -> Document:
        """Add a file to the library; DuplicateDocumentError when its content is already there."""
        return self.commit(self.preview(path, encoding=encoding, title=title, keep_all=keep_all))

    def add(
        self,
        path: Path | str,
        *,
        title: str | None = None,
        encoding: str | None = None,
        keep_all: bool = False,
    ) -> ImportResult:
        """Import a file, or find it already there: importing a text twice changes nothing."""
        return self.add_previewed(
            self.preview(path, encoding=encoding, title=title, keep_all=keep_all)
        )

    def add_previewed(self, preview: ImportPreview) -> ImportResult:
        """Write a previewed document, or give back the library's copy of the same text."""
        try:
            return ImportResult(self.commit(preview), False, preview)
        except DuplicateDocumentError as exc:
            existing = self.library.document(exc.existing.id)
            if existing.keep_all != preview.keep_all:
                preview.warnings.append(
                    Messages.tr("文库中的这份文档导入时保留了网页框架，这次没有改动它")
                    if existing.keep_all
                    else Messages.tr("文库中的这份文档导入时去掉了网页框架，这次没有改动它")
                )
            return ImportResult(existing, True, preview)

    def commit(self, preview: ImportPreview) -> Document:
        """Write a previewed document to the library, in one transaction."""
        doc = preview.document
        try:
            with write_session(self.ctx.sessions) as session:
                existing = repo.find_by_hash(session, doc.content_hash)
                if existing is not None:
                    raise DuplicateDocumentError(existing)
                doc.id = free_document_id(session, doc.content_hash)
                repo.save_document(
                    session,
                    doc,
                    parser_version=PARSER_VERSION,
                    sort_order=repo.next_sort_order(session),
                    encoding=preview.encoding,
                )
        except IntegrityError as exc:
            # Another window imported the same text between our check and our insert.
            with self.ctx.sessions() as session:
                existing = repo.find_by_hash(session, doc.content_hash)
            if existing is None:
                raise
            raise DuplicateDocumentError(existing) from exc
        self.library.invalidate(doc.id)
        with self.ctx.sessions() as session:
            info = repo.get_document_info(session, doc.id)
        doc.imported_at = info.imported_at if info else ""
        return doc

    def summaries(self) -> list[DocumentSummary]:
        """Every document in library order, with its node counts per kind and live notes."""
        with self.ctx.sessions() as session:
            docs = repo.list_documents(session)
            counts: dict[str, dict[str, int]] = {}
            rows = session.execute(
                select(NodeRow.doc_id, NodeRow.kind, func.count(NodeRow.id)).group_by(
                    NodeRow.doc_id, NodeRow.kind
                )
            )
            for doc_id, kind, n in rows:
                counts.setdefault(doc_id, {})[kind] = n
            notes = dict(
                session.execute(
                    select(AnnotationRow.doc_id, func.count(AnnotationRow.id))
                    .where(AnnotationRow.deleted_at.is_(None))
                    .group_by(AnnotationRow.doc_id)
                ).all()
            )
        return [
            DocumentSummary(
                d.id,
                d.title,
                d.kind,
                d.imported_at,
                d.source_name,
                counts.get(d.id, {}),
                int(notes.get(d.id, 0)),
                d.superseded_by,
            )
            for d in docs
        ]

    def rename(self, doc_id: str, title: str) -> Document:
        """Give a document a new title; its citations follow."""
        new = _clean_title(title)
        if new is None:
            raise BadInputError(Errors.tr("标题不能为空"))
        if doc_id in BUNDLED_IDS:
            raise BadInputError(Errors.tr("内置文档不能改名"))
        with write_session(self.ctx.sessions) as session:
            row = session.get(DocumentRow, doc_id)
            if row is None:
                raise NotFoundError(Errors.tr("没有这个文档：{0}").format(doc_id))
            old_prefix, new_prefix = f"《{row.title}》", f"《{new}》"
            for node in session.scalars(select(NodeRow).where(NodeRow.doc_id == doc_id)):
                if node.citation.startswith(old_prefix):
                    node.citation = new_prefix + node.citation[len(old_prefix) :]
            row.title = new
        self.library.invalidate(doc_id)
        return self.library.document(doc_id)

    def delete(self, doc_id: str) -> int:
        """Remove a document; its notes go to the trash. Returns how many notes moved there."""
        if doc_id in BUNDLED_IDS:
            raise BadInputError(Errors.tr("内置文档不能删除"))
        now = datetime.now().replace(microsecond=0)
        with write_session(self.ctx.sessions) as session:
            if session.get(DocumentRow, doc_id) is None:
                raise NotFoundError(Errors.tr("没有这个文档：{0}").format(doc_id))
            # Annotations hold no foreign key to documents: they outlive the document in the
            # trash, where they can be restored or re-attached if the text comes back.
            trashed = session.execute(
                update(AnnotationRow)
                .where(AnnotationRow.doc_id == doc_id, AnnotationRow.deleted_at.is_(None))
                .values(deleted_at=now, updated_at=now)
            ).rowcount
            # Its tasks go to the task trash likewise.
            session.execute(
                update(TaskRow)
                .where(TaskRow.doc_id == doc_id, TaskRow.deleted_at.is_(None))
                .values(deleted_at=now, updated_at=now)
            )
            # Bookmarks and the study map point into the text: they go with it.
            session.execute(delete(BookmarkRow).where(BookmarkRow.doc_id == doc_id))
            session.execute(delete(ReadMarkRow).where(ReadMarkRow.doc_id == doc_id))
            repo.delete_document(session, doc_id)
        self.library.invalidate(doc_id)
        return int(trashed or 0)


def free_document_id(session: Session, content_hash: str) -> str:
    """`d` and the first hex digits of the content hash, longer while another document has it."""
    width = _ID_HEX
    while width <= len(content_hash):
        candidate = _ID_PREFIX + content_hash[:width]
        if session.get(DocumentRow, candidate) is None:
            return candidate
        width += 2
    raise KnownError(
        Errors.tr("无法为文档分配 ID")
    )  # pragma: no cover - needs a full hash collision
