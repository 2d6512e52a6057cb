"""The tags panel (标签): the tag tree with counts; choosing a tag filters the notes."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hzreader.ui.notes.tags_model import NAME_ROLE, TagsModel


class TagsPanel(QWidget):
    """Emits tag_chosen when the user picks a tag (None: all notes) and asks for changes."""

    tag_chosen = Signal(object)  # str or None
    rename_requested = Signal(str)
    delete_requested = Signal(str)
    color_requested = Signal(str)
    manage_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tags_panel")
        self.model = TagsModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("tags_tree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.clicked.connect(self._chosen)
        self.tree.activated.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self._menu_name = ""
        self.rename_action = self._action("action_tag_rename", self.tr("重命名标签(&R)…"), "F2")
        self.color_action = self._action("action_tag_color", self.tr("标签颜色(&C)…"), "")
        self.delete_action = self._action(
            "action_tag_delete", self.tr("删除标签(&D)"), QKeySequence.StandardKey.Delete
        )
        self.manage_action = self._action("action_tag_manage", self.tr("管理标签(&M)…"), "")
        self.rename_action.triggered.connect(lambda: self._ask(self.rename_requested))
        self.color_action.triggered.connect(lambda: self._ask(self.color_requested))
        self.delete_action.triggered.connect(lambda: self._ask(self.delete_requested))
        self.manage_action.triggered.connect(self.manage_requested)

    def _action(self, name: str, text: str, shortcut) -> QAction:
        action = QAction(text, self.tree)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree.addAction(action)
        return action

    def set_tags(self, names, counts, colors, total: int) -> None:
        """Show the tags again, keeping the chosen one chosen."""
        chosen = self.chosen_tag()
        self.model.set_tags(names, counts, colors, total)
        self.tree.expandAll()
        if chosen:
            self.select_tag(chosen)

    def select_tag(self, name: str | None) -> bool:
        """Make a tag current without emitting tag_chosen (following the notes panel)."""
        index = self.model.index_for(name or "")
        if not index.isValid():
            self.tree.clearSelection()
            return False
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def chosen_tag(self) -> str | None:
        """The tag of the current row (None for all notes or nothing)."""
        return self.tree.currentIndex().data(NAME_ROLE) or None

    def _chosen(self, index: QModelIndex) -> None:
        self.tag_chosen.emit(index.data(NAME_ROLE) or None)

    def _ask(self, signal) -> None:
        name = self._menu_name or self.chosen_tag()
        self._menu_name = ""
        if name:
            signal.emit(name)

    def _menu(self, point: QPoint) -> None:
        index = self.tree.indexAt(point)
        self._menu_name = (index.data(NAME_ROLE) or "") if index.isValid() else ""
        menu = QMenu(self)
        if self._menu_name:
            for action in (self.rename_action, self.color_action, self.delete_action, None):
                menu.addSeparator() if action is None else menu.addAction(action)
        menu.addAction(self.manage_action)
        menu.exec(self.tree.viewport().mapToGlobal(point))
        # Cleared after the menu: a shortcut later acts on the current row again.
        self._menu_name = ""
