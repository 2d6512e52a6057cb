"""The window's actions: every user action is a QAction with text, shortcut and object name."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

from hzreader.core.model import Document
from hzreader.ui.labels import document_label
from hzreader.ui.texts import set_icon_text


class WindowActions(QObject):
    """Creates the actions once; the main window puts them in menus and toolbars."""

    document_requested = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.quit = self._make("action_quit", self.tr("退出(&Q)"), ["Ctrl+Q"], "application-exit")
        self.copy = self._make(
            "action_copy", self.tr("复制(&C)"), [QKeySequence.StandardKey.Copy], "edit-copy"
        )
        self.copy_with_citation = self._make(
            "action_copy_with_citation", self.tr("复制并附引文(&Y)"), ["Ctrl+Shift+C"]
        )
        self.copy_with_citation.setStatusTip(self.tr("复制选中的文字，并在下一行附上它的出处"))
        self.select_all = self._make(
            "action_select_all", self.tr("全选(&A)"), [QKeySequence.StandardKey.SelectAll]
        )
        self.zoom_in = self._make(
            "action_zoom_in", self.tr("放大(&I)"), ["Ctrl+=", "Ctrl++"], "zoom-in"
        )
        self.zoom_out = self._make("action_zoom_out", self.tr("缩小(&O)"), ["Ctrl+-"], "zoom-out")
        self.zoom_reset = self._make(
            "action_zoom_reset", self.tr("原始大小(&0)"), ["Ctrl+0"], "zoom-original"
        )
        self.about = self._make("action_about", self.tr("关于 hzreader(&A)"), [])
        self.import_document = self._make(
            "action_import", self.tr("导入文档(&I)…"), ["Ctrl+O"], "document-open"
        )
        self.import_document.setStatusTip(self.tr("把 .txt、.md 或 .docx 文件加入文库"))
        self.import_document.setEnabled(False)  # until the library is there
        self.documents = QActionGroup(self)
        self.documents.setExclusive(True)
        self.documents.triggered.connect(lambda a: self.document_requested.emit(a.data()))

    def _make(self, name: str, text: str, shortcuts: list, icon: str = "") -> QAction:
        action = QAction(text, self._window)
        # Toolbar buttons read "缩小", not "缩小(O)": the mnemonic is for the menus.
        set_icon_text(action, text)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if icon:
            action.setIcon(QIcon.fromTheme(icon))
        # Without this a shortcut only works while its menu is in the window's menu bar.
        self._window.addAction(action)
        return action

    def set_documents(self, documents: list[Document], current: str | None) -> list[QAction]:
        """One checkable action per document of the library; returns them in order."""
        for action in self.documents.actions():
            self.documents.removeAction(action)
            self._window.removeAction(action)
            action.deleteLater()
        made = []
        for number, doc in enumerate(documents, start=1):
            action = QAction(document_label(doc), self._window)
            action.setObjectName(f"action_document_{doc.id}")
            action.setCheckable(True)
            action.setChecked(doc.id == current)
            action.setData(doc.id)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Alt+{number}"))
            self.documents.addAction(action)
            self._window.addAction(action)
            made.append(action)
        return made

    def check_document(self, doc_id: str) -> None:
        """Tick the action of the document shown."""
        for action in self.documents.actions():
            action.setChecked(action.data() == doc_id)
