"""The library in the window: the 文库 dock, 导入文档… (Ctrl+O), drag and drop, the preview.

The main window creates one LibraryController; it adds its dock and action to the window and
acts on their intents through the services (imports on a pool thread, with progress shown)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
)

from hzreader.core.errors import KnownError
from hzreader.ui.errors import report_unexpected, show_known_error
from hzreader.ui.folders import Folders
from hzreader.ui.library.import_dialog import ImportDialog
from hzreader.ui.library.import_tasks import TaskRunner
from hzreader.ui.library.panel import LibraryPanel

if TYPE_CHECKING:
    from hzreader.services.importing import (
        DocumentSummary,
        ImportPreview,
        ImportResult,
        ImportService,
    )

STATUS_MS = 6000
REFRESH_MS = 300  # notes change in bursts (a restore, an undo of many): one count a burst


class LibraryController(QObject):
    """Everything about adding, renaming and deleting documents in the window."""

    def __init__(self, window: QMainWindow, dock: QDockWidget) -> None:
        super().__init__(window)
        self.setObjectName("library_controller")
        self.window = window
        self.runner = TaskRunner(self)
        self.folders = Folders.of_window(window)
        self.dialog: ImportDialog | None = None
        self._path: Path | None = None
        self._version_of: str | None = None
        self._generation = 0
        self._rows: dict[str, DocumentSummary] = {}

        self.dock = dock
        self.panel = LibraryPanel(dock)
        dock.setWidget(self.panel)
        self.import_action = window.actions.import_document  # in the shell's 文件 menu

        self.import_action.triggered.connect(lambda: self.start_import())
        self.panel.import_requested.connect(self.start_import)
        self.panel.open_requested.connect(self._open)
        self.panel.rename_requested.connect(self.rename)
        self.panel.delete_requested.connect(self.delete)
        box = getattr(window, "document_box", None)
        if box is not None:
            box.currentIndexChanged.connect(lambda row: self.panel.set_current(box.itemData(row)))
        window.setAcceptDrops(True)
        window.installEventFilter(self)

        # Counts and the current row follow the window: another document shown, notes
        # changed (by the window, a restore or the command line).
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        shown = getattr(window, "document_shown", None)
        if shown is not None:
            shown.connect(lambda _doc_id: self.refresh_soon())
        attached = getattr(window, "attached", None)
        if attached is not None:
            attached.connect(self.refresh)
        self.refresh()

    # -- services ------------------------------------------------------------------------

    def _library(self):
        return getattr(self.window, "library", None)

    def _service(self) -> ImportService:
        """A service on the UI thread, sharing the window's library (and its cache)."""
        return self.window.services.imports

    def _worker_service(self) -> ImportService:
        """A service of its own for a pool thread: own library cache, own sessions."""
        from hzreader.services.composition import Services

        return Services(self._library().ctx).imports

    def ready(self) -> bool:
        """True once the window has its services (after a quick start, a moment later)."""
        return self._library() is not None

    def refresh(self) -> None:
        """List the library's documents again."""
        self.import_action.setEnabled(self.ready())
        self.panel.import_action.setEnabled(self.ready())
        if not self.ready():
            return
        rows = self._service().summaries()
        self._rows = {r.id: r for r in rows}
        current = getattr(getattr(self.window, "document", None), "id", None)
        self.panel.set_documents(rows, current)

    def refresh_soon(self, *_args) -> None:
        """List the documents again in a moment (once for a burst of changes)."""
        self._refresh_timer.start()

    def _after_change(self, show: str | None = None) -> None:
        reload = getattr(self.window, "reload_library", None)
        if reload is not None:
            reload(show)
        # A deleted document's notes went to the trash behind the notes panel's back.
        refresh_notes = getattr(self.window, "refresh_notes", None)
        if refresh_notes is not None:
            refresh_notes()
        self.refresh()

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    # -- importing -----------------------------------------------------------------------

    def start_import(self, path: str | Path | None = None, version_of: str | None = None) -> None:
        """Preview a file (asked for when not given), then import it if the user agrees
        (`version_of`: offered as the next edition of that document)."""
        if not self.ready():
            self._status(self.tr("文库尚未就绪，请稍候再导入"))
            return
        if self.dialog is not None:
            self.dialog.raise_()
            self._status(self.tr("请先完成或取消正在进行的导入"))
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("导入文档"),
                str(self.folders.import_folder()),  # "" opened the program's own folder
                self.tr("政策文件 (*.txt *.md *.markdown *.docx);;所有文件 (*)"),
            )
            if not chosen:
                return
            path = chosen
            self.folders.imported(Path(path))
        self._path = Path(path)
        self._version_of = version_of
        self.dialog = ImportDialog(self._path.name, self.window)
        self.dialog.encoding_changed.connect(self._preview)
        self.dialog.keep_all_changed.connect(lambda _keep: self._preview(self._encoding()))
        self.dialog.import_confirmed.connect(self._commit)
        self.dialog.open_existing_requested.connect(self._open)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()
        self._preview(None)

    def _encoding(self) -> str | None:
        """The encoding the dialog shows (None: detect, or a .docx)."""
        return (self.dialog.encoding() or None) if self.dialog is not None else None

    def _preview(self, encoding: str | None) -> None:
        self._generation += 1
        generation, path, service = self._generation, self._path, self._worker_service()
        keep_all = self.dialog.keep_all() if self.dialog is not None else False
        self.runner.start(
            lambda: service.preview(path, encoding=encoding, keep_all=keep_all),
            lambda preview: self._previewed(generation, preview),
            lambda exc: self._preview_failed(generation, exc),
        )

    def _previewed(self, generation: int, preview: ImportPreview) -> None:
        if self.dialog is not None and generation == self._generation:
            self.dialog.set_preview(preview)
            versions = getattr(self.window, "versions", None)  # the 版本 feature
            if versions is not None and preview.existing is None:
                choices, similar = versions.version_choices(preview.title)
                self.dialog.set_versions(choices, self._version_of or similar)

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        dialog = self.dialog
        if dialog is None or generation != self._generation:
            return
        if not isinstance(exc, KnownError):
            dialog.reject()
            report_unexpected(self.window, exc)
        elif dialog.preview is None:
            # The file cannot be imported at all (too large, binary, empty, broken).
            dialog.reject()
            show_known_error(self.window, exc)
        else:
            dialog.set_error(str(exc), can_retry=False)

    def _commit(self, title: str, encoding: str) -> None:
        self._generation += 1
        generation, path = self._generation, self._path
        keep_all = self.dialog.keep_all() if self.dialog is not None else False
        versions = getattr(self.window, "versions", None)
        of = self.dialog.version_of() if self.dialog is not None else None
        if of is not None and versions is not None:
            # A new edition: the 版本 feature imports it, shows it and makes it one undo step.
            versions.import_edition(
                path, of, title, encoding or None,
                lambda _doc: self.dialog is not None and generation == self._generation
                and self.dialog.accept(),
                lambda exc: self._import_failed(generation, exc),
            )  # fmt: skip
            return
        service = self._worker_service()
        self.runner.start(
            lambda: service.add(path, title=title, encoding=encoding or None, keep_all=keep_all),
            lambda result: self._imported(generation, result),
            lambda exc: self._import_failed(generation, exc),
        )

    def _imported(self, generation: int, result: ImportResult) -> None:
        if self.dialog is not None and generation == self._generation:
            self.dialog.accept()
        doc = result.document
        if result.existing:
            # Importing a text twice changes nothing: say so, and show the one there is.
            self._open(doc.id)
            self._status(
                self.tr("《{0}》已在文库中，内容相同，没有重复导入；已打开它").format(doc.title)
            )
            return
        self._after_change(doc.id)
        self._status(self.tr("已导入《{0}》").format(doc.title))

    def _import_failed(self, generation: int, exc: BaseException) -> None:
        dialog = self.dialog
        if dialog is None or generation != self._generation:
            return
        if isinstance(exc, KnownError):
            dialog.set_error(str(exc))
        else:
            dialog.set_error(self.tr("导入没有完成，文库没有改变。"))
            report_unexpected(self.window, exc)

    def _dialog_closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self._generation += 1  # results still on their way are for nobody now

    # -- library -------------------------------------------------------------------------

    def _open(self, doc_id: str) -> None:
        self.window.open_document(doc_id)

    def rename(self, doc_id: str) -> None:
        """Ask for a new title and give it to the document."""
        row = self._rows.get(doc_id)
        if row is None or not self.ready():
            return
        title, ok = QInputDialog.getText(
            self.window,
            self.tr("重命名文档"),
            self.tr("新标题："),
            QLineEdit.EchoMode.Normal,
            row.title,
        )
        if not ok or not title.strip() or title.strip() == row.title:
            return
        try:
            doc = self._service().rename(doc_id, title)
        except KnownError as exc:
            show_known_error(self.window, exc)
            return
        self._after_change(None)
        self._status(self.tr("已改名为《{0}》").format(doc.title))

    def confirm_delete(self, row: DocumentSummary) -> bool:
        """Ask before deleting; say where its notes go."""
        notes = (
            self.tr("它的 %n 条笔记将移到回收站，可以从回收站恢复。", None, row.notes)
            if row.notes
            else self.tr("这个文档没有笔记。")
        )
        answer = QMessageBox.question(
            self.window,
            self.tr("删除文档"),
            self.tr("从文库中删除《{0}》？\n{1}").format(row.title, notes),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete(self, doc_id: str) -> None:
        """Delete a document after a confirmation; its notes go to the trash."""
        row = self._rows.get(doc_id)
        if row is None or not self.ready() or not self.confirm_delete(row):
            return
        try:
            moved = self._service().delete(doc_id)
        except KnownError as exc:
            show_known_error(self.window, exc)
            return
        self._after_change(None)
        self._status(self.tr("已删除《{0}》，%n 条笔记已移到回收站", None, moved).format(row.title))

    # -- drag and drop, closing ----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A file dropped on the window starts its import; closing waits for running work."""
        kind = event.type()
        if watched is self.window and kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if _dropped_file(event.mimeData()) is not None:
                event.acceptProposedAction()
                return True
        elif watched is self.window and kind == QEvent.Type.Drop:
            path = _dropped_file(event.mimeData())
            if path is not None:
                event.acceptProposedAction()
                self.start_import(path)
                return True
        elif watched is self.window and kind == QEvent.Type.Close and self.runner.busy():
            # An import writes in one short transaction; let it end before the database closes.
            self.runner.wait()
        return super().eventFilter(watched, event)


def _dropped_file(mime) -> Path | None:
    """The first local file among dropped URLs (its type is checked by the import)."""
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.is_file():
                return path
    return None
