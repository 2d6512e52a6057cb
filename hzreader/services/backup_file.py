"""The JSON backup: export everything a user made, and merge such a file back in."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from hzreader.core.anchoring import Selector, reattach
from hzreader.core.annotation import Annotation, normalize_tag, tag_matches
from hzreader.core.bookmark import Bookmark
from hzreader.core.bundled import BRIEF_ID, PLAN_ID, content_hash
from hzreader.core.document import parse_document
from hzreader.core.files import write_atomic
from hzreader.core.model import Document
from hzreader.core.parser import PARSER_VERSION
from hzreader.core.preferences import DEFAULT_COLOR_MEANINGS
from hzreader.core.tasks import Task
from hzreader.core.textbounds import within_limits
from hzreader.exporters import backup_json
from hzreader.services.context import AppContext
from hzreader.storage import annotations as notes_repo
from hzreader.storage import bookmarks as marks_repo
from hzreader.storage import documents as docs_repo
from hzreader.storage import tasks as tasks_repo
from hzreader.storage import transfer
from hzreader.storage.engine import write_session

if TYPE_CHECKING:
    from hzreader.services.backups import BackupService
    from hzreader.services.library import LibraryService
    from hzreader.services.preferences import PreferencesService

BUNDLED_IDS = (PLAN_ID, BRIEF_ID)


@dataclass
class RestoreResult:
    """What a restore did: notes added, updated (backup newer), skipped (local as new)."""

    added: int = 0
    updated: int = 0
    skipped: int = 0
    documents_added: list[str] = field(default_factory=list)
    needs_review: int = 0
    backup: str | None = None
    tasks_added: int = 0
    tasks_updated: int = 0
    bookmarks_added: int = 0
    bookmarks_updated: int = 0
    read_added: int = 0

    def to_json(self) -> dict:
        """The shape of CLI.md plus details."""
        return {
            "added": self.added,
            "updated": self.updated,
            "skipped": self.skipped,
            "review": self.needs_review,
            "documents_added": self.documents_added,
            "needs_review": self.needs_review,
            "tasks_added": self.tasks_added,
            "tasks_updated": self.tasks_updated,
            "bookmarks_added": self.bookmarks_added,
            "bookmarks_updated": self.bookmarks_updated,
            "read_added": self.read_added,
            "backup": self.backup,
        }


@dataclass
class _Plan:
    new_docs: list[Document] = field(default_factory=list)
    writes: list[tuple[Annotation, str, bool]] = field(default_factory=list)
    skipped: int = 0
    tags: list[tuple[str, str | None]] = field(default_factory=list)
    actuals: list[dict] = field(default_factory=list)
    tasks: list[tuple[Task, bool]] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    bookmarks: list[tuple[Bookmark, bool]] = field(default_factory=list)
    read_marks: list[tuple[str, str, datetime]] = field(default_factory=list)
    settings: dict = field(default_factory=dict)
    colors: list[tuple[str, str]] = field(default_factory=list)


class BackupFileService:
    """Export to and restore from the versioned JSON backup."""

    def __init__(
        self,
        ctx: AppContext,
        library: LibraryService,
        backups: BackupService,
        preferences: PreferencesService,
    ) -> None:
        self.ctx = ctx
        self.library = library
        self.backups = backups
        self.preferences = preferences

    # Export ----------------------------------------------------------------------------------

    def payload(self, *, tag: str | None = None, doc_id: str | None = None) -> dict:
        """The backup as plain data (every note, trash included, unless filtered)."""
        if doc_id is not None:
            self.library.document(doc_id)
        with self.ctx.sessions() as session:
            found = notes_repo.list_annotations(session, doc_id=doc_id)
            found += notes_repo.list_annotations(session, doc_id=doc_id, deleted=True)
            hashes = transfer.text_hashes(session)
            docs = transfer.documents(session)
            tags = transfer.tags(session)
            colors = notes_repo.colors(session)
            actuals = transfer.actuals(session)
            tasks = [] if tag else tasks_repo.list_tasks(session, doc_id=doc_id, deleted=None)
            units = [] if tag else tasks_repo.unit_names(session)
            marks = [] if tag else marks_repo.list_bookmarks(session, doc_id=doc_id)
            # The study map is private: only in the whole backup, never in a part of it.
            read = [] if tag or doc_id else marks_repo.read_marks(session)
        if tag:
            wanted = normalize_tag(tag)
            found = [a for a in found if any(tag_matches(t, wanted) for t in a.tags)]
        used = {a.doc for a in found} | {t.doc for t in tasks} | {b.doc for b in marks}
        used |= {d for d, _k, _t in read}
        used |= {doc_id} if doc_id else {d.id for d in docs}
        actuals = [x for x in actuals if x.doc_id in used and not tag]
        used |= {x.doc_id for x in actuals}
        return {
            "format": backup_json.FORMAT,
            "version": backup_json.VERSION,
            "created": datetime.now().isoformat(timespec="seconds"),
            "app": "hzreader",
            "documents": [self._document(d) for d in docs if d.id in used]
            + [self._gone(d) for d in sorted(used - {d.id for d in docs})],
            "tags": [{"name": n, "color": c} for n, c in tags],
            "colors": [{"name": n, "label": lb, "hex": h} for n, lb, h in colors],
            "annotations": [{**a.to_json(), "node_text_hash": hashes.get(a.id, "")} for a in found],
            "target_actuals": [self._actual(x) for x in actuals],
            "units": units,
            "tasks": [self._task(t) for t in tasks],
            "bookmarks": [{k: v for k, v in b.to_json().items() if k != "citation"} for b in marks],
            "read": [
                {"doc": d, "key": k, "read": t.isoformat(timespec="seconds")} for d, k, t in read
            ],
            "settings": self.preferences.for_backup(),
        }

    @staticmethod
    def _task(t: Task) -> dict:
        return {
            "id": t.id,
            "doc": t.doc,
            "key": t.key,
            "task": t.title,
            "lead": t.lead,
            "partners": list(t.partners),
            "due": t.due,
            "status": t.status,
            "note": t.note,
            "created": t.created,
            "updated": t.updated,
            "deleted": t.deleted,
        }

    @staticmethod
    def _document(d) -> dict:
        bundled = d.id in BUNDLED_IDS
        out = {
            "id": d.id,
            "title": d.title,
            "kind": d.kind,
            "content_hash": d.content_hash,
            "source_name": d.source_name,
            "bundled": bundled,
        }
        if not bundled:
            out["source_text"] = d.source_text
        if d.keep_all:
            out["keep_all"] = True  # parsed with the page's chrome kept: parse it so again
        return out

    @staticmethod
    def _gone(doc_id: str) -> dict:
        """A document deleted since its notes (now in the trash) or tasks were made: named
        without text, so that a restore keeps them for review instead of refusing the file."""
        return {
            "id": doc_id,
            "title": "（已删除的文档）",
            "kind": "document",
            "content_hash": "0" * 64,
            "source_name": "",
            "bundled": False,
        }

    @staticmethod
    def _actual(x) -> dict:
        return {
            "doc": x.doc_id,
            "target_id": x.target_id,
            "value": x.value,
            "recorded_on": x.recorded_on,
            "source": x.source,
            "note": x.note,
            "created": x.created_at.isoformat(timespec="seconds"),
        }

    def export(
        self, path: Path, *, tag: str | None = None, doc_id: str | None = None
    ) -> tuple[Path, int]:
        """Write the backup file (whole or not at all); (its path, how many notes)."""
        data = self.payload(tag=tag, doc_id=doc_id)
        raw = backup_json.dump(data)
        return write_atomic(path, lambda handle: handle.write(raw)), len(data["annotations"])

    # Restore ---------------------------------------------------------------------------------

    def restore(self, path: Path) -> RestoreResult:
        """Merge a backup file: validated whole first, then written in one transaction."""
        return self.merge(backup_json.read(Path(path)))

    def merge(self, backup: backup_json.Backup) -> RestoreResult:
        """Merge a validated backup in one transaction (after a copy of the database)."""
        plan = self._plan(backup)
        result = RestoreResult(skipped=plan.skipped)
        result.added = sum(1 for *_x, new in plan.writes if new)
        result.updated = len(plan.writes) - result.added
        result.documents_added = [d.id for d in plan.new_docs]
        result.needs_review = sum(1 for a, *_x in plan.writes if a.needs_review)
        result.tasks_added = sum(1 for _t, new in plan.tasks if new)
        result.tasks_updated = len(plan.tasks) - result.tasks_added
        result.bookmarks_added = sum(1 for _b, new in plan.bookmarks if new)
        result.bookmarks_updated = len(plan.bookmarks) - result.bookmarks_added
        result.read_added = len(plan.read_marks)
        changes = (
            plan.writes,
            plan.new_docs,
            plan.tags,
            plan.actuals,
            plan.tasks,
            plan.settings,
            plan.colors,
            plan.bookmarks,
            plan.read_marks,
        )
        if not any(changes):
            return result  # nothing new: not even a pre-restore copy is needed
        result.backup = self.backups.before_restore()
        with write_session(self.ctx.sessions) as session:
            order = docs_repo.next_sort_order(session)
            for i, doc in enumerate(plan.new_docs):
                docs_repo.save_document(
                    session, doc, parser_version=PARSER_VERSION, sort_order=order + i
                )
            for name, color in plan.tags:
                transfer.merge_tag(session, name, color)
            for annotation, text_hash, _new in plan.writes:
                notes_repo.save_annotation(session, annotation, node_text_hash=text_hash)
            for item in plan.actuals:
                transfer.merge_actual(session, item)
            for name in plan.units:
                tasks_repo.unit_id(session, name)
            for task, _new in plan.tasks:
                tasks_repo.save_task(session, task)
            for mark, _new in plan.bookmarks:
                marks_repo.save_bookmark(session, mark)
            marks_repo.add_read_marks(session, plan.read_marks)
            for name, label in plan.colors:
                notes_repo.set_color_label(session, name, label)
        if plan.settings:
            self.preferences.merge(plan.settings)
        self.library.invalidate()
        return result

    def _plan(self, backup: backup_json.Backup) -> _Plan:
        """Everything the restore will write, worked out before anything is written."""
        plan = _Plan()
        local = {d.id: d for d in self.library.documents()}
        by_hash = {d.content_hash: d.id for d in local.values()}
        doc_map: dict[str, str] = {}
        trees: dict[str, Document | None] = {}
        for d in backup.documents:
            if d.content_hash in by_hash:
                doc_map[d.id] = by_hash[d.content_hash]
            elif d.bundled and d.id in local:
                doc_map[d.id] = d.id  # another edition of the bundled plan: notes re-attach
            elif d.source_text is not None and within_limits(d.source_text):
                doc = self._new_document(d, set(local) | {x.id for x in plan.new_docs})
                plan.new_docs.append(doc)
                by_hash[doc.content_hash] = doc.id
                doc_map[d.id] = doc.id
                trees[doc.id] = doc
            else:
                # No text, or more than an import accepts (a backup of an older hzreader):
                # the document is not parsed; its notes are kept, marked for review.
                doc_map[d.id] = d.id
        with self.ctx.sessions() as session:
            present = transfer.updated_times(session, [a.id for a, _h in backup.annotations])
            have_tags = dict(transfer.tags(session))
            for item in backup.actuals:
                mapped = {**item, "doc": doc_map[item["doc"]]}
                if transfer.actual_is_new(session, mapped):
                    plan.actuals.append(mapped)
        plan.tags = [
            (name, color)
            for name, color in backup.tags
            if name not in have_tags or (have_tags[name] is None and color)
        ]
        for a, text_hash in backup.annotations:
            mine = present.get(a.id)
            if mine is not None and mine >= datetime.fromisoformat(a.updated):
                plan.skipped += 1
                continue
            target = doc_map[a.doc]
            if target not in trees:
                trees[target] = self.library.document(target) if target in local else None
            placed, node_hash = _anchor(replace(a, doc=target), text_hash, trees[target])
            plan.writes.append((placed, node_hash, mine is None))
        self._plan_tasks(backup, doc_map, plan)
        self._plan_study(backup, doc_map, plan)
        plan.settings = self.preferences.plan_merge(backup.settings)
        # A colour's meaning comes in where this data dir still has the first one (as a
        # setting does: a meaning given here is kept).
        with self.ctx.sessions() as session:
            here = {name: label for name, label, _hex in notes_repo.colors(session)}
        plan.colors = [
            (name, label)
            for name, label, _hex in backup.colors
            if label
            and here.get(name) == DEFAULT_COLOR_MEANINGS.get(name)
            and label != here.get(name)
        ]
        return plan

    def _plan_study(self, backup: backup_json.Backup, doc_map: dict[str, str], plan: _Plan) -> None:
        """Bookmarks merge as tasks do (the newer change wins, a clause keeps its local
        bookmark's id); read marks are added where the clause is not marked yet."""
        with self.ctx.sessions() as session:
            for incoming in backup.bookmarks:
                mark = replace(incoming, doc=doc_map[incoming.doc])
                mine = marks_repo.get_bookmark(session, mark.id)
                mine = mine or marks_repo.bookmark_for(session, mark.doc, mark.key)
                if mine is not None and mine.updated >= mark.updated:
                    continue
                plan.bookmarks.append((replace(mark, id=mine.id) if mine else mark, mine is None))
            have = {(d, k) for d, k, _t in marks_repo.read_marks(session)}
        for doc, key, when in backup.read_marks:
            target = (doc_map[doc], key)
            if target not in have:
                have.add(target)
                plan.read_marks.append((*target, datetime.fromisoformat(when)))

    def _plan_tasks(self, backup: backup_json.Backup, doc_map: dict[str, str], plan: _Plan) -> None:
        """Tasks merge as notes do (the newer change wins); a clause already on the table under
        another id keeps its local id."""
        with self.ctx.sessions() as session:
            have_units = set(tasks_repo.unit_names(session))
            for incoming in backup.tasks:
                task = replace(incoming, doc=doc_map[incoming.doc])
                mine = tasks_repo.get_task(session, task.id)
                if mine is None:
                    other = tasks_repo.task_id_for(session, task.doc, task.key)
                    mine = tasks_repo.get_task(session, other) if other else None
                if mine is not None and mine.updated >= task.updated:
                    continue
                plan.tasks.append((replace(task, id=mine.id) if mine else task, mine is None))
        wanted = [*backup.units, *(u for t, _n in plan.tasks for u in t.units())]
        plan.units = [u for u in dict.fromkeys(wanted) if u not in have_units]

    @staticmethod
    def _new_document(d: backup_json.BackupDocument, taken: set[str]) -> Document:
        doc_id, n = d.id, 2
        while doc_id in taken:
            doc_id, n = f"{d.id}-{n}", n + 1
        # Parsed as the importer parses (title block dropped), so keys match the other machine.
        doc = parse_document(
            d.source_text or "", doc_id=doc_id, title=d.title, kind=d.kind, keep_all=d.keep_all
        )
        doc.content_hash, doc.source_name = d.content_hash, d.source_name
        return doc


def _anchor(a: Annotation, text_hash: str, doc: Document | None) -> tuple[Annotation, str]:
    """The annotation placed in the local document, re-attached or marked for review."""
    if doc is None:
        return replace(a, needs_review=True), text_hash
    node = doc.find(a.key)
    if node is not None:
        node_hash = content_hash(node.text)
        span = node.text[a.start : a.end] if a.start is not None else None
        if node_hash == text_hash or span == a.quote:
            return a, node_hash
    sel = Selector(a.quote, a.prefix, a.suffix, a.start or 0, a.end or 0)
    found = reattach(sel, a.key, doc)
    if found is None:
        return replace(a, needs_review=True), text_hash
    key, fresh = found
    target = doc.find(key)
    moved = replace(
        a,
        key=key,
        quote=fresh.quote,
        prefix=fresh.prefix,
        suffix=fresh.suffix,
        start=fresh.start,
        end=fresh.end,
        needs_review=False,
    )
    return moved, content_hash(target.text) if target else text_hash
