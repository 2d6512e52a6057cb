"""The actions of notes and highlights: colours, 添加笔记, undo/redo, tags, the trash."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton

from hzreader.core.annotation import COLOR_NAMES
from hzreader.ui.notes.colors import DEFAULT_MEANINGS, NoteColor, swatch_icon
from hzreader.ui.texts import set_icon_text

DEFAULT_HEX = {
    "yellow": "#fff1a8",
    "red": "#ffc9c9",
    "green": "#c8f0c8",
    "blue": "#c6ddff",
    "purple": "#e4d2ff",
}


class NotesActions(QObject):
    """Creates the actions once and puts them in the window's menus, toolbar and reader."""

    highlight_requested = Signal(str)  # colour name

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.highlight: dict[str, QAction] = {}
        for number, name in enumerate(COLOR_NAMES, start=1):
            action = self._make(f"action_highlight_{name}", "", f"Ctrl+{number}")
            action.triggered.connect(
                lambda _checked=False, n=name: self.highlight_requested.emit(n)
            )
            self.highlight[name] = action
        self.set_colors([NoteColor(n, DEFAULT_MEANINGS[n], DEFAULT_HEX[n]) for n in COLOR_NAMES])
        self.add_note = self._make("action_add_note", self.tr("添加笔记(&N)…"), "Ctrl+Alt+N")
        self.add_note.setStatusTip(self.tr("为选中的文字写一条笔记（Markdown）"))
        self.node_note = self._make("action_node_note", self.tr("为这一节添加笔记(&W)…"), "")
        self.undo = self._make("action_undo", self.tr("撤销"), "Ctrl+Z")
        self.redo = self._make("action_redo", self.tr("重做"), "Ctrl+Shift+Z")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.manage_tags = self._make(
            "action_manage_tags", self.tr("管理标签(&M)…"), "Ctrl+Shift+M"
        )
        self.manage_tags.setStatusTip(self.tr("重命名、合并、删除标签，设置颜色的含义"))
        self.trash = self._make("action_trash", self.tr("回收站(&T)…"), "Ctrl+Shift+Delete")
        self.trash.setStatusTip(self.tr("恢复删除的笔记，或清空回收站"))
        # Other rooms' actions on the outline's node under the pointer (its key as data).
        self.outline_extras: list[QAction] = []
        self.highlight_menu = QMenu(self.tr("高亮(&H)"), window)
        self.highlight_menu.setObjectName("menu_highlight")
        self.highlight_menu.addActions(list(self.highlight.values()))

    def _make(self, name: str, text: str, shortcut: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        set_icon_text(action, text)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        self.window.addAction(action)
        return action

    def set_colors(self, colors: list[NoteColor]) -> None:
        """Colour actions read "黄 重点" with a swatch, under the 高亮 menu that says
        what they do (its name once, not on every entry)."""
        numbers = {name: n for n, name in enumerate(COLOR_NAMES, start=1)}
        for color in colors:
            action = self.highlight.get(color.name)
            if action is not None:
                number = numbers.get(color.name)
                text = color.title() + (f"(&{number})" if number else "")
                action.setText(text)
                action.setIconText(color.title())
                action.setIcon(swatch_icon(color.hex))
                action.setStatusTip(
                    self.tr("把选中的文字标为{0}色（{1}）").format(color.hanzi, color.meaning)
                )

    def selection_actions(self) -> list[QAction]:
        """What needs a selection in the reader."""
        return [*self.highlight.values(), self.add_note]

    def service_actions(self) -> list[QAction]:
        """What needs the services (disabled until the window is attached)."""
        return [*self.selection_actions(), self.node_note, self.manage_tags, self.trash]

    def place(self) -> None:
        """Menus (编辑, the shell's 笔记 menu), the toolbar and the reader's context menu."""
        w = self.window
        edit = w.findChild(QMenu, "menu_edit")
        if edit is not None:
            first = edit.actions()[0] if edit.actions() else None
            edit.insertActions(first, [self.undo, self.redo])
            edit.insertSeparator(first)
        notes = w.findChild(QMenu, "menu_notes")
        if notes is not None:
            notes.addMenu(self.highlight_menu)
            for action in (self.add_note, None, self.manage_tags, self.trash):
                notes.addSeparator() if action is None else notes.addAction(action)
        toolbar = w.findChild(QToolBar, "main_toolbar")
        if toolbar is not None:
            toolbar.addSeparator()
            button = QToolButton(toolbar)
            button.setObjectName("button_highlight")
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setMenu(self.highlight_menu)
            button.setDefaultAction(self.highlight["yellow"])
            # The button keeps the colour used last: one click marks the next clause alike.
            self.highlight_requested.connect(lambda n: button.setDefaultAction(self.highlight[n]))
            toolbar.addWidget(button)
            toolbar.addAction(self.add_note)
            toolbar.addAction(self.undo)
        reader = getattr(w, "reader", None)
        if reader is not None:
            reader.set_context_actions(
                [self.highlight_menu.menuAction(), self.add_note, None, *reader.context_actions()]
            )

    def show_history(self, history) -> None:
        """Undo and redo say what they would do ("撤销 新建笔记") and are enabled if they can."""
        undo_text = history.undo_text() if history else ""
        redo_text = history.redo_text() if history else ""
        self.undo.setEnabled(bool(undo_text))
        self.redo.setEnabled(bool(redo_text))
        self.undo.setText(self.tr("撤销 {0}").format(undo_text) if undo_text else self.tr("撤销"))
        self.redo.setText(self.tr("重做 {0}").format(redo_text) if redo_text else self.tr("重做"))
        self.undo.setToolTip(self.tr("{0}（Ctrl+Z）").format(self.undo.text()))
        self.redo.setToolTip(self.tr("{0}（Ctrl+Shift+Z）").format(self.redo.text()))

    def outline_menu(self, outline, point: QPoint) -> None:
        """The outline's context menu: a note on the node under the pointer."""
        key = outline.model.key(outline.tree.indexAt(point))
        if not key:
            return
        self.node_note.setData(key)
        menu = QMenu(outline.tree)
        menu.addAction(self.node_note)
        for extra in self.outline_extras:
            extra.setData(key)
            menu.addAction(extra)
        menu.exec(outline.tree.viewport().mapToGlobal(point))
