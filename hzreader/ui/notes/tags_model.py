"""The tags panel's model: tags as a tree by their `/` levels, with note counts."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

from hzreader.ui import theme

NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the full tag name ("" for all notes)
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
MUTED_ROLE = Qt.ItemDataRole.UserRole + 3  # True: written in the quiet grey (全部笔记, counts)


class TagsModel(QStandardItemModel):
    """Column 0 the tag's last level, column 1 how many notes carry it or a tag below it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: dict[str, QStandardItem] = {}
        self.setHorizontalHeaderLabels([self.tr("标签"), self.tr("笔记")])

    def set_tags(
        self,
        names: Iterable[str],
        counts: dict[str, int],
        colors: dict[str, str | None] | None = None,
        total: int = 0,
    ) -> None:
        """Rebuild the tree; `counts` holds every level's count (subtree, each note once)."""
        colors = colors or {}
        self.removeRows(0, self.rowCount())
        self._items = {}
        root = self._row(self.invisibleRootItem(), self.tr("全部笔记"), "", total)
        root.setData(True, MUTED_ROLE)
        for name in sorted(set(names)):
            parts = name.split("/")
            for depth in range(len(parts)):
                full = "/".join(parts[: depth + 1])
                if full in self._items:
                    continue
                parent = self._items.get("/".join(parts[:depth])) if depth else None
                item = self._row(
                    parent or self.invisibleRootItem(), parts[depth], full, counts.get(full, 0)
                )
                color = colors.get(full)
                if color:
                    item.setData(QColor(color), Qt.ItemDataRole.DecorationRole)

    def _row(self, parent: QStandardItem, label: str, full: str, count: int) -> QStandardItem:
        item = QStandardItem(label)
        item.setEditable(False)
        item.setData(full, NAME_ROLE)
        item.setData(count, COUNT_ROLE)
        item.setToolTip(full or label)
        number = QStandardItem(str(count))
        number.setEditable(False)
        number.setData(full, NAME_ROLE)
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        number.setData(True, MUTED_ROLE)
        parent.appendRow([item, number])
        self._items[full] = item
        return item

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """The quiet grey is the palette's in use, read as the tree paints (a switch of
        theme repaints it), legible on the list."""
        if role == Qt.ItemDataRole.ForegroundRole and super().data(index, MUTED_ROLE):
            grey = theme.shade(theme.LIGHT.muted_ink, theme.DARK.muted_ink)
            return theme.legible(grey, theme.palette().base)
        return super().data(index, role)

    def index_for(self, name: str) -> QModelIndex:
        """The index of a tag (column 0), or an invalid one."""
        item = self._items.get(name)
        return item.index() if item is not None else QModelIndex()

    def names(self) -> list[str]:
        """Every tag listed (parent levels included), in tree order."""
        return [n for n in self._items if n]

    def count(self, name: str) -> int:
        """The count shown for a tag (0 when not listed)."""
        item = self._items.get(name)
        return int(item.data(COUNT_ROLE)) if item is not None else 0
