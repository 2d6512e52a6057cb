"""The 任务分解表 in the window: the dock's table, 分解到任务表 on the reader's and the
outline's menus, the editor, the units list, the trash, exports off the UI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow, QMenu

from hzreader.core.errors import KnownError
from hzreader.core.model import Document, Node, iter_with_parents
from hzreader.core.tasks import Task
from hzreader.ui.background import BackgroundJob
from hzreader.ui.errors import report_unexpected, show_known_error
from hzreader.ui.tasks.dialogs import TasksTrash, UnitsDialog
from hzreader.ui.tasks.editor import TaskEditor
from hzreader.ui.tasks.panel import OVERDUE, SCOPE_DOC, TasksPanel
from hzreader.ui.texts import set_icon_text

if TYPE_CHECKING:
    from hzreader.services.tasks import TaskService

STATUS_MS = 6000
POLL_MS = 2000  # writes by the command line show while the dock is open
EXPORT_FILTERS = {
    "xlsx": "Excel (*.xlsx)",
    "docx": "Word (*.docx)",
    "csv": "CSV (*.csv)",
    "md": "Markdown (*.md)",
}


def _chain(doc: Document, key: str) -> list[Node]:
    """The node and its ancestors, the node first."""
    for node, parents in iter_with_parents(doc.nodes):
        if node.key == key:
            return [node, *reversed(parents)]
    return []


class TasksController(QObject):
    """Acts on the intents of the task widgets through the task service."""

    def __init__(self, window: QMainWindow, dock: QDockWidget) -> None:
        super().__init__(window)
        self.setObjectName("tasks_controller")
        self.window = window
        self.reader = window.reader
        self.dock = dock
        self.service: TaskService | None = None
        self.editor: TaskEditor | None = None
        self.units_dialog: UnitsDialog | None = None
        self.trash_dialog: TasksTrash | None = None
        self.jobs: list[BackgroundJob] = []
        self._menu_position: int | None = None
        self._current_key: str | None = None
        self._stale = True
        self._stamp: str | None = None
        self.panel = TasksPanel(dock)
        dock.setWidget(self.panel)
        self.assign_action = self._action(
            "action_assign_task", self.tr("分解到任务表(&J)…"), "Ctrl+Alt+J"
        )
        self.assign_action.setStatusTip(self.tr("把光标或选中文字所在的条款放进任务分解表"))
        self.assign_action.triggered.connect(lambda: self.assign_from_reader())
        self.assign_node_action = self._action(
            "action_assign_task_node", self.tr("分解到任务表(&J)…"), ""
        )
        self.assign_node_action.triggered.connect(
            lambda: self.assign_clause(self.assign_node_action.data())
        )
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._look_for_changes)
        self._place()
        self._wire()
        window.attached.connect(self.attach)
        window.document_shown.connect(lambda _doc_id: self._changed([]))
        if window.services is not None:
            self.attach()

    def _action(self, name: str, text: str, key: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        set_icon_text(action, text)
        if key:
            action.setShortcut(QKeySequence(key))
        action.setEnabled(False)  # until the services are there
        self.window.addAction(action)
        return action

    def _place(self) -> None:
        """The reader's menu, the 笔记 menu, the outline's menu (through the notes' hook)."""
        self.reader.set_context_actions([*self.reader.context_actions(), None, self.assign_action])
        notes_menu = self.window.findChild(QMenu, "menu_notes")
        if notes_menu is not None:
            notes_menu.addSeparator()
            notes_menu.addAction(self.assign_action)
        notes_actions = getattr(self.window, "notes_actions", None)
        if notes_actions is not None:
            notes_actions.outline_extras.append(self.assign_node_action)
        # Opening the dock is the intent to work in it: in front of the ledger it shares the
        # bottom with, and the table takes the keyboard.
        toggle = self.dock.toggleViewAction()
        toggle.triggered.connect(
            lambda on: on and (self.dock.raise_(), self.panel.table.setFocus(), self._make_room())
        )

    def _make_room(self) -> None:
        """Soon after the dock opens: a bottom area Qt opened at its minimum (a heading and one
        row) grows to the panel's height, so that the table shows a few rows at once."""
        QTimer.singleShot(0, self, self._grow)

    def _grow(self) -> None:
        want = self.panel.sizeHint().height()
        if self.dock.isVisible() and not self.dock.isFloating() and self.dock.height() < want:
            self.window.resizeDocks([self.dock], [want], Qt.Orientation.Vertical)

    def _wire(self) -> None:
        p = self.panel
        p.filters_changed.connect(self.refresh)
        p.open_requested.connect(self.open_task)
        p.edit_requested.connect(self.edit_task)
        p.remove_requested.connect(self.remove)
        p.export_requested.connect(self.export_interactive)
        p.units_requested.connect(self.open_units)
        p.trash_requested.connect(self.open_trash)
        self.dock.visibilityChanged.connect(self._visibility)
        self.reader.current_key_changed.connect(self._follow)
        self.reader.viewport().installEventFilter(self)

    # -- state ---------------------------------------------------------------------------

    def attach(self) -> None:
        """Use the window's task service (once)."""
        if self.service is not None or self.window.services is None:
            return
        self.service = self.window.services.tasks
        self.service.listeners.append(self._changed)
        for action in (self.assign_action, self.assign_node_action):
            action.setEnabled(True)
        self._changed([])

    def status(self, text: str) -> None:
        """A short message in the window's status bar."""
        self.window.statusBar().showMessage(text, STATUS_MS)

    def _changed(self, _ids: list) -> None:
        self._stale = True
        if self.dock.isVisible() or self._dialogs_open():
            self._refresh_timer.start()

    def _visibility(self, visible: bool) -> None:
        if visible:
            self._poll.start()
            if self._stale:
                self.refresh()
        else:
            self._poll.stop()

    def _look_for_changes(self) -> None:
        if self.service is None:
            return
        try:
            stamp = self.service.change_stamp()
        except Exception:  # busy or gone: look again next time
            return
        if stamp != self._stamp:
            self.refresh()

    def _dialogs_open(self) -> bool:
        return any(d is not None and d.isVisible() for d in (self.units_dialog, self.trash_dialog))

    def refresh(self) -> None:
        """List the tasks that pass the filters; fill the filters and open dialogs again."""
        if self.service is None:
            return
        doc = self.window.document
        f = self.panel.filters()
        doc_id = doc.id if f["scope"] == SCOPE_DOC and doc is not None else None
        status = f["status"] if f["status"] != OVERDUE else None
        try:
            total = len(self.service.list(doc_id=doc_id))
            tasks = self.service.list(
                doc_id=doc_id, unit=f["unit"], status=status, chapter=f["chapter"]
            )
        except KnownError as exc:
            self.status(str(exc))
            return
        if f["status"] == OVERDUE:
            tasks = [t for t in tasks if t.overdue()]
        named = self.tr("{0}（{1}）")  # a unit and how many tasks name it
        units = [(named.format(u.name, u.count), u.name) for u in self.service.units() if u.count]
        chapters = self.service.chapters(doc.id) if doc is not None else []
        self.panel.set_choices(units, [(heading, key) for key, heading in chapters])
        headings = [self.service.chapter_of(t)[1] for t in tasks]
        self.panel.set_tasks(tasks, headings, total)
        self._stale = False
        self._stamp = self.service.change_stamp()
        self._refresh_dialogs()

    def retranslate(self) -> None:
        """After a switch of language (ui/shell/language.py): the filters' units with their
        counts, the table's deadlines and statuses, the open units and trash dialogs."""
        if self.service is not None:
            self.refresh()

    # -- the reader and the outline ------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Remember where the reader's menu was asked for: that clause is the one meant."""
        if event.type() == QEvent.Type.ContextMenu and watched is self.reader.viewport():
            self._menu_position = self.reader.position_at(event.pos())
        return False

    def _follow(self, key: str) -> None:
        self._current_key = key

    def assign_from_reader(self) -> TaskEditor | None:
        """The editor for the clause under the reader's menu, the selection or the cursor."""
        ref = self.reader.selection_key_range()
        position, self._menu_position = self._menu_position, None
        if ref is not None:
            return self.assign_clause(ref.key, whole_block=False)
        key = self.reader.key_at(position) if position is not None else None
        return self.assign_clause(key or self._current_key or self.reader.top_key())

    def assign_clause(self, key: str | None, *, whole_block: bool = True) -> TaskEditor | None:
        """Open the editor for a clause of the document shown: its row when it is on the
        table already. `whole_block`: a sentence stands for the measure (or item) holding it."""
        doc = self.window.document
        if self.service is None or doc is None or not key:
            self.status(self.tr("请先在正文中点一下要分解的条款"))
            return None
        chain = _chain(doc, key)
        if not chain:
            self.status(self.tr("本文档中没有这一节：{0}").format(key))
            return None
        chosen = chain[0]
        if whole_block:
            chosen = next((n for n in chain if n.kind != "sentence"), chain[0])
        existing = self.service.for_key(chosen.key, doc.id)
        if existing is not None:
            return self.edit_task(existing)
        clauses = [(n.key, self._label(doc, n)) for n in chain]
        return self._open_editor(doc.id, clauses, chosen.key, None)

    @staticmethod
    def _label(doc: Document, node: Node) -> str:
        where = node.citation.removeprefix(f"《{doc.title}》") or node.key
        words = node.title or node.text[:24] + ("…" if len(node.text) > 24 else "")
        return f"{where}　{words}"

    def edit_task(self, task: Task) -> TaskEditor | None:
        """Open the editor of a task on the table."""
        if self.service is None:
            return None
        label = f"{task.citation or task.key}　{task.title}"
        return self._open_editor(task.doc, [(task.key, label)], task.key, task)

    def _units_for(self, doc_id: str, key: str) -> list[str]:
        """The units to offer, the clause's own first, then the document's, then the list."""
        own = self.service.suggestion(key, doc_id) if key else None
        first = [own.lead, *own.partners] if own else []
        return [
            *first,
            *self.service.suggested_units(doc_id),
            *(u.name for u in self.service.units()),
        ]

    def _open_editor(
        self, doc_id: str, clauses: list[tuple[str, str]], chosen: str, task: Task | None
    ) -> TaskEditor:
        if self.editor is not None:
            self.editor.close()

        def suggest(key: str):
            try:
                return self.service.suggestion(key, doc_id)
            except KnownError:
                return None

        editor = TaskEditor(
            self.window,
            clauses=clauses,
            chosen=chosen,
            task=task,
            units=self._units_for(doc_id, chosen),
            suggest=suggest,
        )
        editor.accepted.connect(lambda: self._save(editor, doc_id))
        editor.finished.connect(lambda _code: setattr(self, "editor", None))
        self.editor = editor
        editor.open()
        return editor

    def _save(self, editor: TaskEditor, doc_id: str) -> None:
        v = editor.values()
        try:
            if editor.task is not None:
                task = self.service.update(
                    editor.task.id,
                    lead=v["lead"],
                    partners=v["partners"],
                    due=v["due"],
                    status=v["status"],
                    note=v["note"],
                )
            else:
                task = self.service.assign(
                    v["key"],
                    doc_id,
                    lead=v["lead"],
                    partners=v["partners"],
                    due=v["due"],
                    status=v["status"],
                    note=v["note"],
                )
        except KnownError as exc:
            show_known_error(self.window, exc)
            return
        self.dock.show()
        self.dock.raise_()
        self._make_room()
        self.refresh()
        self.panel.select_task(task.id)
        self.status(self.tr("已分解到任务表：{0}（Ctrl+Z 撤销）").format(task.title))

    # -- rows ----------------------------------------------------------------------------

    def open_task(self, task: Task) -> bool:
        """Show a task's clause in the reader (switching document if needed) and flash it."""
        doc = self.window.document
        if doc is None or doc.id != task.doc:
            self.window.open_document(task.doc)
        if task.key not in self.reader.map:
            self.status(self.tr("原文中找不到这一条（{0}），请复核").format(task.key))
            return False
        self.window.open_node(task.key)
        return True

    def remove(self, tasks: list[Task]) -> None:
        """Take tasks off the table (into the trash)."""
        if self.service is None:
            return
        try:
            for task in tasks:
                self.service.delete(task.id)
        except KnownError as exc:
            show_known_error(self.window, exc)
            return
        self.status(self.tr("已移出任务表：{0} 项（Ctrl+Z 撤销）").format(len(tasks)))

    # -- export --------------------------------------------------------------------------

    def export_interactive(self, fmt: str) -> None:
        """Ask for a file, then write the table (as filtered by document and unit) to it."""
        doc = self.window.document
        suggested = Path.home() / f"{self.tr('重点任务分解表')}.{fmt}"
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("导出任务分解表"), str(suggested), EXPORT_FILTERS[fmt]
        )
        if not path:
            return
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        f = self.panel.filters()
        doc_id = doc.id if f["scope"] == SCOPE_DOC and doc is not None else None
        self.export(fmt, Path(path), doc_id=doc_id, unit=f["unit"])

    def export(self, fmt: str, path: Path, *, doc_id: str | None, unit: str | None) -> None:
        """Write the table off the UI thread, with services of its own."""
        ctx = self.window.ctx

        def work(_progress):
            from hzreader.services.composition import Services

            services = Services(ctx)
            try:
                return services.tasks.export(fmt, path, doc_id=doc_id, unit=unit)
            finally:
                services.close()

        job = BackgroundJob(work, self)
        self.jobs.append(job)
        job.done.connect(lambda result: self._exported(job, result))
        job.failed.connect(lambda exc: self._export_failed(job, exc))
        self.status(self.tr("正在导出任务分解表…"))
        job.start()

    def _exported(self, job: BackgroundJob, result: tuple[Path, int]) -> None:
        self.jobs.remove(job)
        self.status(self.tr("已导出 {0} 项任务到 {1}").format(result[1], result[0]))

    def _export_failed(self, job: BackgroundJob, exc: BaseException) -> None:
        self.jobs.remove(job)
        if isinstance(exc, KnownError):
            show_known_error(self.window, exc)
        else:
            report_unexpected(self.window, exc)

    # -- units and trash -----------------------------------------------------------------

    def open_units(self) -> UnitsDialog | None:
        """The units list: rename, merge, delete, add."""
        if self.service is None:
            return None
        if self.units_dialog is None:
            dialog = UnitsDialog(self.window)
            dialog.rename_requested.connect(
                lambda old, new: self._units(self.service.rename_unit, old, new)
            )
            dialog.merge_requested.connect(
                lambda names, to: self._units(self.service.merge_units, names, to)
            )
            dialog.delete_requested.connect(
                lambda name: self._units(self.service.delete_unit, name)
            )
            dialog.add_requested.connect(lambda name: self._units(self.service.add_unit, name))
            self.units_dialog = dialog
        self._refresh_dialogs()
        self.units_dialog.show()
        self.units_dialog.raise_()
        return self.units_dialog

    def _units(self, call, *args) -> None:
        try:
            call(*args)
        except KnownError as exc:
            show_known_error(self.units_dialog or self.window, exc)

    def open_trash(self) -> TasksTrash | None:
        """The tasks taken off the table."""
        if self.service is None:
            return None
        if self.trash_dialog is None:
            dialog = TasksTrash(self.window)
            dialog.restore_requested.connect(self._restore_from_trash)
            dialog.empty_requested.connect(self._empty_trash)
            self.trash_dialog = dialog
        self._refresh_dialogs()
        self.trash_dialog.show()
        self.trash_dialog.raise_()
        return self.trash_dialog

    def _restore_from_trash(self, ids: list[str]) -> None:
        for task_id in ids:
            self.service.restore(task_id)
        self.status(self.tr("已恢复 {0} 项任务（Ctrl+Z 撤销）").format(len(ids)))

    def _empty_trash(self) -> None:
        count = self.service.empty_trash()
        self.status(self.tr("已清空任务回收站：{0} 项（Ctrl+Z 撤销）").format(count))

    def _refresh_dialogs(self) -> None:
        if self.service is None:
            return
        if self.units_dialog is not None:
            doc = self.window.document
            from_text = set(self.service.suggested_units(doc.id)) if doc is not None else set()
            self.units_dialog.set_units(
                [(u.name, u.lead, u.partner) for u in self.service.units()], from_text
            )
        if self.trash_dialog is not None:
            self.trash_dialog.set_tasks(self.service.trash())
