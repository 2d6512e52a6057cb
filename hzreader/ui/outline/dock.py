"""The outline dock (提纲): a tree of the document's structure that asks to open nodes."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hzreader.core.model import Document
from hzreader.ui import theme
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
        # Above the tree: how far the reader has come (已读 62%). Below it: a section the
        # bookmarks feature fills (书签), in the same dock so that a bookmark and the outline
        # are seen together and the outline follows a jump from the list.
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("outline_progress")
        # No style sheet (Qt would tell it of no switch of theme): the padding as margins.
        self.progress_label.setContentsMargins(4, 2, 4, 2)
        theme.tint_label(self.progress_label, theme.LIGHT.muted_ink, theme.DARK.muted_ink)
        self.progress_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # Its line is kept from the first frame: the tree does not move when it is filled.
        self.progress_label.setMinimumHeight(self.progress_label.fontMetrics().height() + 4)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("outline_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tree)
        self.section = QWidget(self)  # replaced by the bookmarks panel when it arrives
        self.section.setObjectName("outline_section")
        self.splitter.addWidget(self.section)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        holder = QWidget(self)
        holder.setObjectName("outline_holder")
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.splitter, 1)
        holder.setFocusProxy(self.tree)  # the dock's key gives the keyboard to the tree
        self.setWidget(holder)

    def set_section(self, widget: QWidget) -> None:
        """Put a panel below the tree (the bookmarks), in place of the empty section."""
        sizes = self.splitter.sizes()
        old = self.section
        self.splitter.replaceWidget(1, widget)
        old.deleteLater()
        self.section = widget
        self.splitter.setSizes(sizes)

    def set_progress(self, text: str, tooltip: str = "") -> None:
        """The line above the tree: how much of the document has been read."""
        self.progress_label.setText(text)
        self.progress_label.setToolTip(tooltip)

    def set_study(self, states: dict) -> None:
        """The study map's state of each node (Tally by key): drawn quietly beside it."""
        self.model.set_study(states)

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
