"""The 任务分解 dock's content: filters, the table, and the buttons for export, units, trash."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hzreader.core.tasks import STATUSES, Task, status_text
from hzreader.ui.tasks.model import COL_NOTE, COL_TASK, TASK_ROLE, TasksModel

SCOPE_DOC, SCOPE_ALL = "doc", "all"
OVERDUE = "overdue"  # the status filter's choice for rows past their deadline
EXPORT_FORMATS = (
    ("xlsx", QT_TRANSLATE_NOOP("TasksPanel", "导出为 Excel…")),
    ("docx", QT_TRANSLATE_NOOP("TasksPanel", "导出为 Word…")),
    ("csv", QT_TRANSLATE_NOOP("TasksPanel", "导出为 CSV…")),
    ("md", QT_TRANSLATE_NOOP("TasksPanel", "导出为 Markdown…")),
)


class TasksPanel(QWidget):
    """Shows the table; emits intents, never acts on the services itself."""

    filters_changed = Signal()
    open_requested = Signal(object)  # Task
    edit_requested = Signal(object)  # Task
    remove_requested = Signal(list)  # [Task]
    export_requested = Signal(str)  # format
    units_requested = Signal()
    trash_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tasks_panel")
        self.model = TasksModel(self)
        self.scope_box = self._combo("tasks_scope", self.tr("本文档或全部文档"))
        self.scope_box.addItem(self.tr("本文档"), SCOPE_DOC)
        self.scope_box.addItem(self.tr("全部文档"), SCOPE_ALL)
        self.unit_box = self._combo("tasks_filter_unit", self.tr("按单位筛选（牵头或参与）"))
        self.status_box = self._combo("tasks_filter_status", self.tr("按状态筛选"))
        self.status_box.addItem(self.tr("全部状态"), None)
        for status in STATUSES:
            self.status_box.addItem(status_text(status), status)
        self.status_box.addItem(self.tr("已逾期"), OVERDUE)
        self.chapter_box = self._combo("tasks_filter_chapter", self.tr("按章节筛选"))
        self.chapter_box.addItem(self.tr("全部章节"), None)
        # Chapter headings are long sentences: the box stays narrow, its list shows them whole.
        for box in (self.chapter_box, self.unit_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(12)
        self.chapter_box.view().setMinimumWidth(420)
        for box in (self.scope_box, self.unit_box, self.status_box, self.chapter_box):
            box.currentIndexChanged.connect(self.filters_changed)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("tasks_count")

        self.export_button = QPushButton(self.tr("导出"), self)
        self.export_button.setObjectName("tasks_export_button")
        menu = QMenu(self.export_button)
        self.export_actions: dict[str, QAction] = {}
        for fmt, text in EXPORT_FORMATS:
            action = menu.addAction(self.tr(text))
            action.setObjectName(f"action_export_tasks_{fmt}")
            action.triggered.connect(lambda _c=False, f=fmt: self.export_requested.emit(f))
            self.export_actions[fmt] = action
        self.export_button.setMenu(menu)
        self.units_button = QPushButton(self.tr("单位…"), self)
        self.units_button.setObjectName("tasks_units_button")
        self.units_button.setToolTip(self.tr("管理单位：重命名、合并"))
        self.units_button.clicked.connect(self.units_requested)
        self.trash_button = QPushButton(self.tr("回收站…"), self)
        self.trash_button.setObjectName("tasks_trash_button")
        self.trash_button.clicked.connect(self.trash_requested)

        self.table = QTableView(self)
        self.table.setObjectName("tasks_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TASK, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(self._open)
        self.table.activated.connect(self._edit)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.edit_action = self._action("action_task_edit", self.tr("编辑任务(&E)…"), "F2")
        self.edit_action.triggered.connect(lambda: self._edit(self.table.currentIndex()))
        self.remove_action = self._action(
            "action_task_remove", self.tr("从任务表移除(&D)"), QKeySequence.StandardKey.Delete
        )
        self.remove_action.triggered.connect(self._remove)

        filters = QHBoxLayout()
        for widget in (self.scope_box, self.unit_box, self.status_box, self.chapter_box):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        for widget in (self.export_button, self.units_button, self.trash_button):
            filters.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def _combo(self, name: str, tip: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setToolTip(tip)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return box

    def _action(self, name: str, text: str, key) -> QAction:
        action = QAction(text, self.table)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        # Only in the table: F2 and Delete mean other things elsewhere in the window.
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(action)
        return action

    # -- filters -------------------------------------------------------------------------

    def filters(self) -> dict:
        """The chosen scope, unit, status and chapter."""
        return {
            "scope": self.scope_box.currentData(),
            "unit": self.unit_box.currentData(),
            "status": self.status_box.currentData(),
            "chapter": self.chapter_box.currentData()
            if self.scope_box.currentData() == SCOPE_DOC
            else None,
        }

    def set_choices(self, units: list[tuple[str, str]], chapters: list[tuple[str, str]]) -> None:
        """Refill the unit and chapter filters (label, value), keeping what was chosen."""
        _refill(self.unit_box, self.tr("全部单位"), units)
        _refill(self.chapter_box, self.tr("全部章节"), chapters)
        self.chapter_box.setEnabled(self.scope_box.currentData() == SCOPE_DOC)

    def set_tasks(self, tasks: list[Task], headings: list[str], total: int) -> None:
        """Show the rows that pass the filters (keeping the current one)."""
        current = self.current_task()
        self.model.set_tasks(tasks, headings)
        late = sum(1 for t in tasks if t.overdue(self.model.today))
        text = (
            self.tr("{0} 项任务").format(total)
            if len(tasks) == total
            else self.tr("{0} / {1} 项任务").format(len(tasks), total)
        )
        if late:
            text += self.tr("，{0} 项逾期").format(late)
        self.count_label.setText(text)
        if current is not None:
            self.select_task(current.id)

    # -- rows ----------------------------------------------------------------------------

    def current_task(self) -> Task | None:
        """The task of the current row."""
        index = self.table.currentIndex()
        return index.data(TASK_ROLE) if index.isValid() else None

    def selected_tasks(self) -> list[Task]:
        """The tasks of the selected rows, in table order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.index(r, 0).data(TASK_ROLE) for r in rows]

    def select_task(self, task_id: str) -> bool:
        """Make a task the current row; False when it is not shown."""
        row = self.model.row_of(task_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            self.table.selectionModel().SelectionFlag.ClearAndSelect
            | self.table.selectionModel().SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _open(self, index: QModelIndex) -> None:
        task = index.data(TASK_ROLE) if index.isValid() else None
        if task is not None:
            self.open_requested.emit(task)

    def _edit(self, index: QModelIndex) -> None:
        task = index.data(TASK_ROLE) if index.isValid() else None
        if task is not None:
            self.edit_requested.emit(task)

    def _remove(self) -> None:
        tasks = self.selected_tasks()
        if tasks:
            self.remove_requested.emit(tasks)

    def _menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        menu = QMenu(self.table)
        jump = menu.addAction(self.tr("跳到原文"))
        jump.triggered.connect(lambda: self._open(index))
        menu.addAction(self.edit_action)
        menu.addAction(self.remove_action)
        menu.exec(self.table.viewport().mapToGlobal(point))


def _refill(box: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
    """Replace a filter's choices (first: no filter) without firing its signal; the chosen
    value stays when it is still there."""
    chosen = box.currentData()
    box.blockSignals(True)
    box.clear()
    box.addItem(everything, None)
    for text, value in items:
        box.addItem(text, value)
    at = box.findData(chosen) if chosen is not None else 0
    box.setCurrentIndex(max(at, 0))
    box.blockSignals(False)
