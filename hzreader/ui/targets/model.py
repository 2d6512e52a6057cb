"""A Qt table model of the targets ledger: one row per target, progress as data for a chart."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from hzreader.core.compare import TargetChange
from hzreader.core.ledger import COMPARATOR_SYMBOLS, LedgerRow, Progress, format_number, goal_text
from hzreader.core.targets import Target

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the LedgerRow
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts the column sensibly
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 3  # the Progress of the newest actual, or None
TARGET_ID_ROLE = Qt.ItemDataRole.UserRole + 4

COL_CHAPTER, COL_SECTION, COL_NAME, COL_GOAL, COL_YEAR, COL_ACTUAL, COL_PROGRESS = range(7)
_ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter
_ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex


def shown_symbol(symbol: str) -> str:
    """A comparison's symbol as the window writes it (core's full-width ＝ is = in English)."""
    return TargetsModel.tr("＝") if symbol == "＝" else symbol


def shown_goal(target) -> str:
    """core's goal_text (≥ 18 万元) with its symbol as the window writes it."""
    text = goal_text(target)
    return shown_symbol(text[0]) + text[1:] if text else text


def moved_goal_text(old: Target, new: Target) -> str:
    """A goal that an edition changed: ``≥ 18 → 20 万元`` (both in full when they differ more)."""
    if old.comparator == new.comparator and old.unit == new.unit:
        symbol = shown_symbol(COMPARATOR_SYMBOLS.get(new.comparator, new.comparator))
        values = f"{format_number(old.value)} → {format_number(new.value)}"
        return f"{symbol} {values} {new.unit}".rstrip()
    return f"{shown_goal(old)} → {shown_goal(new)}"


