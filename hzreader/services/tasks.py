"""The 任务分解表: clauses put on the table with their units, deadlines and status; the managed
list of units; the trash and undo, as for notes."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from hzreader.core.errors import BadInputError, NotFoundError
from hzreader.core.model import Document, Node, group_heading, iter_with_parents
from hzreader.core.tasks import (
    Task,
    check_remark,
    clause_content,
    clause_title,
    lead_and_partners,
    normalize_status,
    normalize_unit,
    parse_due,
)
from hzreader.core.units import Units
from hzreader.i18n import QT_TRANSLATE_NOOP, Errors, Later
from hzreader.services.context import AppContext
from hzreader.services.history import Step, UndoHistory
from hzreader.storage import tasks as repo
from hzreader.storage.engine import write_session

if TYPE_CHECKING:
    from hzreader.exporters.tasks import TaskTable
    from hzreader.services.library import LibraryService

Listener = Callable[[list[str]], None]
KEEP = object()  # an argument left as it is (None means "none" for a deadline)
EXPORT_FORMATS = ("xlsx", "docx", "csv", "md")


@dataclass(frozen=True)
class UnitInfo:
    """A unit of the managed list and how many live tasks it leads and partners."""

    name: str
    lead: int
    partner: int

    @property
    def count(self) -> int:
        """Tasks that name the unit."""
        return self.lead + self.partner


@dataclass
class _Snapshot:
    tasks: dict[str, Task | None]
    units: dict[str, bool]


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _step(text: str, *fields: object) -> Later:
    """An undo step's name, said in the window's language when it is shown."""
    return Later("Messages", text, fields)


class TaskService:
    """Every change is one short transaction, recorded in `history` (shared with the notes)."""

    def __init__(self, ctx: AppContext, library: LibraryService, history: UndoHistory) -> None:
        self.ctx = ctx
        self.library = library
        self.history = history
        self.listeners: list[Listener] = []
        # Per document tree (the library's object, so a reparse is noticed).
        self._suggested: dict[str, tuple[Document, list[str]]] = {}
        self._chapter_cache: dict[str, tuple[Document, dict[str, tuple[str, str]]]] = {}

    # Reading -------------------------------------------------------------------------------

    def get(self, task_id: str) -> Task:
        """One task (live or in the trash); NotFoundError when unknown."""
        with self.ctx.sessions() as session:
            found = repo.get_task(session, task_id)
        if found is None:
            raise NotFoundError(Errors.tr("任务表中没有这一项：{0}").format(task_id))
        return found

    def list(
        self,
        *,
        doc_id: str | None = None,
        unit: str | None = None,
        status: str | None = None,
        chapter: str | None = None,
    ) -> list[Task]:
        """Live tasks in document order; `unit` matches the lead or a partner, `chapter` is the
        key of a top-level node of the document (c3)."""
        if doc_id is not None:
            self.library.document(doc_id)  # NotFoundError for an unknown document
        with self.ctx.sessions() as session:
            found = repo.list_tasks(
                session,
                doc_id=doc_id,
                unit=normalize_unit(unit) if unit else None,
                status=normalize_status(status) if status else None,
            )
        if chapter:
            found = [t for t in found if self.chapter_of(t)[0] == chapter]
        return found

    def for_key(self, key: str, doc_id: str | None = None) -> Task | None:
        """The live task of a clause, or None."""
        doc = self.library.document(doc_id)
        with self.ctx.sessions() as session:
            task_id = repo.task_id_for(session, doc.id, key)
            task = repo.get_task(session, task_id) if task_id else None
        return task if task is not None and task.deleted is None else None

    def trash(self) -> list[Task]:
        """Tasks taken off the table, which can still be brought back."""
        with self.ctx.sessions() as session:
            return repo.list_tasks(session, deleted=True)

    def chapter_of(self, task: Task) -> tuple[str | None, str]:
        """(key, heading) of the top-level part of its document that holds the task's clause;
        the heading names the part (二、主要任务) and the group inside it that holds the clause
        when there is one（（一）建设数字变革高地…）."""
        doc = self._tree(task.doc)
        found = self._headings(doc).get(task.key) if doc is not None else None
        return found or (None, "（原文中已找不到的条款）")

    def _headings(self, doc: Document) -> dict[str, tuple[str, str]]:
        cached = self._chapter_cache.get(doc.id)
        if cached is not None and cached[0] is doc:  # the library's tree, until it reloads
            return cached[1]
        out: dict[str, tuple[str, str]] = {}
        for node, parents in iter_with_parents(doc.nodes):
            top = parents[0] if parents else node
            heading = group_heading(top)
            inner = [p for p in parents[1:] if any(c.kind != "sentence" for c in p.children)]
            if inner:
                group = inner[-1]
                heading += f"　{group.marker}{group.title or group.text[:40]}"
            out[node.key] = (top.key, heading)
        self._chapter_cache[doc.id] = (doc, out)
        return out

    def chapters(self, doc_id: str | None = None) -> list[tuple[str, str]]:
        """(key, heading) of the document's top-level parts that hold tasks, in order."""
        doc = self.library.document(doc_id)
        used = {t.key for t in self.list(doc_id=doc.id)}
        return [
            (top.key, group_heading(top))
            for top in doc.nodes
            if any(n.key in used for n in top.walk())
        ]

    def units(self) -> list[UnitInfo]:
        """Every unit of the list with its use counts, by name."""
        with self.ctx.sessions() as session:
            return [UnitInfo(n, lead, partner) for n, lead, partner in repo.unit_counts(session)]

    def suggested_units(self, doc_id: str | None = None) -> list[str]:
        """The units a document names in its own （牵头单位：…） text, in reading order: the
        ones to offer first."""
        doc = self.library.document(doc_id)
        cached = self._suggested.get(doc.id)
        if cached and cached[0] is doc:
            return list(cached[1])
        names: list[str] = []
        for node in doc.walk():
            units = node.units()
            if units is None:
                continue
            for name in (units.lead, *units.partners):
                if name not in names:
                    names.append(name)
        self._suggested[doc.id] = (doc, names)
        return list(names)

    def suggestion(self, key: str, doc_id: str | None = None) -> Units | None:
        """The units the clause's own text names, or the nearest enclosing clause's."""
        doc = self.library.document(doc_id)
        for node, parents in iter_with_parents(doc.nodes):
            if node.key == key:
                for candidate in (node, *reversed(parents)):
                    units = candidate.units()
                    if units is not None:
                        return units
                return None
        raise NotFoundError(
            Errors.tr("{0} 中没有节点 {1}（用 outline 命令查看所有节点）").format(doc.id, key)
        )

    def change_stamp(self) -> str:
        """A value that changes whenever the table or the units change (another process too)."""
        with self.ctx.sessions() as session:
            return repo.change_stamp(session)

    def _tree(self, doc_id: str) -> Document | None:
        try:
            return self.library.document(doc_id)
        except NotFoundError:
            return None

    # Writing -------------------------------------------------------------------------------

    def assign(
        self,
        key: str,
        doc_id: str | None = None,
        *,
        lead: str,
        partners: Iterable[str] | None = None,
        due: str | object | None = KEEP,
        status: str | None = None,
        note: str | None = None,
    ) -> Task:
        """Put a clause on the table, or change its row (a row in the trash comes back);
        arguments not given keep what the row had."""
        node = self.library.node(key, doc_id)
        doc = self.library.document(doc_id)
        with self.ctx.sessions() as session:
            existing = repo.task_id_for(session, doc.id, node.key)
        if existing is not None:
            return self.update(
                existing,
                lead=lead,
                partners=partners,
                due=due,
                status=status,
                note=note,
                node=node,
                restore=True,
            )
        chief, others = lead_and_partners(lead, partners or ())
        now = _now()
        task = Task(
            id=str(uuid.uuid4()),
            doc=doc.id,
            key=node.key,
            title=clause_title(node),
            lead=chief,
            partners=others,
            due=parse_due(due) if due is not KEEP else None,
            status=normalize_status(status),
            note=check_remark(note or ""),
            created=now,
            updated=now,
        )
        self._record(
            _step(QT_TRANSLATE_NOOP("Messages", "分解到任务表")),
            [task.id],
            task.units(),
            lambda: self._save([task]),
        )
        return self.get(task.id)

    def update(
        self,
        task_id: str,
        *,
        lead: str | None = None,
        partners: Iterable[str] | None = None,
        due: str | object | None = KEEP,
        status: str | None = None,
        note: str | None = None,
        node: Node | None = None,
        restore: bool = False,
    ) -> Task:
        """Change a task's units, deadline, status or remark (None/KEEP: as it was)."""
        current = self.get(task_id)
        chief, others = lead_and_partners(
            lead if lead is not None else current.lead,
            partners if partners is not None else current.partners,
        )
        if node is None:
            tree = self._tree(current.doc)
            node = tree.find(current.key) if tree is not None else None
        changed = replace(
            current,
            title=clause_title(node) if node is not None else current.title,
            lead=chief,
            partners=others,
            due=parse_due(due) if due is not KEEP else current.due,  # type: ignore[arg-type]
            status=normalize_status(status) if status is not None else current.status,
            note=check_remark(note) if note is not None else current.note,
            deleted=None if restore else current.deleted,
            updated=_now(),
        )
        text = (
            _step(QT_TRANSLATE_NOOP("Messages", "分解到任务表"))
            if current.deleted and restore
            else _step(QT_TRANSLATE_NOOP("Messages", "编辑任务"))
        )
        units = [*current.units(), *changed.units()]
        self._record(text, [task_id], units, lambda: self._save([changed]))
        return self.get(task_id)

    def unassign(self, key: str, doc_id: str | None = None) -> bool:
        """Take a clause off the table (into the trash); False when it was not on it."""
        node = self.library.node(key, doc_id)
        found = self.for_key(node.key, doc_id)
        if found is None:
            return False
        self.delete(found.id)
        return True

    def delete(self, task_id: str) -> None:
        """Move a task to the trash."""
        self._set_deleted([task_id], _now(), _step(QT_TRANSLATE_NOOP("Messages", "从任务表移除")))

    def restore(self, task_id: str) -> None:
        """Bring a task back from the trash."""
        self._set_deleted([task_id], None, _step(QT_TRANSLATE_NOOP("Messages", "恢复任务")))

    def _set_deleted(self, ids: list[str], when: str | None, text: Later) -> None:
        current = [self.get(i) for i in ids]
        changed = [replace(t, deleted=when, updated=_now()) for t in current]
        self._record(text, ids, [], lambda: self._save(changed))

    def empty_trash(self) -> int:
        """Delete every task in the trash for good (undoable while the window is open)."""
        ids = [t.id for t in self.trash()]
        if not ids:
            return 0

        def apply() -> None:
            with write_session(self.ctx.sessions) as session:
                repo.purge(session, ids)

        self._record(_step(QT_TRANSLATE_NOOP("Messages", "清空任务回收站")), ids, [], apply)
        return len(ids)

    def _save(self, tasks: list[Task]) -> None:
        with write_session(self.ctx.sessions) as session:
            for task in tasks:
                repo.save_task(session, task)

    # Units ---------------------------------------------------------------------------------

    def add_unit(self, name: str) -> str:
        """Put a unit on the list (before any task names it)."""
        unit = normalize_unit(name)

        def apply() -> None:
            with write_session(self.ctx.sessions) as session:
                repo.unit_id(session, unit)

        self._record(_step(QT_TRANSLATE_NOOP("Messages", "添加单位 {0}"), unit), [], [unit], apply)
        return unit

    def rename_unit(self, old: str, new: str) -> None:
        """Rename a unit in every task; renaming onto a unit of the list merges the two."""
        old, new = normalize_unit(old), normalize_unit(new)
        if old == new:
            return
        self._known_unit(old)
        self._reunit(
            {old: new}, _step(QT_TRANSLATE_NOOP("Messages", "重命名单位 {0} → {1}"), old, new)
        )

    def merge_units(self, sources: Iterable[str], target: str) -> None:
        """Fold several units into one."""
        target = normalize_unit(target)
        names = [normalize_unit(s) for s in sources]
        for name in names:
            self._known_unit(name)
        self._reunit(
            {s: target for s in names if s != target},
            _step(QT_TRANSLATE_NOOP("Messages", "合并单位到 {0}"), target),
        )

    def delete_unit(self, name: str) -> None:
        """Take a unit off the list; refused while a task (also one in the trash) names it."""
        name = self._known_unit(name)
        with self.ctx.sessions() as session:
            members = repo.unit_members(session, name)
        if members:
            raise BadInputError(
                Errors.tr("还有 {0} 项任务（含回收站）用到“{1}”：请先把它合并到另一个单位").format(
                    len(members), name
                )
            )

        def apply() -> None:
            with write_session(self.ctx.sessions) as session:
                repo.delete_unit(session, name)

        self._record(_step(QT_TRANSLATE_NOOP("Messages", "删除单位 {0}"), name), [], [name], apply)

    def _known_unit(self, name: str) -> str:
        name = normalize_unit(name)
        with self.ctx.sessions() as session:
            if name not in repo.unit_names(session):
                raise NotFoundError(Errors.tr("单位列表中没有“{0}”").format(name))
        return name

    def _reunit(self, mapping: dict[str, str], text: Later) -> None:
        if not mapping:
            return
        with self.ctx.sessions() as session:
            ids = sorted({i for n in mapping for i in repo.unit_members(session, n)})
            tasks = repo.list_tasks(session, deleted=None, ids=ids)
        changed = []
        for t in tasks:
            lead, partners = lead_and_partners(
                mapping.get(t.lead, t.lead), [mapping.get(p, p) for p in t.partners]
            )
            changed.append(replace(t, lead=lead, partners=partners, updated=_now()))

        def apply() -> None:
            with write_session(self.ctx.sessions) as session:
                for task in changed:
                    repo.save_task(session, task)
                for old, new in mapping.items():
                    repo.unit_id(session, new)
                    repo.delete_unit(session, old)

        self._record(text, ids, [*mapping, *mapping.values()], apply)

    # Export --------------------------------------------------------------------------------

    def table(
        self, *, doc_id: str | None = None, unit: str | None = None, today: date | None = None
    ) -> TaskTable:
        """The table as it is handed in: tasks grouped by document and chapter, numbered."""
        from hzreader.exporters.tasks import TaskGroup, TaskLine, TaskTable

        tasks = self.list(doc_id=doc_id, unit=unit)
        titles = {d.id: d.title for d in self.library.documents()}
        groups: list[TaskGroup] = []
        for number, task in enumerate(tasks, 1):
            _key, heading = self.chapter_of(task)
            document = titles.get(task.doc, task.doc)
            if not groups or (groups[-1].heading, groups[-1].document) != (heading, document):
                groups.append(TaskGroup(heading, document))
            tree = self._tree(task.doc)
            node = tree.find(task.key) if tree is not None else None
            groups[-1].lines.append(
                TaskLine(
                    number=number,
                    task=task,
                    content=clause_content(node) if node is not None else "",
                    overdue=task.overdue(today),
                )
            )
        docs = list(dict.fromkeys(g.document for g in groups))
        if doc_id is not None:
            docs = [titles[self.library.document(doc_id).id]]
        title = f"《{docs[0]}》重点任务分解表" if len(docs) == 1 else "重点任务分解表"
        return TaskTable(
            title=title,
            unit=normalize_unit(unit) if unit else None,
            created=datetime.now().strftime("%Y-%m-%d"),
            groups=groups,
        )

    def export(
        self, fmt: str, path: Path, *, doc_id: str | None = None, unit: str | None = None
    ) -> tuple[Path, int]:
        """Write the table in one of EXPORT_FORMATS (whole or not at all); (path, count)."""
        if fmt not in EXPORT_FORMATS:
            raise BadInputError(
                Errors.tr("未知的导出格式“{0}”，可用：{1}").format(
                    fmt, Errors.tr("、").join(EXPORT_FORMATS)
                )
            )
        from hzreader.exporters.tasks import write_tasks

        table = self.table(doc_id=doc_id, unit=unit)
        return write_tasks(table, fmt, Path(path)), table.count

    # Undo plumbing -------------------------------------------------------------------------

    def _snapshot(self, ids: list[str], unit_names: Iterable[str]) -> _Snapshot:
        with self.ctx.sessions() as session:
            found = {t.id: t for t in repo.list_tasks(session, deleted=None, ids=ids)}
            known = set(repo.unit_names(session))
        return _Snapshot(
            {i: found.get(i) for i in ids}, {n: n in known for n in dict.fromkeys(unit_names)}
        )

    def _restore(self, snap: _Snapshot) -> None:
        with write_session(self.ctx.sessions) as session:
            for name, existed in snap.units.items():
                if existed:
                    repo.unit_id(session, name)
            for task_id, saved in snap.tasks.items():
                if saved is None:
                    repo.purge(session, [task_id])
                else:
                    repo.save_task(session, saved)
            session.flush()
            for name, existed in snap.units.items():
                if not existed:
                    repo.delete_unit(session, name)
        self._notify(list(snap.tasks))

    def _record(self, text: Later, ids: list[str], units: Iterable[str], apply: Callable) -> None:
        units = list(units)
        before = self._snapshot(ids, units)
        apply()
        after = self._snapshot(ids, units)
        self.history.push(Step(text, lambda: self._restore(before), lambda: self._restore(after)))
        self._notify(ids)

    def _notify(self, ids: list[str]) -> None:
        for listener in list(self.listeners):
            listener(ids)
