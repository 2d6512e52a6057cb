"""New editions: compare two documents, import a file as the next edition, carry the notes.

An edition import is one transaction: the new document, every note moved (or marked for
review on the old edition), recorded target values moved to the new targets, the old edition
marked `superseded_by`, and a record of how things were before, so `undo_import` can put
them back at any later time (and a window can offer it as one undo step).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, select, update

from hzreader.core.anchoring import make_selector
from hzreader.core.annotation import Annotation
from hzreader.core.bundled import content_hash
from hzreader.core.carry import Carrier, Placement
from hzreader.core.compare import Comparison, TargetChange, compare_documents, compare_targets
from hzreader.core.errors import BadInputError, NotFoundError
from hzreader.core.model import Document
from hzreader.core.parser import PARSER_VERSION
from hzreader.i18n import QT_TRANSLATE_NOOP, Errors, Later
from hzreader.services.context import AppContext
from hzreader.services.history import Step, UndoHistory
from hzreader.services.importing import ImportPreview, free_document_id
from hzreader.storage import annotations as notes_repo
from hzreader.storage import documents as docs_repo
from hzreader.storage.engine import write_session
from hzreader.storage.tables import (
    AnnotationRow,
    DocumentRow,
    EditionImportRow,
    TargetActualRow,
)

if TYPE_CHECKING:
    from hzreader.services.importing import ImportService
    from hzreader.services.library import LibraryService

EDITION_MIN = 0.3  # share of the old edition's text found again: below it, no edition
_POSITION = ("doc_id", "node_key", "quote", "prefix", "suffix", "start", "end")


@dataclass
class EditionImport:
    """What `import --version-of` did."""

    document: Document
    previous: str
    carried: int
    review: int
    existing: bool = False
    comparison: Comparison | None = None
    placements: list[Placement] = field(default_factory=list)


@dataclass(frozen=True)
class ReviewItem:
    """A note left on an old edition for review, with its best candidate in the new one."""

    annotation: Annotation
    old_doc: str
    new_doc: str
    candidate: str | None


def _edition_share(cmp: Comparison, old: Document) -> float:
    """How much of the old edition's text comes back in the new one (0–1)."""
    sizes = {n.key: len(n.text) for n in old.walk() if n.kind != "sentence"}
    total = sum(sizes.values()) or 1
    kept = 0.0
    for c in cmp.changes:
        if c.kind != "sentence" and c.old and c.status in ("same", "moved", "changed"):
            kept += sizes.get(c.old, 0) * (1.0 if c.status != "changed" else c.similarity)
    return kept / total


