"""The targets ledger (指标台账): a filterable table of targets, their actual values, export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hzreader.core.errors import KnownError
from hzreader.core.files import write_atomic
from hzreader.core.ledger import COMPARATOR_SYMBOLS, LedgerRow
from hzreader.core.targets import locate
from hzreader.ui.errors import show_known_error
from hzreader.ui.targets import proxy as flt
from hzreader.ui.targets.actual_dialog import ActualDialog
from hzreader.ui.targets.actuals_panel import ActualsPanel
from hzreader.ui.targets.chart import ChartPanel
from hzreader.ui.targets.ledger_export import LedgerExportJob
from hzreader.ui.targets.model import (
    COL_NAME,
    COL_PROGRESS,
    ROW_ROLE,
    TargetsModel,
    shown_symbol,
)
from hzreader.ui.targets.progress_delegate import ProgressDelegate

if TYPE_CHECKING:
    # Only a type here: the services (and SQLAlchemy) load after the window is up.
    from hzreader.services.targets import TargetService


# core.ledger's COMPARATOR_WORDS, marked here so that lupdate finds them for this class.
COMPARATOR_WORDS = {
    ">=": QT_TRANSLATE_NOOP("TargetsView", "不低于"),
    "<=": QT_TRANSLATE_NOOP("TargetsView", "不高于"),
    "~": QT_TRANSLATE_NOOP("TargetsView", "左右"),
    "=": QT_TRANSLATE_NOOP("TargetsView", "达到"),
}
EXPORT_FILTERS = {
    "csv": "CSV (*.csv)",
    "md": "Markdown (*.md)",
    "docx": "Word (*.docx)",
    "xlsx": "Excel (*.xlsx)",
    "png": "PNG (*.png)",
}


class TargetsView(QWidget):
    """Lists a document's targets; a click asks to show the target in the reader."""

    open_target_requested = Signal(str, int, int)  # sentence key, figure start, end (or -1)
    status_message = Signal(str)
    export_finished = Signal(str, int)  # path, number of targets
    export_failed = Signal(str)

    def __init__(self, service: TargetService | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targets_view")
        self.service: TargetService | None = None
        self.doc_id: str | None = None
        self._stale = True
        self._filters_for: str | None = None  # the document the filter lists were made for
        self.export_job = LedgerExportJob(self)
        self.model = TargetsModel(self)
        self.proxy = flt.TargetsFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._make_actions()
        if service is not None:
            self.set_service(service)
        self.export_job.finished.connect(self._on_exported)
        self.export_job.failed.connect(self._on_export_failed)

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.chapter_box = self._combo("filter_chapter", self.tr("按章筛选"))
        self.unit_box = self._combo("filter_unit", self.tr("按单位筛选"))
        self.comparator_box = self._combo("filter_comparator", self.tr("按比较方式筛选"))
        self.comparator_box.addItem(self.tr("全部比较"), None)
        for op, symbol in COMPARATOR_SYMBOLS.items():
            word = self.tr(COMPARATOR_WORDS.get(op, op))
            self.comparator_box.addItem(self.tr("{0} {1}").format(shown_symbol(symbol), word), op)
        self.status_box = self._combo("filter_status", self.tr("按进度筛选"))
        for text, value in (
            (self.tr("全部进度"), flt.STATUS_ALL),
            (self.tr("已达标"), flt.STATUS_MET),
            (self.tr("未达标"), flt.STATUS_BEHIND),
            (self.tr("未记录"), flt.STATUS_NONE),
        ):
            self.status_box.addItem(text, value)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("filter_text")
        self.search_edit.setPlaceholderText(self.tr("筛选指标或原文…"))
        self.search_edit.setClearButtonEnabled(True)
        # Connected once every filter widget exists: filling one fires its signal.
        for box in (self.chapter_box, self.unit_box, self.comparator_box, self.status_box):
            box.currentIndexChanged.connect(self._apply_filters)
        self.search_edit.textChanged.connect(self._apply_filters)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("targets_count")
        self.export_button = QPushButton(self.tr("导出台账"), self)
        self.export_button.setObjectName("export_ledger_button")

        self.table = QTableView(self)
        self.table.setObjectName("targets_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(COL_PROGRESS, ProgressDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.table.clicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(lambda _index: self.record_actual())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.panel = ActualsPanel(self)
        self.panel.record_requested.connect(self.record_actual)
        self.panel.delete_requested.connect(self.delete_actuals)

        filters = QHBoxLayout()
        for widget in (self.chapter_box, self.unit_box, self.comparator_box, self.status_box):
            filters.addWidget(widget)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.count_label)
        filters.addWidget(self.export_button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("targets_splitter")
        self.splitter.addWidget(self.table)
        # The recorded values and the charts share the right side, one tab each.
        self.chart = ChartPanel(self)
        self.side = QTabWidget(self)
        self.side.setObjectName("targets_side")
        self.side.addTab(self.panel, self.tr("实际值记录"))
        self.side.addTab(self.chart, self.tr("图表"))
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # Proportions (Qt scales them to the real width): room for date, value and source.
        self.splitter.setSizes([700, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

    def _combo(self, name: str, tip: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setToolTip(tip)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return box

    def _make_actions(self) -> None:
        self.record_action = self._action(
            "action_record_actual", self.tr("记录实际值(&R)…"), "Ctrl+Shift+A"
        )  # Ctrl+Shift+R is the 搜索结果 panel's: two bindings of one key make both dead
        self.record_action.triggered.connect(self.record_actual)
        self.delete_action = QAction(self.tr("删除所选记录(&D)"), self.panel.table)
        self.delete_action.setObjectName("action_delete_actual")
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(lambda: self.delete_actuals(self.panel.selected_ids()))
        self.panel.table.addAction(self.delete_action)
        menu = QMenu(self.export_button)
        self.export_actions: dict[str, QAction] = {}
        for fmt, text, keys in (
            ("csv", self.tr("导出为 CSV…"), "Ctrl+Alt+C"),
            ("md", self.tr("导出为 Markdown…"), "Ctrl+Alt+M"),
            ("docx", self.tr("导出为 Word…"), "Ctrl+Alt+W"),
        ):
            action = self._action(f"action_export_ledger_{fmt}", text, keys)
            action.triggered.connect(lambda _checked=False, f=fmt: self.export_interactive(f))
            menu.addAction(action)
            self.export_actions[fmt] = action
        self.export_actions["xlsx"] = self._action(
            "action_export_ledger_xlsx", self.tr("导出为 Excel…"), "Ctrl+Alt+X"
        )
        self.export_actions["xlsx"].triggered.connect(lambda: self.export_interactive("xlsx"))
        menu.insertAction(self.export_actions["docx"], self.export_actions["xlsx"])
        menu.addSeparator()
        self.chart_action = self._action(
            "action_export_ledger_chart", self.tr("导出图表为 PNG…"), "Ctrl+Alt+P"
        )
        self.chart_action.triggered.connect(lambda: self.export_chart())
        menu.addAction(self.chart_action)
        self.export_button.setMenu(menu)

    def _action(self, name: str, text: str, keys: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        # Only while the ledger has focus: the reader keeps its own shortcuts.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    # -- content -------------------------------------------------------------------------

    def set_service(self, service: TargetService) -> None:
        """Where the ledger comes from (a window may get its data after it is drawn)."""
        if self.service is not None and self._changed in self.service.listeners:
            self.service.listeners.remove(self._changed)
        self.service = service
        service.listeners.append(self._changed)
        self._stale = True
        if self.isVisible():
            self.refresh()

    def set_document(self, doc_id: str) -> None:
        """Follow the document shown in the reader; loads now if visible, else when shown."""
        if doc_id != self.doc_id:
            self.doc_id = doc_id
            self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Load the ledger again, keeping the selected target."""
        if self.doc_id is None or self.service is None:
            return
        current = self.current_row()
        try:
            rows = self.service.ledger(self.doc_id)
        except KnownError as exc:
            show_known_error(self, exc)
            return
        self._stale = False
        self.model.set_rows(rows)
        self.chart.set_rows(rows)
        if self._filters_for != self.doc_id:
            self._fill_filters(rows)
            self._filters_for = self.doc_id
        self._apply_filters()
        if current is not None:
            self.select_target(current.target.id)
        self._show_current()

    def data_changed(self) -> None:
        """Actual values changed elsewhere (the command line): load again now if shown, else
        when shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _fill_filters(self, rows: list[LedgerRow]) -> None:
        chapters: dict[str, str] = {}
        for r in rows:
            chapters.setdefault(r.chapter_number or "", r.chapter_label)
        no_chapter, no_unit = self.tr("（无章）"), self.tr("（无单位）")
        choices = [(_short(label) or no_chapter, n) for n, label in chapters.items()]
        _refill(self.chapter_box, self.tr("全部章节"), choices)
        units = sorted({r.target.unit for r in rows})
        _refill(self.unit_box, self.tr("全部单位"), [(u or no_unit, u) for u in units])

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            chapter=self.chapter_box.currentData(),
            unit=self.unit_box.currentData(),
            comparator=self.comparator_box.currentData(),
            status=self.status_box.currentData() or flt.STATUS_ALL,
            text=self.search_edit.text(),
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("%n 项指标", None, total)
            if shown == total
            else self.tr("{0} / %n 项指标", None, total).format(shown)
        )

    def current_row(self) -> LedgerRow | None:
        """The ledger row of the selected target, or None."""
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_target(self, target_id: str) -> bool:
        """Make a target the current row (when the filters show it)."""
        source_row = self.model.row_of(target_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _show_current(self) -> None:
        row = self.current_row()
        self.panel.show_row(row)
        self.chart.show_row(row)
        self.record_action.setEnabled(row is not None)

    def _open(self, index: QModelIndex) -> None:
        row: LedgerRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        span = locate(row.target) or (-1, -1)
        self.open_target_requested.emit(row.target.key, *span)

    def _changed(self, doc_id: str) -> None:
        if doc_id == self.doc_id:
            self._stale = True
            if self.isVisible():
                self.refresh()

    # -- actual values -------------------------------------------------------------------

    def record_actual(self) -> None:
        """Ask for an actual value of the selected target and record it."""
        row = self.current_row()
        if row is None or self.doc_id is None or self.service is None:
            return
        dialog = ActualDialog(row.target, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            value, day, source, note = dialog.values()
            self.service.record_actual(self.doc_id, row.target.id, value, day, source, note)
        except KnownError as exc:
            show_known_error(self, exc)
            return
        self.status_message.emit(self.tr("已记录：{0}").format(row.target.name))

    def delete_actuals(self, ids: list[int]) -> None:
        """Delete recorded values after the user confirms."""
        if not ids or self.service is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("删除记录"),
            self.tr("删除所选的 %n 条实际值记录？此操作不能撤销。", None, len(ids)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        for actual_id in ids:
            try:
                self.service.delete_actual(actual_id)
            except KnownError as exc:
                show_known_error(self, exc)
                break

    # -- export --------------------------------------------------------------------------

    def ask_export_path(self, fmt: str) -> str:
        """The file to export to, chosen by the user ("" when cancelled)."""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("导出指标台账"),
            str(Path.home() / self.tr("指标台账.{0}").format(fmt)),
            EXPORT_FILTERS[fmt],
        )
        return path

    def export_interactive(self, fmt: str) -> None:
        """Ask for a file, then export the ledger to it."""
        path = self.ask_export_path(fmt)
        if path:
            if not path.lower().endswith(f".{fmt}"):
                path += f".{fmt}"
            self.export(path, fmt)

    def export_chart(self, path: str | None = None) -> str | None:
        """The charts as a PNG image (asks where when no path is given); the path written."""
        if path is None:
            path = self.ask_export_path("png")
            if not path:
                return None
            if not path.lower().endswith(".png"):
                path += ".png"
        data = self.chart.png()
        try:
            write_atomic(Path(path), lambda handle: handle.write(data))
        except KnownError as exc:
            show_known_error(self, exc)
            return None
        self.status_message.emit(self.tr("已把图表存为 {0}").format(path))
        return path

    def export(self, path: str, fmt: str) -> None:
        """Write the ledger off the UI thread; export_finished or export_failed follows."""
        if self.doc_id is None or self.service is None:
            return
        for action in self.export_actions.values():
            action.setEnabled(False)
        self.export_button.setEnabled(False)
        self.status_message.emit(self.tr("正在导出指标台账…"))
        self.export_job.start(self.service, path, fmt, self.doc_id)

    def _export_done(self) -> None:
        for action in self.export_actions.values():
            action.setEnabled(True)
        self.export_button.setEnabled(True)

    def _on_exported(self, path: str, count: int) -> None:
        self._export_done()
        self.status_message.emit(self.tr("已导出 %n 项指标到 {0}", None, count).format(path))
        self.export_finished.emit(path, count)

    def _on_export_failed(self, message: str) -> None:
        self._export_done()
        self.status_message.emit(message)
        self.export_failed.emit(message)
        show_known_error(self, KnownError(message))

    def showEvent(self, event) -> None:
        """Load the ledger the first time it is seen, or when it went stale while hidden."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def retranslate(self) -> None:
        """After a switch of language (ui/shell/language.py): the comparisons, whose names
        are made of a symbol and a word."""
        for row in range(1, self.comparator_box.count()):
            op = self.comparator_box.itemData(row)
            word = self.tr(COMPARATOR_WORDS.get(op, op))
            symbol = shown_symbol(COMPARATOR_SYMBOLS.get(op, op))
            self.comparator_box.setItemText(row, self.tr("{0} {1}").format(symbol, word))

    def shutdown(self) -> None:
        """Wait for an export still running (on close)."""
        self.export_job.shutdown()


def _refill(box: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
    """Replace a filter's choices (first: no filter) without firing its signal."""
    box.blockSignals(True)
    box.clear()
    box.addItem(everything, None)
    for text, value in items:
        box.addItem(text, value)
    box.blockSignals(False)


def _short(label: str, limit: int = 14) -> str:
    return label if len(label) <= limit else label[:limit] + "…"
