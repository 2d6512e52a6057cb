"""The ledger in the main window: its dock's content, and showing a target in the reader."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDockWidget, QMainWindow

from hzreader.core.errors import KnownError
from hzreader.ui.reader import Z_SEARCH, Span
from hzreader.ui.targets.view import TargetsView

TARGET_LAYER = "target"
TARGET_MARK = QColor(120, 190, 150, 130)
STATUS_MS = 6000


def mark_target(reader, key: str, start: int, end: int) -> bool:
    """Scroll the reader to a target's sentence and mark its figure; False if not shown."""
    if not reader.go_to_key(key, flash=True):
        return False
    if 0 <= start < end:
        span = Span(reader.text_position(key, start), reader.text_position(key, end), TARGET_MARK)
        reader.set_layer(TARGET_LAYER, [span._replace(underline=True)], z=Z_SEARCH)
    else:
        reader.clear_layer(TARGET_LAYER)
    return True


class TargetsController(QObject):
    """Fills the 指标台账 dock and follows the window: its services, the document shown."""

    def __init__(self, window: QMainWindow, dock: QDockWidget) -> None:
        super().__init__(window)
        self.setObjectName("targets_controller")
        self.window = window
        self.dock = dock
        self.view = TargetsView(None, dock)  # its service comes with the window's services
        dock.setWidget(self.view)
        # Opening the dock is the intent to work in it: the table takes the keyboard.
        dock.toggleViewAction().triggered.connect(lambda on: on and self.view.table.setFocus())
        self.view.open_target_requested.connect(self.open_target)
        self.view.status_message.connect(
            lambda message: window.statusBar().showMessage(message, STATUS_MS)
        )
        window.attached.connect(self._attached)
        window.document_shown.connect(self._document_shown)
        if window.services is not None:
            self._attached()
        if window.document is not None:
            self._document_shown(window.document.id)

    def _attached(self) -> None:
        self.view.set_service(self.window.services.targets)
        if self.window.document is not None:
            self.show_edition_changes(self.window.document.id)

    def refresh(self) -> None:
        """Actual values were recorded or deleted elsewhere: the ledger shows them."""
        self.view.data_changed()

    def _document_shown(self, doc_id: str) -> None:
        self.view.set_document(doc_id)
        self.show_edition_changes(doc_id)

    def show_edition_changes(self, doc_id: str) -> None:
        """A new edition's ledger says old → new for every target the edition changed."""
        services = self.window.services
        changes, old_title = {}, ""
        if services is not None:
            try:
                chain = [d.id for d in services.editions.versions(doc_id)]
                older = chain[chain.index(doc_id) + 1] if doc_id in chain[:-1] else None
                if older is not None:
                    old_title = services.library.document(older).title
                    for change in services.editions.target_changes(older, doc_id):
                        if change.new is not None:
                            changes[change.new.id] = change
            except KnownError:
                changes = {}
        self.view.model.set_previous(changes, old_title)

    def open_target(self, key: str, start: int, end: int) -> None:
        """Scroll the reader to a target's sentence with its figure marked."""
        if not mark_target(self.window.reader, key, start, end):
            self.window.statusBar().showMessage(
                self.tr("本文档中没有这一句：{0}").format(key), 4000
            )

    def shutdown(self) -> None:
        """Wait for an export still writing its file (at exit)."""
        self.view.shutdown()
