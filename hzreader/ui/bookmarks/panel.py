"""The 书签 list below the outline: a click or Enter jumps, F2 or a double-click renames,
Delete removes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from hzreader.core.bookmark import Bookmark
from hzreader.ui import theme

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class BookmarksPanel(QWidget):
    """The list; it emits what the user asks for, the controller does it."""

    jump_requested = Signal(str, str)  # doc, key
    rename_requested = Signal(str)  # bookmark id
    delete_requested = Signal(str)  # bookmark id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarks_panel")
        self.title = QLabel(self.tr("书签"), self)
        self.title.setObjectName("bookmarks_title")
        # No style sheet (Qt would tell it of no switch of theme): the padding as margins.
        self.title.setContentsMargins(4, 4, 4, 2)
        theme.tint_label(self.title, theme.LIGHT.muted_ink, theme.DARK.muted_ink)
        self.list = QListWidget(self)
        self.list.setObjectName("bookmarks_list")
        self.list.setWordWrap(True)
        # Two lines a bookmark (name, citation): the rows told apart by their shade.
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(1)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setEditTriggers(QListWidget.EditTrigger.NoEditTriggers)
        self.list.setToolTip("")
        # No bookmarks yet: the hint stands where the list would be (not an empty white box
        # with a greyed-out line under it), in the title's legible grey.
        self.empty = QLabel(self.tr("按 Ctrl+D 给当前条款加书签"), self)
        self.empty.setObjectName("bookmarks_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(6, 4, 6, 4)
        theme.tint_label(self.empty, theme.LIGHT.muted_ink, theme.DARK.muted_ink)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        self.list.hide()
        self.jump_action = self._action("action_bookmark_jump", self.tr("跳到书签(&J)"), "Return")
        self.rename_action = self._action(
            "action_bookmark_rename", self.tr("重命名书签(&R)…"), "F2"
        )
        self.delete_action = self._action(
            "action_bookmark_delete", self.tr("删除书签(&D)"), QKeySequence.StandardKey.Delete
        )
        # Enter on the keypad jumps too (one action, two keys).
        self.jump_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.jump_action.triggered.connect(lambda: self._emit(self.jump_requested, jump=True))
        self.rename_action.triggered.connect(lambda: self._emit(self.rename_requested))
        self.delete_action.triggered.connect(lambda: self._emit(self.delete_requested))
        self.list.itemClicked.connect(lambda item: self._jump(item))
        self.list.itemDoubleClicked.connect(
            lambda item: self.rename_requested.emit(item.data(ID_ROLE))
        )
        self._marks: dict[str, Bookmark] = {}

    def _action(self, name: str, text: str, shortcut) -> QAction:
        action = QAction(text, self.list)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        # Only while the list has the keyboard: Delete, F2 and Enter elsewhere are theirs.
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.list.addAction(action)
        return action

    def set_bookmarks(self, rows: list[tuple[Bookmark, str, str]]) -> None:
        """Show (bookmark, label, tooltip) rows, keeping the current one when it is still
        there."""
        current = self.current_id()
        self.list.clear()
        self._marks = {}
        for mark, label, tip in rows:
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, mark.id)
            item.setToolTip(tip)
            if not mark.found:
                item.setForeground(Qt.GlobalColor.gray)
            self.list.addItem(item)
            self._marks[mark.id] = mark
        self.empty.setVisible(not rows)
        self.list.setVisible(bool(rows))
        if current is not None:
            self.select(current)

    def bookmark(self, bookmark_id: str) -> Bookmark | None:
        """A bookmark shown in the list."""
        return self._marks.get(bookmark_id)

    def select(self, bookmark_id: str) -> bool:
        """Make a bookmark the current row; False if it is not listed."""
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == bookmark_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def current_id(self) -> str | None:
        """The id of the current row."""
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _jump(self, item: QListWidgetItem) -> None:
        mark = self._marks.get(item.data(ID_ROLE))
        if mark is not None:
            self.jump_requested.emit(mark.doc, mark.key)

    def _emit(self, signal, *, jump: bool = False) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        if jump:
            self._jump(item)
        else:
            signal.emit(item.data(ID_ROLE))
