"""The library as a table: title, kind, structure counts, notes, import date."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

translate = QCoreApplication.translate  # the name pyside6-lupdate reads

if TYPE_CHECKING:
    from hzreader.services.importing import DocumentSummary

DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2
CURRENT_ROLE = Qt.ItemDataRole.UserRole + 3
_HEADING_KINDS = ("volume", "chapter", "part", "section", "heading", "box", "annex")
_ITEM_KINDS = ("article", "item", "measure", "goal", "subitem", "letter", "list")


def kind_label(kind: str) -> str:
    """The kind of a document in words."""
    labels = {
        "plan": translate("LibraryModel", "计划"),
        "guide": translate("LibraryModel", "解读"),
        "document": translate("LibraryModel", "导入文档"),
    }
    return labels.get(kind, kind)


def structure_label(counts: dict[str, int]) -> str:
    """Headings, numbered items and sentences of a document, in one short line."""
    headings = sum(counts.get(k, 0) for k in _HEADING_KINDS)
    items = sum(counts.get(k, 0) for k in _ITEM_KINDS)
    sentences = counts.get("sentence", 0)
    return " · ".join(
        (
            LibraryModel.tr("%n 章节", None, headings),
            LibraryModel.tr("%n 条目", None, items),
            LibraryModel.tr("%n 句", None, sentences),
        )
    )


def detail_lines(row: DocumentSummary) -> tuple[str, str]:
    """Two short lines under a document's title: what it is, then notes and import date."""
    first = f"{kind_label(row.kind)} · {structure_label(row.counts)}"
    if getattr(row, "superseded_by", None):
        first = LibraryModel.tr("旧版 · {0}").format(first)
    when = row.imported_at.replace("T", " ")[:16]
    second = LibraryModel.tr("%n 条笔记 · {0} 导入", None, row.notes).format(when)
    return first, second


class LibraryModel(QAbstractTableModel):
    """One row per document, in library order; the document id is under DOC_ID_ROLE."""

    COLUMNS = ("title", "kind", "structure", "notes", "imported")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentSummary] = []
        self._current: str | None = None

    def _headers(self) -> tuple[str, ...]:
        # Asked each time: the window may have switched language since.
        return (
            self.tr("标题"),
            self.tr("类型"),
            self.tr("结构"),
            self.tr("笔记"),
            self.tr("导入时间"),
        )

    def set_rows(self, rows: list[DocumentSummary]) -> None:
        """Show these documents."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_current(self, doc_id: str | None) -> None:
        """Mark the document the reader shows (in bold)."""
        self._current = doc_id
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def summary(self, row: int) -> DocumentSummary | None:
        """The document on a row."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, doc_id: str) -> int:
        """The row of a document, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == doc_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Documents (a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Title, kind, structure, notes, import date."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        """Cell text, tooltips, the id, and bold for the document shown."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == DOC_ID_ROLE:
            return row.id
        if role == SUMMARY_ROLE:
            return row
        if role == CURRENT_ROLE:
            return row.id == self._current
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            source = (
                translate("LibraryModel", "来源文件：{0}").format(row.source_name)
                if row.source_name
                else ""
            )
            lines = (row.title, *detail_lines(row), f"ID {row.id}", source)
            return "\n".join(x for x in lines if x)
        if role == Qt.ItemDataRole.FontRole and row.id == self._current and column == "title":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "notes":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: DocumentSummary, column: str) -> str:
        if column == "title":
            return row.title
        if column == "kind":
            return kind_label(row.kind)
        if column == "structure":
            return structure_label(row.counts)
        if column == "notes":
            return str(row.notes)
        return row.imported_at.replace("T", " ")[:16]
