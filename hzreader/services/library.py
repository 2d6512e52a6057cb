"""The library: documents, their outlines and nodes."""

from __future__ import annotations

from hzreader.core.bundled import BRIEF_ID, PLAN_ID, parse_bundled, split_bundle
from hzreader.core.bundled import content_hash as hash_text
from hzreader.core.errors import NotFoundError
from hzreader.core.model import Document, Node
from hzreader.core.parser import PARSER_VERSION
from hzreader.i18n import Errors
from hzreader.paths import BUNDLED_PLAN
from hzreader.services.context import AppContext
from hzreader.storage import documents as repo
from hzreader.storage.engine import write_session


class LibraryService:
    """Read access to the documents, and loading of the bundled plan."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self._cache: dict[str, Document] = {}

    def ensure_bundled(self) -> list[str]:
        """Load the bundled plan and brief when missing or changed, and parse imported documents
        again when the parser changed; the ids of the documents whose nodes were rebuilt (their
        notes must be re-anchored) that had been there before."""
        raw = BUNDLED_PLAN.read_text(encoding="utf-8")
        brief_raw, _title, plan_raw = split_bundle(raw)
        with self.ctx.sessions() as session:
            have = {d.id: d.content_hash for d in repo.list_documents(session)}
            versions = repo.parser_versions(session)
        wanted = {PLAN_ID: hash_text(plan_raw), BRIEF_ID: hash_text(brief_raw)}
        stale = [
            doc_id
            for doc_id, digest in wanted.items()
            if have.get(doc_id) != digest or versions.get(doc_id) != PARSER_VERSION
        ]
        imported = {d: v for d, v in versions.items() if d not in wanted}
        rebuilt = self._reparse_outdated(imported)
        if not stale:
            return rebuilt
        plan, brief = parse_bundled(raw)
        with write_session(self.ctx.sessions) as session:
            for order, doc in enumerate((plan, brief)):
                if doc.id in stale:
                    repo.save_document(
                        session, doc, parser_version=PARSER_VERSION, sort_order=order
                    )
        self._cache.clear()
        return rebuilt + [d for d in stale if d in have]

    def _reparse_outdated(self, versions: dict[str, int]) -> list[str]:
        """Parse imported documents again when the parser has changed since their import."""
        from hzreader.core.document import parse_document

        outdated = [d for d, v in versions.items() if v != PARSER_VERSION]
        for doc_id in outdated:
            with write_session(self.ctx.sessions) as session:
                kind, title, source = repo.source_of(session, doc_id)
                info = repo.get_document_info(session, doc_id)
                keep_all = bool(info and info.keep_all)
                doc = parse_document(
                    source, doc_id=doc_id, title=title, kind=kind, keep_all=keep_all
                )
                doc.content_hash = info.content_hash if info else hash_text(source)
                doc.source_name = info.source_name if info else ""
                repo.save_document(session, doc, parser_version=PARSER_VERSION, sort_order=0)
        if outdated:
            self._cache.clear()
        return outdated

    def documents(self) -> list[Document]:
        """Every document in library order (the bundled plan first), without nodes."""
        with self.ctx.sessions() as session:
            return repo.list_documents(session)

    def default_doc_id(self) -> str:
        """The document shown when none is named: the bundled plan."""
        return PLAN_ID

    def document(self, doc_id: str | None = None) -> Document:
        """A document with its whole tree; NotFoundError when there is none."""
        doc_id = doc_id or PLAN_ID
        doc = self._cache.get(doc_id)
        if doc is None:
            with self.ctx.sessions() as session:
                doc = repo.load_document(session, doc_id)
            if doc is None:
                raise NotFoundError(
                    Errors.tr("没有这个文档：{0}（用 docs 命令查看文档列表）").format(doc_id)
                )
            self._cache[doc_id] = doc
        return doc

    def node(self, key: str, doc_id: str | None = None) -> Node:
        """One node by key; NotFoundError when the document has no such key."""
        doc = self.document(doc_id)
        node = doc.find(key)
        if node is None:
            raise NotFoundError(
                Errors.tr("{0} 中没有节点 {1}（用 outline 命令查看所有节点）").format(doc.id, key)
            )
        return node

    def invalidate(self, doc_id: str | None = None) -> None:
        """Forget cached trees (after an import, rename or delete)."""
        if doc_id is None:
            self._cache.clear()
        else:
            self._cache.pop(doc_id, None)
