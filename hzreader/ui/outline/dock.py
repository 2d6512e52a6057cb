"""The outline dock (提纲): a tree of the document's structure that asks to open nodes."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QTreeView, QWidget

from hzreader.core.model import Document
from hzreader.ui.outline.model import OutlineModel


class OutlineDock(QDockWidget):
    """Shows the outline; a click or Enter on an item emits open_node_requested."""

    open_node_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("提纲"), parent)
        self.setObjectName("outline_dock")
        self.model = OutlineModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("outline_tree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # clicked and activated are user acts only; following the reader (select_key) moves
        # the current item without emitting either, so the two views cannot loop.
        self.tree.clicked.connect(self._open)
        self.tree.activated.connect(self._open)
        self.setWidget(self.tree)

    def set_document(self, document: Document | None) -> None:
        """Show a document's outline with its chapters open."""
        self.model.set_document(document)
        self.tree.expandToDepth(0)

    def set_marks(self, marks: dict) -> None:
        """Mark nodes with a sign and a colour (OutlineMark by key); {} clears them."""
        self.model.set_marks(marks)

    def select_key(self, key: str) -> bool:
        """Make a node the current item (following the reader); False if not listed."""
        index = self.model.index_for_key(key)
        if not index.isValid():
            return False
        if self.tree.currentIndex() != index:
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def current_key(self) -> str | None:
        """The key of the current item."""
        return self.model.key(self.tree.currentIndex())

    def _open(self, index: QModelIndex) -> None:
        key = self.model.key(index)
        if key:
            self.open_node_requested.emit(key)
