"""对照阅读 and 与旧版对比 in the window: their actions, and the reader's place they take.

The main window creates one CompareController. 视图 → 对照阅读 (Ctrl+Shift+D) splits the
middle of the window: the window's reader on the left, another document on the right.
版本 → 与旧版对比 (Ctrl+Shift+B) puts the comparison of the document shown with its previous
edition there instead, with F7 / Shift+F7 to walk the changes. Both give the reader back
when they are turned off, or when another document is opened. Matching and comparing run
on the matching thread (window.relations.matcher); the exports too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QSplitter, QWidget

from hzreader.core.errors import KnownError
from hzreader.ui.compare.edition_mode import CHANNEL, EditionComparison, comparison_work
from hzreader.ui.compare.edition_view import EditionView
from hzreader.ui.compare.parallel import ParallelReading
from hzreader.ui.compare.parallel_view import ParallelPane
from hzreader.ui.errors import report_unexpected, show_known_error
from hzreader.ui.labels import document_label
from hzreader.ui.texts import set_icon_text

STATUS_MS = 6000
ALIGN_FORMATS = {"docx": "docx", "xlsx": "xlsx", "md": "md", "csv": "csv"}
REVISION_FORMATS = {"docx": "docx", "md": "md"}


def format_of(path: str, chosen_filter: str, formats: dict[str, str]) -> str:
    """The export format: the file's suffix, else the filter chosen, else the first."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in formats:
        return formats[suffix]
    for fmt in formats:
        if f"*.{fmt}" in chosen_filter:
            return fmt
    return next(iter(formats))


