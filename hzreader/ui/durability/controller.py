"""Export and backups in the window: 导出笔记…, 导出备份文件…, 从备份文件恢复…, 恢复自动备份….

The main window creates one DurabilityController; it adds its actions to the File menu and
runs every export, backup and restore off the UI thread, each with its own services."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from hzreader.core.errors import KnownError
from hzreader.ui.background import BackgroundJob
from hzreader.ui.data_watcher import DataWatcher
from hzreader.ui.durability.backends import Backends
from hzreader.ui.durability.backups_dialog import BackupsDialog
from hzreader.ui.durability.closing import CloseGuard
from hzreader.ui.durability.export_dialog import FORMATS, ExportDialog
from hzreader.ui.errors import report_unexpected, show_known_error
from hzreader.ui.folders import Folders

STATUS_MS = 8000


class DurabilityController(QObject):
    """The window's export, backup and restore actions and their dialogs."""

    def __init__(self, window: QMainWindow, backends: Backends | None = None) -> None:
        super().__init__(window)
        self.setObjectName("durability_controller")
        self.window = window
        self.backends = backends or Backends(lambda: getattr(window, "services", None))
        self.jobs: list[BackgroundJob] = []
        self.export_dialog: ExportDialog | None = None
        self.backups_dialog: BackupsDialog | None = None
        self.folders = Folders.of_window(window)
        self._what: dict[BackgroundJob, str] = {}  # what each running job is finishing
        self.close_guard = CloseGuard(window, self.busy, self._finishing)
        self.export_notes = self._action(
            "action_export_notes",
            self.tr("导出笔记(&E)…"),
            "Ctrl+E",
            self.tr("把笔记导出为 Word、网页、Markdown 或表格"),
        )
        self.export_backup = self._action(
            "action_export_backup",
            self.tr("导出备份文件(&B)…"),
            "",
            self.tr("把全部笔记、标签和导入的文档存为一个备份文件"),
        )
        self.restore_file = self._action(
            "action_restore_backup_file",
            self.tr("从备份文件恢复(&R)…"),
            "",
            self.tr("合并另一台电脑的备份文件：重复的不会再加"),
        )
        self.restore_auto = self._action(
            "action_restore_auto_backup",
            self.tr("恢复自动备份(&A)…"),
            "",
            self.tr("用一个自动备份替换当前数据（当前数据先另存）"),
        )
        self._place()
        self.export_notes.triggered.connect(lambda: self.open_export_dialog())
        self.export_backup.triggered.connect(lambda: self.save_backup_file())
        self.restore_file.triggered.connect(lambda: self.restore_backup_file())
        self.restore_auto.triggered.connect(self.open_backups_dialog)
        self.watcher = DataWatcher(self.backends.change_stamps, self)
        self.watcher.documents_changed.connect(self._documents_changed)
        self.watcher.notes_changed.connect(self._notes_changed)
        self.watcher.bookmarks_changed.connect(self._bookmarks_changed)
        self.watcher.actuals_changed.connect(self._actuals_changed)
        attached = getattr(window, "attached", None)
        if attached is not None:
            attached.connect(self._update_enabled)
        self._update_enabled()
        app = QCoreApplication.instance()
        if app is not None:
            # An export or restore still running finishes before the database is closed.
            app.aboutToQuit.connect(self.wait)

    def wait(self, msecs: int = 60_000) -> None:
        """Block until the running jobs are done (at exit)."""
        if self.busy():
            QThreadPool.globalInstance().waitForDone(msecs)

    def _action(self, name: str, text: str, shortcut: str, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        self.window.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        """Every action of this controller, in menu order."""
        return [self.export_notes, self.export_backup, self.restore_file, self.restore_auto]

    def _place(self) -> None:
        menu = self.window.findChild(QMenu, "menu_file")
        if menu is None:
            return
        quit_action = next((a for a in menu.actions() if a.objectName() == "action_quit"), None)
        for action in self.actions():
            menu.insertAction(quit_action, action)
        menu.insertSeparator(quit_action)

    def _update_enabled(self) -> None:
        ready = self.backends.ready()
        for action in self.actions():
            action.setEnabled(ready)
        if ready and not self.watcher.timer.isActive():
            self.watcher.start()

    # -- writes by the command line while the window is open -----------------------------

    def _documents_changed(self) -> None:
        box = getattr(self.window, "document_box", None)
        shown = [(box.itemData(i), box.itemText(i)) for i in range(box.count())] if box else []
        if [i for i, _t in shown] != [i for i, _t in self.backends.document_titles()]:
            self._reload()  # an import or delete elsewhere; our own ones are listed already
            self._status(self.tr("文库已在别处更新"))

    def _notes_changed(self) -> None:
        refresh = getattr(self.window, "refresh_notes", None)
        if refresh is not None:
            refresh()

    def _bookmarks_changed(self) -> None:
        bookmarks = getattr(self.window, "bookmarks", None)  # the room, once features are built
        if bookmarks is not None:
            bookmarks.refresh()
            bookmarks.refresh_study()

    def _actuals_changed(self) -> None:
        targets = getattr(self.window, "targets", None)
        if targets is not None:
            targets.refresh()

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    def _run(self, work, on_done, on_failed=None, on_progress=None, what="") -> BackgroundJob:
        job = BackgroundJob(work, self)
        self.jobs.append(job)
        self._what[job] = what or self.tr("正在完成导出…")
        job.done.connect(lambda result: (self._finish(job), on_done(result)))
        job.failed.connect(lambda exc: (self._finish(job), (on_failed or self._failed)(exc)))
        if on_progress is not None:
            job.progress.connect(on_progress)
        job.start()
        return job

    def _finish(self, job: BackgroundJob) -> None:
        if job in self.jobs:
            self.jobs.remove(job)
        self._what.pop(job, None)
        QTimer.singleShot(0, self.close_guard, self.close_guard.work_done)  # after the job

    def _finishing(self) -> str:
        running = [self._what[j] for j in self.jobs if j.running and j in self._what]
        return running[0] if running else self.tr("正在完成导出…")

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            show_known_error(self.window, exc)
        else:
            report_unexpected(self.window, exc)

    def busy(self) -> bool:
        """True while an export, backup or restore is running."""
        return any(job.running for job in self.jobs)

    # -- study notes ---------------------------------------------------------------------

    def open_export_dialog(self, tag: str | None = None) -> ExportDialog | None:
        """Show the export dialog (its filters start at `tag` when given)."""
        if not self.backends.ready():
            return None
        if self.export_dialog is not None:
            self.export_dialog.raise_()
            return self.export_dialog
        b = self.backends
        dialog = ExportDialog(
            self.window,
            tags=b.tag_names(),
            colors=b.color_labels(),
            documents=b.document_titles(),
            counter=b.count,
            folder=self.folders.export_folder(),
            fmt=self.folders.export_format(tuple(f for f, _ in FORMATS)),
            tag=tag,
        )
        dialog.export_requested.connect(lambda choices: self._export(dialog, choices))
        dialog.finished.connect(lambda _code: setattr(self, "export_dialog", None))
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _export(self, dialog: ExportDialog, c: dict) -> None:
        def done(result: tuple[Path, int]) -> None:
            self.folders.exported(Path(result[0]), c["fmt"])
            dialog.show_done(str(result[0]), result[1])
            self._status(self.tr("已导出 %n 条笔记", None, result[1]))

        def failed(exc: BaseException) -> None:
            dialog.show_failed(str(exc) if isinstance(exc, KnownError) else type(exc).__name__)
            if not isinstance(exc, KnownError):
                report_unexpected(self.window, exc)

        self._run(
            self.backends.export_work(c), done, failed, dialog.set_progress,
            self.tr("正在完成导出…"),
        )  # fmt: skip

    # -- backup files --------------------------------------------------------------------

    def save_backup_file(self, path: str | None = None) -> None:
        """Write the full JSON backup (asks where when no path is given)."""
        if path is None:
            suggested = self.folders.backup_folder() / self.backends.backup_file_name()
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("导出备份文件"),
                str(suggested),
                self.tr("hzreader 备份 (*.json)"),
            )
            if not path:
                return
        self.folders.backed_up(Path(path))
        self._status(self.tr("正在导出备份…"))
        self._run(
            self.backends.backup_work(Path(path)),
            lambda result: self._status(
                self.tr("已把 %n 条笔记备份到 {0}", None, result[1]).format(result[0])
            ),
            what=self.tr("正在完成备份文件…"),
        )

    def restore_backup_file(self, path: str | None = None) -> None:
        """Merge a JSON backup (asks for the file, then for confirmation)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("从备份文件恢复"),
                str(self.folders.backup_folder()),
                self.tr("hzreader 备份或 W3C 批注 (*.json *.jsonld);;所有文件 (*)"),
            )
            if not path:
                return
            self.folders.backed_up(Path(path))
            answer = QMessageBox.question(
                self.window,
                self.tr("从备份文件恢复"),
                self.tr(
                    "把 {0} 中的笔记合并到当前数据？\n已有的笔记保留较新的修改，"
                    "重复的不会再加；恢复前会自动备份当前数据。"
                ).format(Path(path).name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._status(self.tr("正在检查并合并备份文件…"))
        self._run(
            self.backends.restore_work(Path(path)), self._restored, what=self.tr("正在完成恢复…")
        )

    def _restored(self, result: dict) -> None:
        self._reload()
        text = self.tr("新增 {0} 条，更新 {1} 条，跳过 {2} 条（已有且不旧）").format(
            result["added"], result["updated"], result["skipped"]
        )
        if result.get("documents_added"):
            text += self.tr("；新增文档 %n 个", None, len(result["documents_added"]))
        if result.get("needs_review"):
            text += self.tr("；%n 条原文有变动，待核对", None, result["needs_review"])
        self._status(text)
        QMessageBox.information(self.window, self.tr("恢复完成"), text)

    # -- automatic backups ---------------------------------------------------------------

    def open_backups_dialog(self) -> BackupsDialog | None:
        """List the automatic backups (checked off the UI thread) and offer to restore one."""
        if not self.backends.ready():
            return None
        if self.backups_dialog is not None:
            self.backups_dialog.raise_()
            return self.backups_dialog
        dialog = BackupsDialog(self.window)
        dialog.restore_requested.connect(self._restore_copy)
        dialog.finished.connect(lambda _code: setattr(self, "backups_dialog", None))
        self.backups_dialog = dialog
        dialog.open()
        self._run(self.backends.list_work(), dialog.set_backups)
        return dialog

    def _restore_copy(self, name: str) -> None:
        self._run(self.backends.restore_copy_work(name), self._copy_restored)

    def _copy_restored(self, result: dict) -> None:
        self._reload()
        restored = result["restored"]
        text = self.tr("已恢复 {0}（%n 条笔记）", None, restored["notes"] or 0).format(
            restored["created"]
        )
        if result["set_aside"]:
            text += self.tr("；恢复前的数据另存为 {0}").format(result["set_aside"]["name"])
        if self.backups_dialog is not None:
            self.backups_dialog.accept()
        self._status(text)
        QMessageBox.information(self.window, self.tr("恢复完成"), text)

    def _reload(self) -> None:
        library = getattr(self.window, "library", None)
        if library is not None:
            library.invalidate()
        reload = getattr(self.window, "reload_library", None)
        if reload is not None:
            reload(None)
        settings = getattr(self.window, "settings", None)
        if settings is not None:
            settings.reload()  # a restore may have brought preferences (设置) with it
        self._notes_changed()
