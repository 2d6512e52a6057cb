"""The targets ledger (指标台账): a document's targets, actual values and progress."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from hzreader.core.errors import BadInputError, NotFoundError
from hzreader.core.ledger import Actual, LedgerRow, parse_date, parse_value
from hzreader.core.limits import MAX_REMARK_CHARS
from hzreader.core.model import Document, Node, iter_with_parents
from hzreader.core.targets import Target, extract_targets
from hzreader.i18n import Errors
from hzreader.services.context import AppContext
from hzreader.storage import targets as repo
from hzreader.storage.engine import write_session

if TYPE_CHECKING:
    from hzreader.services.library import LibraryService

MAX_TEXT = MAX_REMARK_CHARS  # source and note are short remarks, not documents

Listener = Callable[[str], None]


def _short_text(value: str, what: str) -> str:
    text = (value or "").strip()
    if len(text) > MAX_TEXT:
        raise BadInputError(Errors.tr("{0}太长（最多 {1} 字）").format(what, MAX_TEXT))
    return text


def _row_for(target: Target, order: int, parents: tuple[Node, ...], node: Node) -> LedgerRow:
    chapter = next((p for p in parents if p.kind == "chapter"), None)
    section = next((p for p in reversed(parents) if p.kind in ("goal", "measure")), None)
    return LedgerRow(
        target=target,
        order=order,
        chapter_number=chapter.number if chapter else None,
        chapter_title=chapter.title if chapter else None,
        section_key=section.key if section else None,
        section_number=section.number if section and section.kind == "measure" else None,
        section_title=section.title if section else None,
        citation=node.citation,
    )


class TargetService:
    """Targets found in documents, and the actual values users record against them."""

    def __init__(self, ctx: AppContext, library: LibraryService) -> None:
        self.ctx = ctx
        self.library = library
        self.listeners: list[Listener] = []
        # doc id -> (content hash, ledger rows without actuals); extraction runs once per text.
        self._cache: dict[str, tuple[str, list[LedgerRow]]] = {}

    def _document(self, doc_id: str | None) -> Document:
        return self.library.document(doc_id or self.library.default_doc_id())

    def _bare_rows(self, doc: Document) -> list[LedgerRow]:
        cached = self._cache.get(doc.id)
        if cached and cached[0] == doc.content_hash:
            return cached[1]
        targets = extract_targets(doc)
        by_key: dict[str, list[Target]] = {}
        for t in targets:
            by_key.setdefault(t.key, []).append(t)
        rows: list[LedgerRow] = []
        for node, parents in iter_with_parents(doc.nodes):
            for t in by_key.get(node.key, []):
                rows.append(_row_for(t, len(rows), parents, node))
        self._cache[doc.id] = (doc.content_hash, rows)
        return rows

    def targets(self, doc_id: str | None = None) -> list[Target]:
        """The targets of a document (default: the plan) in reading order."""
        return [r.target for r in self._bare_rows(self._document(doc_id))]

    def target(self, target_id: str, doc_id: str | None = None) -> Target:
        """One target by id; NotFoundError when the document has none such."""
        for t in self.targets(doc_id):
            if t.id == target_id:
                return t
        doc = self._document(doc_id)
        raise NotFoundError(
            Errors.tr("{0} 中没有指标 {1}（用 targets --json 查看指标 id）").format(
                doc.id, target_id
            )
        )

    def ledger(self, doc_id: str | None = None) -> list[LedgerRow]:
        """Every target with its place, its actual values (newest first) and progress."""
        doc = self._document(doc_id)
        rows = self._bare_rows(doc)
        with self.ctx.sessions() as session:
            actuals = repo.actuals_by_target(session, doc.id)
        return [replace(r, actuals=tuple(actuals.get(r.target.id, ()))) for r in rows]

    def actuals(self, target_id: str, doc_id: str | None = None) -> list[Actual]:
        """The actual values of one target, newest first."""
        doc = self._document(doc_id)
        with self.ctx.sessions() as session:
            return repo.actuals_of(session, doc.id, target_id)

    def orphaned_actuals(self, doc_id: str | None = None) -> list[Actual]:
        """Actual values whose target is no longer found in the document's text."""
        # They are kept, never dropped: a corrected text may bring their target back.
        doc = self._document(doc_id)
        known = {t.id for t in self.targets(doc.id)}
        with self.ctx.sessions() as session:
            actuals = repo.actuals_by_target(session, doc.id)
        return [a for tid, items in actuals.items() if tid not in known for a in items]

    def record_actual(
        self,
        doc_id: str | None,
        target_id: str,
        value: float | str,
        recorded_on: str | date,
        source: str = "",
        note: str = "",
    ) -> Actual:
        """Record one actual value in one short transaction; nothing is written on bad input."""
        doc = self._document(doc_id)
        self.target(target_id, doc.id)
        number = parse_value(value)
        day = parse_date(recorded_on)
        source_text = _short_text(source, Errors.tr("来源"))
        note_text = _short_text(note, Errors.tr("备注"))
        with write_session(self.ctx.sessions) as session:
            actual = repo.add_actual(
                session,
                doc_id=doc.id,
                target_id=target_id,
                value=number,
                recorded_on=day,
                source=source_text,
                note=note_text,
            )
        self._notify(doc.id)
        return actual

    def delete_actual(self, actual_id: int | str) -> Actual:
        """Delete one actual value; NotFoundError when there is none."""
        try:
            number = int(actual_id)
        except (TypeError, ValueError):
            raise NotFoundError(Errors.tr("没有这条实际值记录：{0}").format(actual_id)) from None
        with write_session(self.ctx.sessions) as session:
            found = repo.get_actual(session, number)
            if found is None:
                raise NotFoundError(Errors.tr("没有这条实际值记录：{0}").format(actual_id))
            repo.delete_actual(session, found.id)
        self._notify(found.doc_id)
        return found

    def export_ledger(self, path: Path, fmt: str, doc_id: str | None = None) -> int:
        """Write the ledger to a file (csv, md, docx); returns the number of targets."""
        from hzreader.exporters.ledger import export_ledger

        doc = self._document(doc_id)
        return export_ledger(self.ledger(doc.id), Path(path), fmt, title=doc.title)

    def _notify(self, doc_id: str) -> None:
        for listener in list(self.listeners):
            listener(doc_id)
