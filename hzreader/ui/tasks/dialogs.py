"""The units list (rename, merge, delete, add) and the tasks' trash (restore, empty)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hzreader.core.tasks import Task, due_text

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _buttons(dialog: QDialog, items: list[tuple[str, str, object]]) -> QHBoxLayout:
    row = QHBoxLayout()
    for name, text, slot in items:
        button = QPushButton(text, dialog)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
    row.addStretch(1)
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    close.rejected.connect(dialog.reject)
    row.addWidget(close)
    return row


def _selected(table: QTableWidget) -> list:
    rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
    return [table.item(r, 0).data(VALUE_ROLE) for r in rows]


class UnitsDialog(QDialog):
    """The managed list of units with their use; emits what the user asks for."""

    rename_requested = Signal(str, str)  # old, new (onto an existing name: merge)
    merge_requested = Signal(list, str)  # sources, target
    delete_requested = Signal(str)
    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("units_dialog")
        self.setWindowTitle(self.tr("管理单位"))
        self.resize(560, 460)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = _table(
            self, "units_table", [self.tr("单位"), self.tr("牵头"), self.tr("参与")]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.doubleClicked.connect(lambda _i: self.ask_rename())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(
            _buttons(
                self,
                [
                    ("units_rename", self.tr("重命名…"), self.ask_rename),
                    ("units_merge", self.tr("合并到…"), self.ask_merge),
                    ("units_delete", self.tr("删除"), self.ask_delete),
                    ("units_add", self.tr("添加…"), self.ask_add),
                ],
            )
        )

    def set_units(self, units: list[tuple[str, int, int]], from_text: set[str]) -> None:
        """(name, leads, partners) of every unit; the ones the document names are marked."""
        self.table.setRowCount(len(units))
        for row, (name, lead, partner) in enumerate(units):
            item = QTableWidgetItem(name + (self.tr("（原文）") if name in from_text else ""))
            item.setData(VALUE_ROLE, name)
            self.table.setItem(row, 0, item)
            for column, count in ((1, lead), (2, partner)):
                cell = QTableWidgetItem(str(count))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, cell)
        self.summary.setText(
            self.tr("共 {0} 个单位。重命名到已有的名称即合并；合并后原名称不再使用。").format(
                len(units)
            )
        )

    def names(self) -> list[str]:
        """Every unit listed."""
        return [self.table.item(r, 0).data(VALUE_ROLE) for r in range(self.table.rowCount())]

    def select_names(self, names: list[str]) -> None:
        """Select these units' rows."""
        self.table.clearSelection()
        flags = self.table.selectionModel().SelectionFlag
        for row, name in enumerate(self.names()):
            if name in names:
                self.table.selectionModel().select(
                    self.table.model().index(row, 0), flags.Select | flags.Rows
                )

    def selected(self) -> list[str]:
        """The selected units."""
        return _selected(self.table)

    def ask_rename(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        new, ok = QInputDialog.getText(
            self, self.tr("重命名单位"), self.tr("“{0}”改为：").format(chosen[0]), text=chosen[0]
        )
        if ok and new.strip() and new.strip() != chosen[0]:
            self.rename_requested.emit(chosen[0], new.strip())

    def ask_merge(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        others = [n for n in self.names() if n not in chosen] or chosen
        target, ok = QInputDialog.getItem(
            self,
            self.tr("合并单位"),
            self.tr("把所选的 {0} 个单位合并到：").format(len(chosen)),
            others,
            0,
            True,
        )
        if ok and target.strip():
            self.merge_requested.emit(chosen, target.strip())

    def ask_delete(self) -> None:
        for name in self.selected():
            self.delete_requested.emit(name)

    def ask_add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("添加单位"), self.tr("单位名称："))
        if ok and name.strip():
            self.add_requested.emit(name.strip())


class TasksTrash(QDialog):
    """Tasks taken off the table: restore them, or empty the trash (after asking)."""

    restore_requested = Signal(list)  # task ids
    empty_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tasks_trash")
        self.setWindowTitle(self.tr("任务回收站"))
        self.resize(640, 380)
        self.summary = QLabel(self)
        headers = [
            self.tr("重点任务"),
            self.tr("牵头单位"),
            self.tr("完成时限"),
            self.tr("移除时间"),
        ]
        self.table = _table(self, "tasks_trash_table", headers)
        self.table.doubleClicked.connect(lambda _i: self._restore())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(
            _buttons(
                self,
                [
                    ("tasks_trash_restore", self.tr("恢复"), self._restore),
                    ("tasks_trash_empty", self.tr("清空回收站…"), self._empty),
                ],
            )
        )

    def set_tasks(self, tasks: list[Task]) -> None:
        """Show the trash, the last removed first."""
        tasks = sorted(tasks, key=lambda t: t.deleted or "", reverse=True)
        self.table.setRowCount(len(tasks))
        for row, t in enumerate(tasks):
            first = QTableWidgetItem(t.title)
            first.setData(VALUE_ROLE, t.id)
            first.setToolTip(t.citation)
            cells = [first, QTableWidgetItem(t.lead), QTableWidgetItem(due_text(t.due)),
                     QTableWidgetItem((t.deleted or "").replace("T", " ")[:16])]  # fmt: skip
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self.summary.setText(
            self.tr("回收站中有 {0} 项任务；恢复后回到任务表。").format(len(tasks))
            if tasks
            else self.tr("任务回收站是空的。")
        )

    def ids(self) -> list[str]:
        """Every task listed."""
        return [self.table.item(r, 0).data(VALUE_ROLE) for r in range(self.table.rowCount())]

    def select_all(self) -> None:
        """Select every row."""
        self.table.selectAll()

    def _restore(self) -> None:
        ids = _selected(self.table)
        if ids:
            self.restore_requested.emit(ids)

    def _empty(self) -> None:
        if not self.ids():
            return
        answer = QMessageBox.question(
            self,
            self.tr("清空任务回收站"),
            self.tr("永久删除回收站中的 {0} 项任务？\n关闭程序后将无法撤销。").format(
                len(self.ids())
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.empty_requested.emit()
