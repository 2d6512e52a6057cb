"""Annotating: highlights, notes, tags, colours, the trash and undo."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from hzreader.core.anchoring import Selector, make_selector, reattach
from hzreader.core.annotation import (
    Annotation,
    check_note,
    normalize_color,
    normalize_tag,
    tag_matches,
)
from hzreader.core.bundled import content_hash
from hzreader.core.errors import BadInputError, NotFoundError
from hzreader.i18n import QT_TRANSLATE_NOOP, Errors, Later
from hzreader.services.context import AppContext
from hzreader.services.history import Step, UndoHistory
from hzreader.storage import annotations as repo
from hzreader.storage.engine import write_session

if TYPE_CHECKING:
    from hzreader.services.library import LibraryService

Listener = Callable[[list[str]], None]


@dataclass(frozen=True)
class TagInfo:
    """A tag with its colour and how many live notes carry it."""

    name: str
    color: str | None
    count: int


@dataclass
class _Snapshot:
    annotations: dict[str, tuple[Annotation, str] | None]
    tags: dict[str, tuple[bool, str | None]]


def _step(text: str, *fields: object) -> Later:
    """An undo step's name, said in the window's language when it is shown."""
    return Later("Messages", text, fields)


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


class AnnotationService:
    """Every change is one short transaction, recorded in `history` for undo."""

    def __init__(
        self,
        ctx: AppContext,
        library: LibraryService,
        history: UndoHistory | None = None,
    ) -> None:
        self.ctx = ctx
        self.library = library
        self.history = history or UndoHistory()
        self.listeners: list[Listener] = []

    # Reading -------------------------------------------------------------------------------

    def get(self, annotation_id: str) -> Annotation:
        """One annotation (live or in the trash); NotFoundError when unknown."""
        with self.ctx.sessions() as session:
            found = repo.get_annotation(session, annotation_id)
        if found is None:
            raise NotFoundError(Errors.tr("没有这条笔记：{0}").format(annotation_id))
        return found

    def list(
        self,
        *,
        doc_id: str | None = None,
        tag: str | None = None,
        color: str | None = None,
        text: str | None = None,
        review_only: bool = False,
    ) -> list[Annotation]:
        """Live annotations in plan order, filtered by document, tag subtree, colour, text."""
        with self.ctx.sessions() as session:
            return repo.list_annotations(
                session,
                doc_id=doc_id,
                tag=normalize_tag(tag) if tag else None,
                color=normalize_color(color) if color else None,
                text=text or None,
                review_only=review_only,
            )

    def ids(
        self,
        *,
        doc_id: str | None = None,
        keys: Iterable[str] | None = None,
        tag: str | None = None,
        color: str | None = None,
        text: str | None = None,
        review_only: bool = False,
        order: str = "position",
    ) -> list[str]:
        """Ids of live annotations with list()'s filters (and node keys), filtered by the
        database: in plan order, or newest first by `order` "created" or "updated"."""
        with self.ctx.sessions() as session:
            return repo.annotation_ids(
                session,
                doc_id=doc_id,
                keys=list(keys) if keys is not None else None,
                tag=normalize_tag(tag) if tag else None,
                color=normalize_color(color) if color else None,
                text=text or None,
                review_only=review_only,
                order=order,
            )

    def get_many(self, ids: Iterable[str]) -> list[Annotation]:
        """The annotations with these ids (live or trashed), in the order asked; unknown ones
        are left out."""
        wanted = list(ids)
        with self.ctx.sessions() as session:
            found = repo.list_annotations(session, ids=wanted, deleted=None)
        by_id = {a.id: a for a in found}
        return [by_id[i] for i in wanted if i in by_id]

    def trash(self) -> list[Annotation]:
        """Annotations in the trash."""
        with self.ctx.sessions() as session:
            return repo.list_annotations(session, deleted=True)

    def tags(self) -> list[TagInfo]:
        """Every tag with its use count."""
        with self.ctx.sessions() as session:
            return [TagInfo(n, c, k) for n, c, k in repo.tag_counts(session)]

    def colors(self) -> list[tuple[str, str, str]]:
        """(name, meaning, hex) of the highlight colours."""
        with self.ctx.sessions() as session:
            return repo.colors(session)

    # Creating and editing --------------------------------------------------------------------

    def create(
        self,
        key: str,
        *,
        doc_id: str | None = None,
        quote: str | None = None,
        start: int | None = None,
        end: int | None = None,
        note: str = "",
        tags: Iterable[str] = (),
        color: str | None = None,
    ) -> Annotation:
        """A highlight (and note) on a node, or on a span of it given by offsets or a quote."""
        node = self.library.node(key, doc_id)
        doc = self.library.document(doc_id)
        selector = self._selector(node.text, quote, start, end)
        now = _now()
        annotation = Annotation(
            id=str(uuid.uuid4()),
            doc=doc.id,
            key=node.key,
            quote=selector.quote,
            note=check_note(note),
            tags=sorted({normalize_tag(t) for t in tags}),
            color=normalize_color(color),
            created=now,
            updated=now,
            prefix=selector.prefix,
            suffix=selector.suffix,
            start=selector.start,
            end=selector.end,
            citation=node.citation,
        )
        text_hash = content_hash(node.text)

        def apply() -> None:
            with write_session(self.ctx.sessions) as session:
                repo.save_annotation(session, annotation, node_text_hash=text_hash)

        self._record(
            _step(QT_TRANSLATE_NOOP("Messages", "新建笔记")),
            [annotation.id],
            annotation.tags,
            apply,
        )
        return self.get(annotation.id)

    @staticmethod
    def _selector(text: str, quote: str | None, start: int | None, end: int | None) -> Selector:
        if start is not None or end is not None:
            if start is None or end is None or not 0 <= start < end <= len(text):
                raise BadInputError(Errors.tr("选区超出了这个节点的文字范围"))
            return make_selector(text, start, end)
        if quote:
            at = text.find(quote)
            if at < 0:
                raise BadInputError(Errors.tr("这个节点中没有“{0}”这段文字").format(quote[:30]))
            return make_selector(text, at, at + len(quote))
        return make_selector(text, 0, len(text))

    def update(
        self,
        annotation_id: str,
        *,
        note: str | None = None,
        tags: Iterable[str] | None = None,
        color: str | None = None,
    ) -> Annotation:
        """Change a note's text, tags or colour."""
        current = self.get(annotation_id)
        new_tags = sorted({normalize_tag(t) for t in tags}) if tags is not None else current.tags
        changed = replace(
            current,
            note=check_note(note) if note is not None else current.note,
            tags=new_tags,
            color=normalize_color(color) if color is not None else current.color,
            updated=_now(),
        )

        def apply() -> None:
            with write_session(self.ctx.sessions) as session:
                row = repo.get_row(session, annotation_id)
                repo.save_annotation(session, changed, node_text_hash=row.node_text_hash)

        self._record(
            _step(QT_TRANSLATE_NOOP("Messages", "编辑笔记")),
            [annotation_id],
            [*current.tags, *new_tags],
            apply,
        )
        return self.get(annotation_id)

    def delete(self, annotation_id: str) -> None:
        """Move a note to the trash."""
        self._set_deleted([annotation_id], _now(), _step(QT_TRANSLATE_NOOP("Messages", "删除笔记")))

    def restore(self, annotation_id: str) -> None:
        """Bring a note back from the trash."""
        self._set_deleted([annotation_id], None, _step(QT_TRANSLATE_NOOP("Messages", "恢复笔记")))

    def _set_deleted(self, ids: list[str], when: str | None, text: Later) -> None:
        current = [self.get(i) for i in ids]

        def apply() -> None:
            with write_session(self.ctx.sessions) as session:
                for a in current:
                    row = repo.get_row(session, a.id)
                    changed = replace(a, deleted=when, updated=_now())
                    repo.save_annotation(session, changed, node_text_hash=row.node_text_hash)

        self._record(text, ids, [t for a in current for t in a.tags], apply)

    def empty_trash(self) -> int:
        """Delete every note in the trash for good (undoable while the window is open)."""
        ids = [a.id for a in self.trash()]
        if not ids:
            return 0

        def apply() -> None:
            with write_session(self.ctx.sessions) as session:
                repo.purge(session, ids)

        self._record(_step(QT_TRANSLATE_NOOP("Messages", "清空回收站")), ids, [], apply)
        return len(ids)

    # Tags and colours ------------------------------------------------------------------------

    def rename_tag(self, old: str, new: str) -> None:
        """Rename a tag (and the tags below it); renaming onto an existing tag merges them."""
        old, new = normalize_tag(old), normalize_tag(new)
        if old == new:
            return
        names = [t.name for t in self.tags() if tag_matches(t.name, old)]
        if not names:
            raise NotFoundError(Errors.tr("没有标签“{0}”").format(old))
        mapping = {n: new + n[len(old) :] for n in names}
        self._retag(mapping, _step(QT_TRANSLATE_NOOP("Messages", "重命名标签 {0} → {1}"), old, new))

    def merge_tags(self, sources: Iterable[str], target: str) -> None:
        """Fold several tags into one."""
        target = normalize_tag(target)
        mapping = {normalize_tag(s): target for s in sources if normalize_tag(s) != target}
        self._retag(mapping, _step(QT_TRANSLATE_NOOP("Messages", "合并标签到 {0}"), target))

    def delete_tag(self, name: str) -> None:
        """Remove a tag from every note (the notes stay)."""
        name = normalize_tag(name)
        if name not in {t.name for t in self.tags()}:
            raise NotFoundError(Errors.tr("没有标签“{0}”").format(name))
        self._retag({name: None}, _step(QT_TRANSLATE_NOOP("Messages", "删除标签 {0}"), name))

    def _retag(self, mapping: dict[str, str | None], text: Later) -> None:
        with self.ctx.sessions() as session:
            members = {n: repo.tag_members(session, n) for n in mapping}
            colors = {n: getattr(repo.get_tag(session, n), "color", None) for n in mapping}
        ids = sorted({i for group in members.values() for i in group})
        targets = [t for t in mapping.values() if t]

        def apply() -> None:
            with write_session(self.ctx.sessions) as session:
                for annotation_id in ids:
                    a = repo.get_annotation(session, annotation_id)
                    new = {mapping.get(t, t) for t in a.tags}
                    repo.set_tags(session, annotation_id, sorted(t for t in new if t))
                for old, new_name in mapping.items():
                    tag = repo.get_tag(session, old)
                    if tag is not None:
                        session.delete(tag)
                    if new_name and colors[old]:
                        repo.tag_id(session, new_name)
                        target = repo.get_tag(session, new_name)
                        target.color = target.color or colors[old]

        self._record(text, ids, [*mapping, *targets], apply)

    def set_tag_color(self, name: str, color: str | None) -> None:
        """Give a tag a colour (hex) or none."""
        name = normalize_tag(name)

        def apply() -> None:
            with write_session(self.ctx.sessions) as session:
                tag = repo.get_tag(session, name)
                if tag is None:
                    raise NotFoundError(Errors.tr("没有标签“{0}”").format(name))
                tag.color = color

        self._record(_step(QT_TRANSLATE_NOOP("Messages", "标签颜色 {0}"), name), [], [name], apply)

    def set_color_label(self, name: str, label: str) -> None:
        """Change what a highlight colour means (黄 = 重点)."""
        name = normalize_color(name)
        with write_session(self.ctx.sessions) as session:
            repo.set_color_label(session, name, label.strip()[:20] or name)
        self._notify([])

    # Anchoring -------------------------------------------------------------------------------

    def reanchor(self, doc_id: str) -> tuple[int, int]:
        """Re-attach a document's notes after its text changed: (moved, needing review)."""
        self.library.invalidate(doc_id)
        doc = self.library.document(doc_id)
        moved = review = 0
        changed: list[str] = []
        with write_session(self.ctx.sessions) as session:
            for a in repo.list_annotations(session, doc_id=doc_id):
                node = doc.find(a.key)
                row = repo.get_row(session, a.id)
                if node is not None and content_hash(node.text) == row.node_text_hash:
                    continue
                sel = Selector(a.quote, a.prefix, a.suffix, a.start or 0, a.end or 0)
                found = reattach(sel, a.key, doc)
                if found is None:
                    row.needs_review = True
                    review += 1
                else:
                    key, fresh = found
                    target = doc.find(key)
                    row.node_key, row.quote = key, fresh.quote
                    row.prefix, row.suffix = fresh.prefix, fresh.suffix
                    row.start, row.end = fresh.start, fresh.end
                    row.node_text_hash = content_hash(target.text)
                    row.needs_review = False
                    moved += 1
                changed.append(a.id)
        if changed:
            self._notify(changed)
        return moved, review

    # Undo plumbing ---------------------------------------------------------------------------

    def _snapshot(self, ids: list[str], tag_names: Iterable[str]) -> _Snapshot:
        with self.ctx.sessions() as session:
            annotations: dict[str, tuple[Annotation, str] | None] = {}
            for annotation_id in ids:
                row = repo.get_row(session, annotation_id)
                a = repo.get_annotation(session, annotation_id)
                annotations[annotation_id] = (a, row.node_text_hash) if a and row else None
            tags = {}
            for name in dict.fromkeys(tag_names):
                tag = repo.get_tag(session, name)
                tags[name] = (tag is not None, tag.color if tag else None)
        return _Snapshot(annotations, tags)

    def _restore(self, snap: _Snapshot) -> None:
        with write_session(self.ctx.sessions) as session:
            for name, (exists, color) in snap.tags.items():
                if exists:
                    repo.tag_id(session, name)
                    repo.get_tag(session, name).color = color
            for annotation_id, saved in snap.annotations.items():
                if saved is None:
                    repo.purge(session, [annotation_id])
                else:
                    repo.save_annotation(session, saved[0], node_text_hash=saved[1])
            for name, (exists, _color) in snap.tags.items():
                tag = repo.get_tag(session, name)
                if not exists and tag is not None:
                    session.delete(tag)
        self._notify(list(snap.annotations))

    def _record(self, text: Later, ids: list[str], tags: Iterable[str], apply: Callable) -> None:
        tags = list(tags)
        before = self._snapshot(ids, tags)
        apply()
        after = self._snapshot(ids, tags)
        self.history.push(Step(text, lambda: self._restore(before), lambda: self._restore(after)))
        self._notify(ids)

    def _notify(self, ids: list[str]) -> None:
        for listener in list(self.listeners):
            listener(ids)
