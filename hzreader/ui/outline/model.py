"""A Qt tree model of a document's outline: chapters, goals, measures, paragraphs."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from hzreader.core.model import Document, Node
from hzreader.ui.outline.study_marks import icon_for, tooltip_for

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
STUDY_ROLE = Qt.ItemDataRole.UserRole + 3  # "unread", "partial", "read" or "annotated"
_PREVIEW_CHARS = 18
_TOOLTIP_CHARS = 80
_ROOT = -1

Index = QModelIndex | QPersistentModelIndex


class OutlineMark(NamedTuple):
    """How the outline marks a node: a sign (readable without colour), a colour, a tip."""

    sign: str
    color: QColor
    tooltip: str = ""


class _Entry:
    """One row of the outline: its node, its parent's entry, its row there, its children."""

    __slots__ = ("children", "node", "parent", "row")

    def __init__(self, node: Node, parent: int, row: int) -> None:
        self.node, self.parent, self.row = node, parent, row
        self.children: list[int] = []


def outline_label(node: Node) -> str:
    """What the outline shows for a node: marker and title, or the start of its text."""
    if node.title:
        return f"{node.marker}{node.title}"
    text = node.text.strip()
    preview = text if len(text) <= _PREVIEW_CHARS else text[:_PREVIEW_CHARS] + "…"
    return f"{node.marker}{preview}"


class OutlineModel(QAbstractItemModel):
    """Every node of a document except sentences; an entry's number is its internal id."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[_Entry] = []
        self._top: list[int] = []
        self._by_key: dict[str, int] = {}
        self._marks: dict[str, OutlineMark] = {}
        self._study: dict = {}  # key -> Tally (hzreader.core.study) of the study map

    def set_marks(self, marks: dict[str, OutlineMark]) -> None:
        """Mark nodes (a comparison's statuses: a sign, a colour, a tooltip); {} clears."""
        self._marks = dict(marks)
        if self._entries:
            # Every row may change: a reset would close the tree, a layout change does not.
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()

    def set_study(self, states: dict) -> None:
        """The study map's tally of each node; {} hides the marks."""
        self._study = dict(states)
        if self._entries:
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()

    def set_document(self, document: Document | None) -> None:
        """Show another document's outline."""
        self.beginResetModel()
        self._entries, self._top, self._by_key = [], [], {}
        if document is not None:
            self._top = self._add(document.nodes, _ROOT)
        self.endResetModel()

    def _add(self, nodes: list[Node], parent: int) -> list[int]:
        ids: list[int] = []
        for node in nodes:
            if node.kind == "sentence":
                continue
            entry_id = len(self._entries)
            self._entries.append(_Entry(node, parent, len(ids)))
            self._by_key[node.key] = entry_id
            ids.append(entry_id)
            self._entries[entry_id].children = self._add(node.children, entry_id)
        return ids

    def index_for_key(self, key: str) -> QModelIndex:
        """The index of a node, or an invalid index when the outline does not list it."""
        entry_id = self._by_key.get(key)
        if entry_id is None:
            return QModelIndex()
        return self.createIndex(self._entries[entry_id].row, 0, entry_id)

    def key(self, index: Index) -> str | None:
        """The node key behind an index."""
        return self._entries[index.internalId()].node.key if index.isValid() else None

    def _children_of(self, parent: Index) -> list[int]:
        if not parent.isValid():
            return self._top
        return self._entries[parent.internalId()].children

    # -- QAbstractItemModel --------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Qt override."""
        children = self._children_of(parent)
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Qt override."""
        if not index.isValid():
            return QModelIndex()
        parent_id = self._entries[index.internalId()].parent
        if parent_id == _ROOT:
            return QModelIndex()
        return self.createIndex(self._entries[parent_id].row, 0, parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Qt override."""
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children_of(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Qt override."""
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Qt override: label, full title as tooltip, key and kind."""
        if not index.isValid():
            return None
        node = self._entries[index.internalId()].node
        mark = self._marks.get(node.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{mark.sign} {outline_label(node)}" if mark else outline_label(node)
        study = self._study.get(node.key)
        if role == Qt.ItemDataRole.DecorationRole and study is not None:
            leaf = not self._entries[index.internalId()].children
            return icon_for(study.total, study.read, study.annotated, leaf)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The label may be cut short by the dock's width or by the preview length.
            tip = f"{node.marker}{node.title or node.text[:_TOOLTIP_CHARS]}"
            if study is not None and (study.read or study.annotated):
                leaf = not self._entries[index.internalId()].children
                tip = f"{tip}\n{tooltip_for(study.total, study.read, study.annotated, leaf)}"
            return f"{mark.tooltip}\n{tip}" if mark and mark.tooltip else tip
        if role == STUDY_ROLE:
            return study.state if study is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and mark:
            return mark.color
        if role == KEY_ROLE:
            return node.key
        if role == KIND_ROLE:
            return node.kind
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Qt override."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