class CompareController(QObject):
    """Turns 对照阅读 and 与旧版对比 on and off, and exports their tables."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("compare_controller")
        self.window = window
        self._holder = QWidget(window)  # keeps the views that are not shown
        self._holder.hide()
        self.pane: ParallelPane | None = None
        self.parallel: ParallelReading | None = None
        self.edition_view: EditionView | None = None
        self.edition: EditionComparison | None = None
        self._make_actions()
        self._place()
        window.document_shown.connect(self._document_shown)
        window.attached.connect(self._update_enabled)
        self._update_enabled()

    # -- actions ---------------------------------------------------------------------------

    def _action(self, name: str, text: str, shortcut: str, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        set_icon_text(action, text)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        self.window.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.parallel_action = self._action(
            "action_parallel", self.tr("对照阅读(&D)"), "Ctrl+Shift+D",
            self.tr("把阅读区分成左右两栏：右侧的文档跟随左侧正在读的条款，显示与它对应的条款"),
        )  # fmt: skip
        self.parallel_action.setCheckable(True)
        self.parallel_action.toggled.connect(self._parallel_toggled)
        self.export_alignment = self._action(
            "action_export_alignment", self.tr("导出对照表(&L)…"), "Ctrl+Alt+A",
            self.tr("把当前文档的每个条款与另一文档中对应的条款列成对照表（Word、Excel、Markdown、CSV）"),
        )  # fmt: skip
        self.export_alignment.triggered.connect(lambda: self.export_alignment_table())
        self.edition_action = self._action(
            "action_compare_editions", self.tr("与旧版对比(&C)"), "Ctrl+Shift+B",
            self.tr("标出这一版与上一版相比新增、删除、修改和调整编号的条款"),
        )  # fmt: skip
        self.edition_action.setCheckable(True)
        self.edition_action.toggled.connect(self._edition_toggled)
        self.next_change = self._action(
            "action_next_change",
            self.tr("下一处变动(&N)"),
            "F7",
            self.tr("与旧版对比时，转到下一处变动"),
        )
        self.previous_change = self._action(
            "action_previous_change", self.tr("上一处变动(&P)"), "Shift+F7",
            self.tr("与旧版对比时，转到上一处变动"),
        )  # fmt: skip
        self.next_change.triggered.connect(lambda: self._step(True))
        self.previous_change.triggered.connect(lambda: self._step(False))
        self.export_revision = self._action(
            "action_export_revision", self.tr("导出修订对照表(&R)…"), "Ctrl+Alt+B",
            self.tr("把与旧版对比的结果导出为修订对照表（原文 | 修改后 | 说明），Word 或 Markdown"),
        )  # fmt: skip
        self.export_revision.triggered.connect(lambda: self.export_revision_table())

    def edition_actions(self) -> list[QAction]:
        """The actions the 版本 menu holds, in its order."""
        return [self.edition_action, self.next_change, self.previous_change, self.export_revision]

    def _place(self) -> None:
        view = self.window.findChild(QMenu, "menu_view")
        if view is not None:
            view.addSeparator()
            view.addAction(self.parallel_action)
        menu = self.window.findChild(QMenu, "menu_file")
        if menu is not None:
            quit_action = next((a for a in menu.actions() if a.objectName() == "action_quit"), None)
            menu.insertAction(quit_action, self.export_alignment)
            menu.insertSeparator(quit_action)

    def _update_enabled(self) -> None:
        ready = self.window.services is not None
        for action in (self.parallel_action, self.export_alignment):
            action.setEnabled(ready)
        self.edition_action.setEnabled(ready and self.previous_edition() is not None)
        on = self.edition is not None
        for action in (self.next_change, self.previous_change, self.export_revision):
            action.setEnabled(ready and on)

    def status(self, text: str) -> None:
        """A message in the window's status bar."""
        self.window.statusBar().showMessage(text, STATUS_MS)

    def _matcher(self):
        relations = getattr(self.window, "relations", None)
        return relations.matcher if relations is not None else None

    # -- the middle of the window ----------------------------------------------------------

    def _put_center(self, widget: QWidget) -> None:
        """Make `widget` the middle of the window (the reader in it, or not)."""
        window = self.window
        taken = window.takeCentralWidget()
        if taken is not None and taken is not widget and taken is not window.reader:
            taken.setParent(self._holder)
            if taken.objectName() == "parallel_splitter":
                taken.deleteLater()  # made again each time; the reader has left it by then
        if widget is window.reader:
            window.setCentralWidget(window.reader)
        else:
            if window.reader.parent() is None or window.reader.parent() is window:
                window.reader.setParent(self._holder)
            window.setCentralWidget(widget)
        widget.show()
        window.reader.show()

    def _restore_reader(self) -> None:
        self._put_center(self.window.reader)
        self.window.reader.setFocus()

    # -- 对照阅读 ----------------------------------------------------------------------------

    def _parallel_toggled(self, on: bool) -> None:
        if on:
            self.start_parallel()
        else:
            self.stop_parallel()

    def start_parallel(self, right: str | None = None) -> None:
        """Split the reader in two, `right` (or a document of the library) on the right."""
        window = self.window
        if window.services is None or window.document is None:
            return
        if self.edition_action.isChecked():
            self.edition_action.setChecked(False)
        if self.pane is None:
            self.pane = ParallelPane(self._holder)
            self.pane.export_button.setDefaultAction(self.export_alignment)
            close = QAction(self.tr("关闭对照"), self.pane)
            close.setObjectName("action_parallel_close")
            close.setToolTip(self.tr("关闭对照阅读（Ctrl+Shift+D）"))
            close.triggered.connect(lambda: self.parallel_action.setChecked(False))
            self.pane.close_button.setDefaultAction(close)
        if self.parallel is None:
            self.parallel = ParallelReading(window, self.pane)
            self.parallel.status_message.connect(self.status)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("parallel_splitter")
        split.setChildrenCollapsible(False)
        self._put_center(split)
        split.addWidget(window.reader)
        split.addWidget(self.pane)
        window.reader.show()
        self.pane.show()
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        half = max(1, split.width() // 2)
        split.setSizes([half, half])
        self.parallel.fill_documents()
        self.parallel.show_right(right or self.parallel.right)
        if not self.parallel_action.isChecked():
            self.parallel_action.blockSignals(True)
            self.parallel_action.setChecked(True)
            self.parallel_action.blockSignals(False)
        self.status(self.tr("对照阅读：右侧跟随左侧正在读的条款（Ctrl+Shift+D 关闭）"))

    def stop_parallel(self) -> None:
        """Give the whole middle back to the reader."""
        if self.parallel is not None:
            self.parallel.disconnect_all()
            self.parallel.deleteLater()
            self.parallel = None
        if self.pane is not None:
            self.pane.setParent(self._holder)
        if self.window.centralWidget() is not self.window.reader:
            self._restore_reader()
        if self.parallel_action.isChecked():
            self.parallel_action.blockSignals(True)
            self.parallel_action.setChecked(False)
            self.parallel_action.blockSignals(False)

    # -- 与旧版对比 --------------------------------------------------------------------------

    def previous_edition(self) -> str | None:
        """The edition before the document shown, or None."""
        window = self.window
        if window.services is None or window.document is None:
            return None
        try:
            chain = window.services.editions.versions(window.document.id)
        except KnownError:
            return None
        ids = [d.id for d in chain]
        at = ids.index(window.document.id) if window.document.id in ids else -1
        return ids[at + 1] if 0 <= at < len(ids) - 1 else None

    def _edition_toggled(self, on: bool) -> None:
        if on:
            self.start_edition()
        else:
            self.stop_edition()

    def start_edition(self) -> None:
        """Compare the document shown with its previous edition (worked out off the UI)."""
        window = self.window
        old_id = self.previous_edition()
        matcher = self._matcher()
        if old_id is None or matcher is None or window.document is None:
            self.status(self.tr("这个文档没有旧版，无从对比"))
            self._uncheck(self.edition_action)
            return
        if self.parallel_action.isChecked():
            self.parallel_action.setChecked(False)
        if self.edition_view is None:
            self.edition_view = EditionView(self._holder)
            v = self.edition_view
            v.previous_button.setDefaultAction(self.previous_change)
            v.next_button.setDefaultAction(self.next_change)
            v.export_button.setDefaultAction(self.export_revision)
            leave = QAction(self.tr("退出对比"), v)
            leave.setObjectName("action_leave_comparison")
            leave.setToolTip(self.tr("退出与旧版对比（Ctrl+Shift+B）"))
            leave.triggered.connect(lambda: self.edition_action.setChecked(False))
            v.close_button.setDefaultAction(leave)
        new_id = window.document.id
        self.status(self.tr("正在与旧版对比…"))
        matcher.submit(
            comparison_work(old_id, new_id),
            lambda found: self._compared(old_id, new_id, *found),
            self._edition_failed,
            CHANNEL,
        )

    def _compared(self, old_id: str, new_id: str, change, old_title: str, new_title: str):
        window = self.window
        if not self.edition_action.isChecked() or window.document is None:
            return
        if window.document.id != new_id:
            return
        if self.edition is not None:
            self.edition.give_back()
        self.edition = EditionComparison(window, self.edition_view, old_id, new_id)
        self._put_center(self.edition_view)
        self.edition.show(change, old_title, new_title)
        self.edition_view.reader.setFocus()
        self._update_enabled()
        counts = change.summary
        self.status(
            self.tr(
                "与旧版对比：新增 {0} · 删除 {1} · 修改 {2} · 调整编号 {3}（F7 下一处）"
            ).format(counts["added"], counts["removed"], counts["changed"], counts["moved"])
        )

    def _edition_failed(self, exc: object) -> None:
        self._uncheck(self.edition_action)
        if isinstance(exc, KnownError):
            show_known_error(self.window, exc)
        else:
            report_unexpected(self.window, exc)  # type: ignore[arg-type]

    def stop_edition(self) -> None:
        """Leave the comparison: the reader and the outline are the document's again."""
        matcher = self._matcher()
        if matcher is not None:
            matcher.forget(CHANNEL)
        if self.edition is not None:
            self.edition.give_back()
            self.edition.deleteLater()
            self.edition = None
        if self.edition_view is not None and self.window.centralWidget() is self.edition_view:
            self._restore_reader()
        self._uncheck(self.edition_action)
        self._update_enabled()

    def _step(self, forward: bool) -> None:
        if self.edition is not None:
            self.edition.step(forward)

    @staticmethod
    def _uncheck(action: QAction) -> None:
        if action.isChecked():
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)

    # -- following the window ----------------------------------------------------------------

    def _document_shown(self, _doc_id: str) -> None:
        if self.edition is not None or self.edition_action.isChecked():
            self.stop_edition()
        if self.parallel is not None:
            self.parallel.left_changed()
        self._update_enabled()

    # -- exports -----------------------------------------------------------------------------

    def export_alignment_table(self, path: str | None = None, other: str | None = None) -> None:
        """Write the 对照表 of the document shown against another (asked for when not given)."""
        window = self.window
        matcher = self._matcher()
        if window.document is None or matcher is None:
            return
        a = window.document.id
        b = other or (self.parallel.right if self.parallel is not None else None)
        if b is None:
            docs = [d for d in window.library.documents() if d.id != a and not d.superseded_by]
            if not docs:
                self.status(self.tr("文库中没有别的文档可以对照"))
                return
            labels = [document_label(d) for d in docs]
            chosen, ok = QInputDialog.getItem(
                window, self.tr("导出对照表"), self.tr("与哪个文档对照："), labels, 0, False
            )
            if not ok:
                return
            b = docs[labels.index(chosen)].id
        fmt = "docx"
        if path is None:
            path, chosen_filter = QFileDialog.getSaveFileName(
                window,
                self.tr("导出对照表"),
                self.tr("对照表.docx"),
                self.tr("Word 文档 (*.docx);;Excel 工作簿 (*.xlsx);;Markdown (*.md);;CSV (*.csv)"),
            )
            if not path:
                return
            fmt = format_of(path, chosen_filter, ALIGN_FORMATS)
        else:
            fmt = format_of(path, "", ALIGN_FORMATS)
        self.status(self.tr("正在生成对照表…"))
        self.export_alignment.setEnabled(False)
        matcher.submit(
            lambda services: services.relations.export_alignment(a, b, fmt, path),
            lambda result: self._exported(self.tr("已导出对照表：{0}（{1} 行）"), *result),
            self._export_failed,
        )

    def export_revision_table(self, path: str | None = None) -> None:
        """Write the 修订对照表 (原文 | 修改后 | 说明) of the comparison shown."""
        matcher = self._matcher()
        if self.edition is None or matcher is None:
            return
        old_id, new_id = self.edition.old_id, self.edition.new_id
        chosen_filter = ""
        if path is None:
            path, chosen_filter = QFileDialog.getSaveFileName(
                self.window,
                self.tr("导出修订对照表"),
                self.tr("修订对照表.docx"),
                self.tr("Word 文档 (*.docx);;Markdown (*.md)"),
            )
            if not path:
                return
        fmt = format_of(path, chosen_filter, REVISION_FORMATS)
        self.status(self.tr("正在生成修订对照表…"))
        self.export_revision.setEnabled(False)
        matcher.submit(
            lambda services: (
                Path(path),
                services.editions.export_comparison(old_id, new_id, fmt, path),
            ),
            lambda result: self._exported(self.tr("已导出修订对照表：{0}（{1} 行）"), *result),
            self._export_failed,
        )

    def _exported(self, text: str, path, rows: int) -> None:
        self._update_enabled()
        self.status(text.format(path, rows))

    def _export_failed(self, exc: object) -> None:
        self._update_enabled()
        if isinstance(exc, KnownError):
            show_known_error(self.window, exc)
        else:
            report_unexpected(self.window, exc)  # type: ignore[arg-type]
