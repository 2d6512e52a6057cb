"""The ledger table's proxy: filters by chapter, unit, comparator, progress and text; sorts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from hzreader.core.ledger import LedgerRow
from hzreader.ui.targets.model import ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex

# Progress filter values.
STATUS_ALL, STATUS_MET, STATUS_BEHIND, STATUS_NONE = "", "met", "behind", "none"


def _fold(text: str) -> str:
    # Half- and full-width forms alike: the plan's source mixes ASCII and Chinese punctuation.
    return "".join(
        chr(ord(ch) - 0xFEE0) if 0xFF01 <= ord(ch) <= 0xFF5E else ch for ch in text
    ).casefold()


class TargetsFilterModel(QSortFilterProxyModel):
    """Keeps the rows that pass every filter set; None or "" means no filter."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._chapter: str | None = None
        self._unit: str | None = None
        self._comparator: str | None = None
        self._status = STATUS_ALL
        self._text = ""

    def set_filters(
        self,
        *,
        chapter: str | None = None,
        unit: str | None = None,
        comparator: str | None = None,
        status: str = STATUS_ALL,
        text: str = "",
    ) -> None:
        """Replace every filter at once (chapter number, unit, comparator, status, text)."""
        # Qt 6.10 brought begin/endFilterChange; older releases only have invalidateRowsFilter.
        modern = hasattr(self, "beginFilterChange")
        if modern:
            self.beginFilterChange()
        self._chapter, self._unit, self._comparator = chapter, unit, comparator
        self._status = status
        self._text = _fold(text.strip())
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """True when the row passes all filters."""
        index = self.sourceModel().index(source_row, 0, source_parent)
        row: LedgerRow | None = index.data(ROW_ROLE)
        if row is None:
            return False
        t = row.target
        if self._chapter is not None and (row.chapter_number or "") != self._chapter:
            return False
        if self._unit is not None and t.unit != self._unit:
            return False
        if self._comparator is not None and t.comparator != self._comparator:
            return False
        if self._status and self._status != _status_of(row):
            return False
        if self._text:
            haystack = _fold(f"{t.name}\n{t.unit}\n{t.text}\n{row.section_title or ''}")
            return all(word in haystack for word in self._text.split())
        return True


def _status_of(row: LedgerRow) -> str:
    progress = row.progress
    if progress is None:
        return STATUS_NONE
    return STATUS_MET if progress.met else STATUS_BEHIND