class TargetsModel(QAbstractTableModel):
    """Holds the ledger rows of one document; sorting and filtering live in a proxy."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[LedgerRow] = []
        self._previous: dict[
            str, TargetChange
        ] = {}  # target id → its change since the last edition
        self._previous_title = ""

    def _headers(self) -> tuple[str, ...]:
        # Asked each time: the window may have switched language since.
        return (
            self.tr("章"),
            self.tr("条目"),
            self.tr("指标"),
            self.tr("目标"),
            self.tr("年份"),
            self.tr("最新实际值"),
            self.tr("进度"),
        )

    def set_rows(self, rows: list[LedgerRow]) -> None:
        """Show a new ledger (after a document change or a recorded value)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_previous(self, changes: dict[str, TargetChange], old_title: str = "") -> None:
        """The targets' values in the previous edition (old → new in the 目标 column)."""
        self._previous = dict(changes)
        self._previous_title = old_title
        if self._rows:
            top, bottom = self.index(0, COL_GOAL), self.index(len(self._rows) - 1, COL_GOAL)
            self.dataChanged.emit(top, bottom)

    def previous(self, target_id: str) -> TargetChange | None:
        """A target's change since the previous edition (None: no previous edition)."""
        return self._previous.get(target_id)

    def rows(self) -> list[LedgerRow]:
        """The ledger rows in reading order."""
        return list(self._rows)

    def row_of(self, target_id: str) -> int:
        """The row of a target, or -1."""
        for i, row in enumerate(self._rows):
            if row.target.id == target_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per target."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Chapter, section, indicator, goal, year, latest actual, progress."""
        return 0 if parent.isValid() else len(self._headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        """Column titles in Chinese."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_PROGRESS:
            return self.tr(
                "最新实际值对照目标：\n"
                "≥、＝：实际值 ÷ 目标值，达到目标即达标；\n"
                "≤：不超过目标即达标，否则显示超出多少；\n"
                "≈（左右）：与目标偏差在 ±10% 以内即达标。"
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Text, tooltips, sort keys and the row itself by role."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == TARGET_ID_ROLE:
            return row.target.id
        if role == PROGRESS_ROLE:
            return row.progress
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (COL_CHAPTER, COL_SECTION, COL_YEAR):
                return _ALIGN_CENTER
            if column in (COL_GOAL, COL_ACTUAL):
                return _ALIGN_RIGHT
        return None

    def _display(self, row: LedgerRow, column: int) -> str:
        t = row.target
        if column == COL_CHAPTER:
            return row.chapter_number or ""
        if column == COL_SECTION:
            return self.section_text(row)
        if column == COL_NAME:
            return t.name
        if column == COL_GOAL:
            change = self._previous.get(t.id)
            if change is not None and change.status == "changed" and change.old is not None:
                return moved_goal_text(change.old, t)
            return shown_goal(t)
        if column == COL_YEAR:
            return str(t.year) if t.year is not None else ""
        if column == COL_ACTUAL:
            latest = row.latest
            return f"{format_number(latest.value)} {t.unit}".rstrip() if latest else ""
        if column == COL_PROGRESS:
            progress = row.progress
            return self.progress_text(progress) if progress else self.tr("未记录")
        return ""

    def section_text(self, row: LedgerRow) -> str:
        """core's section label (第9条, 目标) in the window's language."""
        if row.section_number:
            return self.tr("第{0}条").format(row.section_number)
        return self.tr("目标") if row.section_label else ""

    def progress_text(self, progress: Progress) -> str:
        """core's progress label (kept in Chinese for exports and JSON) as the window shows
        it: 达标, 未达标, 超出 3%, 偏差 +6%, or a percentage."""
        label = progress.label
        words = {
            "达标": self.tr("达标"),
            "未达标": self.tr("未达标"),
            "超出": self.tr("超出"),
            "偏差": self.tr("偏差"),
        }
        if label in words:
            return words[label]
        word, _, amount = label.partition(" ")
        if word == "超出":
            return self.tr("超出 {0}").format(amount)
        if word == "偏差":
            return self.tr("偏差 {0}").format(amount)
        return label

    def _sort_key(self, row: LedgerRow, column: int):
        # Every key is a float or a str per column, so the proxy never compares mixed types;
        # rows without a value sort before all others.
        t, latest, progress = row.target, row.latest, row.progress
        if column in (COL_CHAPTER, COL_SECTION):
            return float(row.order)
        if column == COL_NAME:
            return t.name
        if column == COL_GOAL:
            return float(t.value)
        if column == COL_YEAR:
            return float(t.year) if t.year is not None else -1.0
        if column == COL_ACTUAL:
            return latest.value if latest else float("-inf")
        if column == COL_PROGRESS:
            return progress.fraction + (1.0 if progress.met else 0.0) if progress else -1.0
        return ""

    def _goal_tip(self, row: LedgerRow) -> str:
        change = self._previous.get(row.target.id)
        if change is None:
            return ""
        where = self._previous_title
        if change.status == "added":
            return self.tr("上一版（《{0}》）没有这一指标").format(where)
        if change.old is None:
            return ""
        if change.status == "changed":
            text = self.tr("上一版（《{0}》）：{1}，这一版改为 {2}")
            return text.format(where, goal_text(change.old), goal_text(row.target))
        return self.tr("与上一版（《{0}》）相同").format(where)

    def _tooltip(self, row: LedgerRow, column: int) -> str:
        if column == COL_GOAL:
            return self._goal_tip(row)
        if column == COL_CHAPTER:
            return row.chapter_label
        if column == COL_SECTION:
            return row.section_title or ""
        if column == COL_NAME:
            return f"{row.target.text}\n—— {row.citation}" if row.citation else row.target.text
        if column == COL_ACTUAL and row.latest:
            latest = row.latest
            extra = self.tr("；").join(x for x in (latest.source, latest.note) if x)
            more = self.tr("（共 %n 条记录）", None, len(row.actuals))
            return f"{latest.recorded_on}{('　' + extra) if extra else ''}{more}"
        return ""
