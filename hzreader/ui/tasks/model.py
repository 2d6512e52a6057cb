"""The table of the 任务分解 dock: one row per task, in document order, overdue rows marked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from hzreader.core.tasks import Task, due_text, status_text
from hzreader.ui import theme
from hzreader.ui.markdown_view import plain_preview
from hzreader.ui.texts import joined

TASK_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    QT_TRANSLATE_NOOP("TasksModel", "序号"),
    QT_TRANSLATE_NOOP("TasksModel", "重点任务"),
    QT_TRANSLATE_NOOP("TasksModel", "牵头单位"),
    QT_TRANSLATE_NOOP("TasksModel", "责任单位"),
    QT_TRANSLATE_NOOP("TasksModel", "完成时限"),
    QT_TRANSLATE_NOOP("TasksModel", "状态"),
    QT_TRANSLATE_NOOP("TasksModel", "进展情况"),
)
COL_NUMBER, COL_TASK, COL_LEAD, COL_PARTNERS, COL_DUE, COL_STATUS, COL_NOTE = range(7)
OVERDUE_INK = QColor("#b00020")
OVERDUE_PAPER = QColor(255, 235, 238)
STATUS_INK = {"done": QColor("#2e7d32"), "late": OVERDUE_INK, "doing": QColor("#1565c0")}
NOT_FOUND_INK = QColor("#8a8a8a")
# The same at night (dark theme): light inks on a dark red tint.
NIGHT = {
    OVERDUE_INK.name(): QColor("#ff8a80"),
    OVERDUE_PAPER.name(): QColor("#3a2426"),
    "#2e7d32": QColor("#81c784"),
    "#1565c0": QColor("#8ab4f8"),
    NOT_FOUND_INK.name(): theme.DARK.muted_ink,
}

Index = QModelIndex | QPersistentModelIndex


def shown(color: QColor) -> QColor:
    """One of the colours above for the palette in use (its night variant in the dark)."""
    return theme.shade(color, NIGHT.get(color.name(), color))


def ink_for(color: QColor, late: bool) -> QColor:
    """A cell's ink for the palette in use, legible on its row: the overdue tint or the
    list's base (read when the view paints, so that a switch of theme shows at once)."""
    ground = shown(OVERDUE_PAPER) if late else theme.palette().base
    return theme.legible(shown(color), ground)


class TasksModel(QAbstractTableModel):
    """Tasks (with the heading of their chapter) as the rows of the dock's table."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tasks: list[Task] = []
        self._headings: list[str] = []
        self.today = date.today()

    def set_tasks(self, tasks: list[Task], headings: list[str]) -> None:
        """Show these tasks (and the chapter each belongs to, for its tooltip)."""
        self.beginResetModel()
        self._tasks, self._headings = list(tasks), list(headings)
        self.today = date.today()
        self.endResetModel()

    def tasks(self) -> list[Task]:
        """The tasks shown, in order."""
        return list(self._tasks)

    def row_of(self, task_id: str) -> int:
        """The row of a task, or -1."""
        return next((r for r, t in enumerate(self._tasks) if t.id == task_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """One row per task."""
        return 0 if parent.isValid() else len(self._tasks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The columns of the 任务分解表."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Text, colours and tooltips of a cell."""
        if not index.isValid():
            return None
        task = self._tasks[index.row()]
        column = index.column()
        late = task.overdue(self.today)
        if role == TASK_ROLE:
            return task
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(task, column, index.row(), late)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self._headings[index.row()], task.citation or task.key]
            if not task.found:
                lines.append(self.tr("原文中已找不到这一条，请复核"))
            if late:
                lines.append(self.tr("已过完成时限"))
            return "\n".join(x for x in lines if x)
        if role == Qt.ItemDataRole.ForegroundRole:
            if late and column in (COL_DUE, COL_STATUS):
                return QBrush(ink_for(OVERDUE_INK, late))
            if column == COL_STATUS and task.status in STATUS_INK:
                return QBrush(ink_for(STATUS_INK[task.status], late))
            if not task.found:
                return QBrush(ink_for(NOT_FOUND_INK, late))
        if role == Qt.ItemDataRole.BackgroundRole and late:
            return QBrush(shown(OVERDUE_PAPER))
        if role == Qt.ItemDataRole.FontRole and late and column == COL_DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_NUMBER, COL_DUE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, task: Task, column: int, row: int, late: bool) -> str:
        if column == COL_NUMBER:
            return str(row + 1)
        if column == COL_TASK:
            return task.title
        if column == COL_LEAD:
            return task.lead
        if column == COL_PARTNERS:
            return joined(task.partners)
        if column == COL_DUE:
            label = due_text(task.due)
            return self.tr("{0}（逾期）").format(label) if late else label
        if column == COL_STATUS:
            return status_text(task.status)
        return plain_preview(task.note, 80)
