"""The side panel of the ledger: one target's goal, sentence and recorded actual values."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hzreader.core.ledger import LedgerRow, format_number
from hzreader.ui import theme
from hzreader.ui.targets.model import shown_goal

ACTUAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ActualsPanel(QWidget):
    """Shows a ledger row; asks (by signal) to record a value or delete the selected ones."""

    record_requested = Signal()
    delete_requested = Signal(list)  # ids of the selected actual values

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actuals_panel")
        self.title = QLabel(self)
        self.title.setObjectName("actuals_title")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.sentence = QLabel(self)
        self.sentence.setObjectName("actuals_sentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # On a page of the ledger's side tabs.
        theme.tint_label(self.sentence, "#5b5850", theme.DARK.muted_ink, raised=True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("actuals_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("日期"), self.tr("实际值"), self.tr("来源"), self.tr("备注")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.record_button = QPushButton(self.tr("记录实际值…"), self)
        self.record_button.setObjectName("record_actual_button")
        self.delete_button = QPushButton(self.tr("删除记录"), self)
        self.delete_button.setObjectName("delete_actual_button")
        self.record_button.clicked.connect(self.record_requested)
        self.delete_button.clicked.connect(self._delete)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.sentence)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addStretch(0)
        self.show_row(None)

    def show_row(self, row: LedgerRow | None) -> None:
        """Show one target's details and actual values (newest first), or a hint."""
        self.table.setRowCount(0)
        # Without a target there is nothing to list: a hint instead of an empty table.
        for widget in (self.table, self.record_button, self.delete_button):
            widget.setVisible(row is not None)
        if row is None:
            self.title.setText(self.tr("在左侧选择一项指标，查看原文和历次实际值。"))
            self.sentence.setText(self.tr("单击：在正文中定位；双击：记录实际值。"))
            self.record_button.setEnabled(False)
            self._update_buttons()
            return
        t = row.target
        name, goal = _escape(t.name), _escape(shown_goal(t))
        if t.year:
            self.title.setText(self.tr("<b>{0}</b>　{1}（{2}年）").format(name, goal, t.year))
        else:
            self.title.setText(self.tr("<b>{0}</b>　{1}").format(name, goal))
        self.sentence.setText(t.text)
        self.sentence.setToolTip(row.citation)
        self.table.setRowCount(len(row.actuals))
        for i, a in enumerate(row.actuals):
            value = f"{format_number(a.value)} {t.unit}".rstrip()
            cells = (a.recorded_on, value, a.source, a.note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ACTUAL_ID_ROLE, a.id)
                item.setToolTip(text)
                if column == 1:
                    item.setTextAlignment(_RIGHT)
                self.table.setItem(i, column, item)
        self.record_button.setEnabled(True)
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        """Ids of the actual values whose rows are selected."""
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(ACTUAL_ID_ROLE) for r in rows]

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(bool(self.selected_ids()))

    def _delete(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.delete_requested.emit(ids)