class EditionService:
    """Comparisons, edition imports with their notes, the review queue and undo."""

    def __init__(
        self,
        ctx: AppContext,
        library: LibraryService,
        imports: ImportService,
        history: UndoHistory | None = None,
    ) -> None:
        self.ctx = ctx
        self.library = library
        self.imports = imports
        self.history = history
        self._compared: dict[tuple[str, str], Comparison] = {}

    # Comparing -----------------------------------------------------------------------------

    def compare(self, old_id: str, new_id: str) -> Comparison:
        """The clause-level comparison of two documents of the library."""
        old, new = self.library.document(old_id), self.library.document(new_id)
        if old.id == new.id:
            raise BadInputError(
                Errors.tr("不能把一个文档和它自己比较：请给出两个不同的文档（旧版 新版）")
            )
        stamp = (old.id + ":" + old.content_hash, new.id + ":" + new.content_hash)
        found = self._compared.get(stamp)
        if found is None:
            found = self._compared[stamp] = compare_documents(old, new)
        return found

    def target_changes(self, old_id: str, new_id: str) -> list[TargetChange]:
        """The quantitative targets of two editions, old value → new value."""
        return compare_targets(self.library.document(old_id), self.library.document(new_id))

    def versions(self, doc_id: str) -> list[Document]:
        """The editions of a document, newest first (the 版本 menu)."""
        docs = {d.id: d for d in self.library.documents()}
        if doc_id not in docs:
            raise NotFoundError(Errors.tr("没有这个文档：{0}").format(doc_id))
        older = {d.superseded_by: d.id for d in docs.values() if d.superseded_by}
        newest = doc_id
        while docs[newest].superseded_by in docs:
            newest = docs[newest].superseded_by
        chain = [docs[newest]]
        while chain[-1].id in older:
            chain.append(docs[older[chain[-1].id]])
        return chain

    def export_comparison(self, old_id: str, new_id: str, fmt: str, path: Path | str) -> int:
        """The 修订对照表 (原文 | 修改后 | 说明) as docx or md; rows written."""
        from hzreader.exporters.revision import FORMATS, write_revision

        if fmt not in FORMATS:
            raise BadInputError(
                Errors.tr("不支持的格式“{0}”，可用：{1}").format(fmt, Errors.tr("、").join(FORMATS))
            )
        cmp = self.compare(old_id, new_id)
        old, new = self.library.document(old_id), self.library.document(new_id)
        return write_revision(cmp, old, new, fmt, Path(path))

    # Importing an edition ------------------------------------------------------------------

    def preview_version(
        self, path: Path | str, of: str, *, title: str | None = None, encoding: str | None = None
    ) -> tuple[ImportPreview, Comparison | None]:
        """Read a file as a new edition of `of`: the preview and its comparison (None when
        the text is already in the library). BadInputError when it is no edition of `of`."""
        old = self.library.document(of)
        if old.superseded_by:
            raise BadInputError(
                Errors.tr("《{0}》已有新版本（ID {1}），请把新文件作为那个版本的新版本导入").format(
                    old.title, old.superseded_by
                )
            )
        preview = self.imports.preview(path, encoding=encoding, title=title or old.title)
        if preview.existing is not None:
            return preview, None
        cmp = compare_documents(old, preview.document)
        share = _edition_share(cmp, old)
        if share < EDITION_MIN:
            raise BadInputError(
                Errors.tr(
                    "{0} 不像是《{1}》的新版本（只有 {2:.0%} 的内容对得上"
                    "），没有导入；要作为独立文档导入，请去掉 --version-of"
                ).format(Path(path).name, old.title, share)
            )
        return preview, cmp

    def import_version(
        self,
        path: Path | str,
        of: str,
        *,
        title: str | None = None,
        encoding: str | None = None,
    ) -> EditionImport:
        """Import a file as the new edition of document `of` and carry its notes over."""
        preview, cmp = self.preview_version(path, of, title=title, encoding=encoding)
        if cmp is None:
            existing = self.library.document(preview.existing.id)
            return EditionImport(existing, of, 0, 0, existing=True)
        result = self.commit_version(preview, cmp, of)
        if self.history is not None:
            new_id = result.document.id
            self.history.push(
                Step(
                    Later(
                        "Messages",
                        QT_TRANSLATE_NOOP("Messages", "导入新版本《{0}》"),
                        (result.document.title,),
                    ),
                    lambda: self.undo_import(new_id),
                    lambda: self.redo_import(preview, of),
                )
            )
        return result

    def redo_import(self, preview: ImportPreview, of: str) -> EditionImport:
        """Import a previewed edition again after its import was undone."""
        return self.commit_version(
            preview, compare_documents(self.library.document(of), preview.document), of
        )

    def similar_documents(self, title: str, exclude: str | None = None) -> list[Document]:
        """Current documents whose title says they may be editions of `title`, best first."""
        from hzreader.core.edition_titles import similar_titles

        current = [d for d in self.library.documents() if not d.superseded_by and d.id != exclude]
        by_id = {d.id: d for d in current}
        return [by_id[i] for i, _ in similar_titles(title, [(d.id, d.title) for d in current])]

    def commit_version(self, preview: ImportPreview, cmp: Comparison, of: str) -> EditionImport:
        """Write a previewed edition of `of` (compared as `cmp`) and carry the notes over."""
        old = self.library.document(of)
        doc = preview.document
        doc.kind = old.kind  # the next edition of a plan is a plan (and of a guide, a guide)
        with self.ctx.sessions() as session:
            notes = notes_repo.list_annotations(session, doc_id=old.id)
        carrier = Carrier(old, doc, cmp)
        placements = [carrier.place(a) for a in notes]
        targets = [t for t in compare_targets(old, doc) if t.old is not None and t.new is not None]
        now = datetime.now().replace(microsecond=0)
        with write_session(self.ctx.sessions) as session:
            if docs_repo.find_by_hash(session, doc.content_hash) is not None:
                raise BadInputError(Errors.tr("这个文本已在文库中，没有重复导入"))
            doc.id = free_document_id(session, doc.content_hash)
            old_row = session.get(DocumentRow, old.id)
            orders = {
                r.id: r.sort_order
                for r in session.scalars(
                    select(DocumentRow).where(DocumentRow.sort_order > old_row.sort_order)
                )
            }
            orders[old.id] = old_row.sort_order
            snapshot = {
                "annotations": self._positions(session, [p.annotation_id for p in placements]),
                "actuals": {},
                "sort_orders": orders,
            }
            # The new edition takes the old one's place in the library; the old one follows it.
            session.execute(
                update(DocumentRow)
                .where(DocumentRow.sort_order > old_row.sort_order)
                .values(sort_order=DocumentRow.sort_order + 1)
            )
            position = old_row.sort_order
            old_row.sort_order = position + 1
            docs_repo.save_document(
                session,
                doc,
                parser_version=PARSER_VERSION,
                sort_order=position,
                encoding=preview.encoding,
            )
            old_row.superseded_by = doc.id
            nodes = {n.key: n for n in doc.walk()}
            updates, reviews = [], []
            for p in placements:
                if p.certain:
                    sel = p.selector
                    updates.append(
                        {
                            "id": p.annotation_id,
                            "doc_id": doc.id,
                            "node_key": p.key,
                            "quote": sel.quote,
                            "prefix": sel.prefix,
                            "suffix": sel.suffix,
                            "start": sel.start,
                            "end": sel.end,
                            "node_text_hash": content_hash(nodes[p.key].text),
                            "needs_review": False,
                        }
                    )
                else:
                    reviews.append({"id": p.annotation_id, "needs_review": True})
            if updates:
                session.execute(update(AnnotationRow), updates)
            if reviews:
                session.execute(update(AnnotationRow), reviews)
            for t in targets:
                rows = session.scalars(
                    select(TargetActualRow).where(
                        TargetActualRow.doc_id == old.id, TargetActualRow.target_id == t.old.id
                    )
                ).all()
                for row in rows:
                    snapshot["actuals"][str(row.id)] = [row.doc_id, row.target_id]
                    row.doc_id, row.target_id = doc.id, t.new.id
            session.add(
                EditionImportRow(
                    old_doc=old.id, new_doc=doc.id, created_at=now, snapshot=json.dumps(snapshot)
                )
            )
        self.library.invalidate()
        carried = sum(1 for p in placements if p.certain)
        return EditionImport(
            self.library.document(doc.id),
            old.id,
            carried,
            len(placements) - carried,
            comparison=cmp,
            placements=placements,
        )

    @staticmethod
    def _positions(session, ids: list[str]) -> dict[str, dict]:
        out = {}
        for row in session.scalars(select(AnnotationRow).where(AnnotationRow.id.in_(ids))):
            values = {name: getattr(row, name) for name in _POSITION}
            values["node_text_hash"] = row.node_text_hash
            values["needs_review"] = row.needs_review
            out[row.id] = values
        return out

    # Undo ------------------------------------------------------------------------------------

    def undo_import(self, new_id: str) -> dict[str, int]:
        """Put the library back as it was before edition `new_id` was imported.

        Notes written on the new edition since then go to the trash (never dropped)."""
        now = datetime.now().replace(microsecond=0)
        with write_session(self.ctx.sessions) as session:
            record = session.scalar(
                select(EditionImportRow)
                .where(EditionImportRow.new_doc == new_id)
                .order_by(EditionImportRow.id.desc())
            )
            if record is None:
                raise BadInputError(
                    Errors.tr("{0} 不是作为新版本导入的文档，无法撤销").format(new_id)
                )
            new_row = session.get(DocumentRow, new_id)
            if new_row is not None and new_row.superseded_by:
                raise BadInputError(
                    Errors.tr("{0} 之后还导入了新版本 {1}，请先撤销那一次").format(
                        new_id, new_row.superseded_by
                    )
                )
            snap = json.loads(record.snapshot)
            restored = 0
            for annotation_id, values in snap["annotations"].items():
                row = session.get(AnnotationRow, annotation_id)
                if row is None:
                    continue
                for name, value in values.items():
                    setattr(row, name, value)
                restored += 1
            trashed = session.execute(
                update(AnnotationRow)
                .where(AnnotationRow.doc_id == new_id, AnnotationRow.deleted_at.is_(None))
                .values(deleted_at=now, updated_at=now)
            ).rowcount
            for actual_id, (doc_id, target_id) in snap["actuals"].items():
                row = session.get(TargetActualRow, int(actual_id))
                if row is not None:
                    row.doc_id, row.target_id = doc_id, target_id
            session.execute(
                update(TargetActualRow)
                .where(TargetActualRow.doc_id == new_id)
                .values(doc_id=record.old_doc)
            )
            docs_repo.delete_document(session, new_id)
            for doc_id, order in snap["sort_orders"].items():
                row = session.get(DocumentRow, doc_id)
                if row is not None:
                    row.sort_order = order
            old_row = session.get(DocumentRow, record.old_doc)
            if old_row is not None:
                old_row.superseded_by = None
            session.execute(delete(EditionImportRow).where(EditionImportRow.id == record.id))
        self.library.invalidate()
        return {"restored": restored, "trashed": int(trashed or 0)}

    # The review queue ------------------------------------------------------------------------

    def review_queue(self, doc_id: str | None = None) -> list[ReviewItem]:
        """Notes left on superseded editions for review, each with its best candidate."""
        docs = [d for d in self.library.documents() if d.superseded_by]
        if doc_id is not None:
            docs = [d for d in docs if doc_id in (d.id, d.superseded_by)]
        out: list[ReviewItem] = []
        for info in docs:
            with self.ctx.sessions() as session:
                notes = notes_repo.list_annotations(session, doc_id=info.id, review_only=True)
            if not notes:
                continue
            old, new = self.library.document(info.id), self.library.document(info.superseded_by)
            carrier = Carrier(old, new, self.compare(old.id, new.id))
            for a in notes:
                out.append(ReviewItem(a, old.id, new.id, carrier.place(a).candidate))
        return out

    def settle(
        self, annotation_id: str, key: str | None = None, *, keep_old: bool = False
    ) -> Annotation:
        """确认 (to the candidate), 改放 (to `key`) or 保留在旧版 a note under review."""
        with self.ctx.sessions() as session:
            a = notes_repo.get_annotation(session, annotation_id)
        if a is None:
            raise NotFoundError(Errors.tr("没有这条笔记：{0}").format(annotation_id))
        info = next((d for d in self.library.documents() if d.id == a.doc), None)
        if info is None or not info.superseded_by:
            raise BadInputError(Errors.tr("这条笔记不在旧版本上，无需复核"))
        new = self.library.document(info.superseded_by)
        node = None
        if not keep_old:
            if key is None:
                queue = self.review_queue(a.doc)
                key = next((i.candidate for i in queue if i.annotation.id == a.id), None)
            node = new.find(key) if key else None
            if node is None:
                raise BadInputError(Errors.tr("没有可放置的位置：请给出新版本中的节点键"))
        with write_session(self.ctx.sessions) as session:
            row = notes_repo.get_row(session, annotation_id)
            if node is None:
                row.needs_review = False
            else:
                at = node.text.find(a.quote) if a.quote else -1
                start, end = (at, at + len(a.quote)) if at >= 0 else (0, len(node.text))
                sel = make_selector(node.text, start, end)
                row.doc_id, row.node_key = new.id, node.key
                row.quote, row.prefix, row.suffix = sel.quote, sel.prefix, sel.suffix
                row.start, row.end = sel.start, sel.end
                row.node_text_hash = content_hash(node.text)
                row.needs_review = False
            row.updated_at = datetime.now().replace(microsecond=0)
        with self.ctx.sessions() as session:
            return notes_repo.get_annotation(session, annotation_id)
