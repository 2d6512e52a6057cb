"""Editions in the window: the 版本 menu, a file imported as the next edition (with its one
undo step), the old edition marked 旧版, and the 需复核 dock.

The main window creates one VersionsController, handed the 需复核 dock frame and the 版本
menu. The import dialog of the library asks it which documents a file may be the next
edition of (`version_choices`) and hands it the import (`import_edition`); the import runs
on a pool thread, then the new edition is shown, its notes' review waits in the dock, and
Ctrl+Z (the notes' undo) puts everything back as it was before."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QInputDialog, QMainWindow, QMenu

from hzreader.core.errors import KnownError
from hzreader.ui.background import BackgroundJob
from hzreader.ui.errors import report_unexpected, show_known_error
from hzreader.ui.labels import document_label
from hzreader.ui.relations import clause_label
from hzreader.ui.versions.banner import OldEditionBanner
from hzreader.ui.versions.review import ReviewQueue

STATUS_MS = 8000


class VersionsController(QObject):
    """The 版本 menu, edition imports and their undo, the banner, the 需复核 dock."""

    def __init__(self, window: QMainWindow, dock: QDockWidget, menu: QMenu) -> None:
        super().__init__(window)
        self.setObjectName("versions_controller")
        self.window = window
        self.menu = menu
        self.dock = dock
        self.review = ReviewQueue(window, dock, self)
        self.banner = OldEditionBanner(window.reader, self)
        self.banner.open_requested.connect(window.open_document)
        self._jobs: list[BackgroundJob] = []
        self.import_action = QAction(self.tr("导入本文档的新版本(&I)…"), window)
        self.import_action.setObjectName("action_import_version")
        self.import_action.setStatusTip(
            self.tr("把一个文件作为当前文档的新版本导入，笔记随之带到新版本")
        )
        self.import_action.triggered.connect(self.import_for_current)
        window.addAction(self.import_action)
        menu.aboutToShow.connect(self.fill_menu)
        window.document_shown.connect(self._document_shown)
        window.attached.connect(self._attached)
        self.fill_menu()
        if window.services is not None:
            self._attached()

    def _attached(self) -> None:
        self.fill_menu()
        self.review.refresh()
        if self.window.document is not None:
            self._document_shown(self.window.document.id)

    def status(self, text: str) -> None:
        """A message in the window's status bar."""
        self.window.statusBar().showMessage(text, STATUS_MS)

    # -- the 版本 menu -----------------------------------------------------------------------

    def editions(self) -> list:
        """The editions of the document shown, newest first (empty before the services)."""
        window = self.window
        if window.services is None or window.document is None:
            return []
        try:
            return window.services.editions.versions(window.document.id)
        except KnownError:
            return []

    def fill_menu(self) -> None:
        """The editions of the document shown, then what one can do with them."""
        menu, window = self.menu, self.window
        menu.clear()
        chain = self.editions()
        current = window.document.id if window.document is not None else None
        if chain:
            head = menu.addAction(self.tr("本文档的版本："))
            head.setEnabled(False)
            for n, doc in enumerate(chain):
                when = doc.imported_at[:10]
                if n == 0:
                    text = self.tr("{0}（现行版本，{1} 导入）").format(doc.title, when)
                else:
                    text = self.tr("{0}（旧版，{1} 导入）").format(doc.title, when)
                action = menu.addAction(text)
                action.setObjectName(f"action_edition_{doc.id}")
                action.setCheckable(True)
                action.setChecked(doc.id == current)
                action.triggered.connect(lambda _on, d=doc.id: window.open_document(d))
            menu.addSeparator()
        compare = getattr(window, "compare", None)
        if compare is not None:
            for action in compare.edition_actions():
                menu.addAction(action)
            menu.addSeparator()
        menu.addAction(self.import_action)
        menu.addAction(self.dock.toggleViewAction())
        self.import_action.setEnabled(window.services is not None and window.document is not None)

    def _document_shown(self, doc_id: str) -> None:
        window = self.window
        if window.services is None or window.document is None:
            return
        newest = self.editions()[0] if self.editions() else None
        if window.document.superseded_by and newest is not None:
            self.banner.show_old(newest.id, newest.title)
            window.setWindowTitle(document_label(window.document))
        else:
            self.banner.hide()
        self.review.follow(doc_id)

    # -- importing an edition ----------------------------------------------------------------

    def version_choices(self, title: str, exclude: str | None = None):
        """(choices, suggested): the documents a file titled `title` may be an edition of, as
        (id, label), and the one whose title says so (None when none does)."""
        services = self.window.services
        if services is None:
            return [], None
        current = [d for d in services.library.documents() if not d.superseded_by]
        choices = [(d.id, document_label(d)) for d in current if d.id != exclude]
        similar = services.editions.similar_documents(title, exclude=exclude)
        return choices, (similar[0].id if similar else None)

    def import_for_current(self) -> None:
        """Ask for a file and import it as the next edition of the document shown."""
        library = getattr(self.window, "library_controller", None)
        if library is not None and self.window.document is not None:
            library.start_import(version_of=self.window.document.id)

    def import_edition(self, path: Path, of: str, title: str, encoding: str | None,
                       on_done, on_failed) -> None:  # fmt: skip
        """Import `path` as the next edition of `of` on a pool thread; then show it."""
        from hzreader.services.composition import Services

        ctx = self.window.ctx

        def work(_progress):
            editions = Services(ctx).editions
            preview, comparison = editions.preview_version(path, of, title=title, encoding=encoding)
            if comparison is None:  # the very text is in the library already
                return preview, None
            return preview, editions.commit_version(preview, comparison, of)

        job = BackgroundJob(work, self)
        self._jobs.append(job)
        job.done.connect(lambda found: self._imported(job, of, *found, on_done, on_failed))
        job.failed.connect(lambda exc: self._import_failed(job, exc, on_failed))
        job.start()

    def _imported(self, job, of: str, preview, result, on_done, on_failed) -> None:
        self._jobs.remove(job)
        if result is None:
            from hzreader.services.importing import DuplicateDocumentError

            on_failed(DuplicateDocumentError(preview.existing))
            return
        new_id, title = result.document.id, result.document.title
        history = self.window.services.annotations.history
        from hzreader.services.history import Step

        history.push(
            Step(
                self.tr("导入新版本《{0}》").format(title),
                lambda: self._undo(new_id, of),
                lambda: self._redo(preview, of),
            )
        )
        on_done(result.document)
        self._after_change(new_id)
        if result.review:
            self.dock.show()
            self.dock.raise_()
            text = self.tr(
                "已作为新版本导入《{0}》：{1} 条笔记已带到新版本，{2} 条待复核（Ctrl+Z 撤销）"
            )
            self.status(text.format(title, result.carried, result.review))
        else:
            text = self.tr("已作为新版本导入《{0}》：{1} 条笔记全部带到新版本（Ctrl+Z 撤销）")
            self.status(text.format(title, result.carried))

    def _import_failed(self, job, exc: BaseException, on_failed) -> None:
        self._jobs.remove(job)
        on_failed(exc)

    def _undo(self, new_id: str, old_id: str) -> None:
        """Undo an edition import (the notes' undo runs it)."""
        self.window.services.editions.undo_import(new_id)
        QTimer.singleShot(0, lambda: self._after_change(old_id))

    def _redo(self, preview, old_id: str) -> None:
        result = self.window.services.editions.redo_import(preview, old_id)
        QTimer.singleShot(0, lambda: self._after_change(result.document.id))

    def _after_change(self, show: str) -> None:
        window = self.window
        window.reload_library(show)
        window.refresh_notes()
        library = getattr(window, "library_controller", None)
        if library is not None:
            library.refresh()
        self.review.refresh()
        self.fill_menu()

    # -- settling a note under review ------------------------------------------------------

    def choose_place(self, annotation_id: str, new_doc: str, candidate: str | None) -> str | None:
        """Ask where in the new edition a note goes (改放); the node key, or None."""
        services = self.window.services
        try:
            doc = services.library.document(new_doc)
        except KnownError as exc:
            show_known_error(self.window, exc)
            return None
        nodes = [n for n in doc.walk() if n.kind != "sentence" and n.text]
        labels = [f"{clause_label(n.citation, n.title, doc.title)}　{n.text[:24]}" for n in nodes]
        keys = [n.key for n in nodes]
        at = keys.index(candidate) if candidate in keys else 0
        chosen, ok = QInputDialog.getItem(
            self.window,
            self.tr("改放笔记"),
            self.tr("把笔记放到新版的哪个条款上："),
            labels,
            at,
            False,
        )
        return keys[labels.index(chosen)] if ok and chosen in labels else None

    def report(self, exc: BaseException) -> None:
        """A settling that went wrong."""
        if isinstance(exc, KnownError):
            show_known_error(self.window, exc)
        else:
            report_unexpected(self.window, exc)
