"""The trash (回收站): deleted notes, to restore or to delete for good."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hzreader.core.annotation import Annotation
from hzreader.ui.markdown_view import plain_preview
from hzreader.ui.notes.colors import NoteColor, swatch_icon
from hzreader.ui.notes.delegate import elide_citation

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STAMP_ROLE = ID_ROLE + 1  # the deletion's time stamp, to say it again
COL_CITATION, COL_DELETED = 2, 3
CITATION_WIDTH = 240  # room for 《…》第三部分第12条第2句; the title gives way in narrower


def deleted_text(stamp: str, now: datetime | None = None) -> str:
    """When a note was deleted, as people say it: 今天 20:46, 昨天 09:10, 12月1日 20:46,
    2025年12月1日 (not 2026-12-01T20:46)."""
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp.replace("T", " ")[:16]
    now = now or datetime.now()
    clock = f"{when:%H:%M}"
    if when.date() == now.date():
        return QCoreApplication.translate("TrashDialog", "今天 {0}").format(clock)
    if when.date() == (now - timedelta(days=1)).date():
        return QCoreApplication.translate("TrashDialog", "昨天 {0}").format(clock)
    if when.year == now.year:
        return QCoreApplication.translate("TrashDialog", "{0}月{1}日 {2}").format(
            when.month, when.day, clock
        )
    return QCoreApplication.translate("TrashDialog", "{0}年{1}月{2}日").format(
        when.year, when.month, when.day
    )


class CitationDelegate(QStyledItemDelegate):
    """A citation cell that shortens the document's title, never the clause."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        """The cell's text fitted to its width before Qt would cut its end."""
        super().initStyleOption(option, index)
        room = option.rect.width() - 8
        if room > 0:
            option.text = elide_citation(option.fontMetrics, option.text, room)


class TrashDialog(QDialog):
    """Lists the trash; emits restore_requested and empty_requested (after asking)."""

    restore_requested = Signal(list)
    empty_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trash_dialog")
        self.setWindowTitle(self.tr("回收站"))
        self.resize(720, 420)
        self.colors: dict[str, NoteColor] = {}
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("trash_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("引文"), self.tr("笔记"), self.tr("出处"), self.tr("删除时间")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_CITATION, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_CITATION, CITATION_WIDTH)
        header.setSectionResizeMode(COL_DELETED, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setItemDelegateForColumn(COL_CITATION, CitationDelegate(self.table))
        self.summary = QLabel(self)
        self.summary.setObjectName("trash_summary")
        self.restore_action = QAction(self.tr("恢复(&R)"), self)
        self.restore_action.setObjectName("action_trash_restore")
        self.restore_action.setShortcut(QKeySequence("Ctrl+R"))
        self.empty_action = QAction(self.tr("清空回收站(&E)…"), self)
        self.empty_action.setObjectName("action_trash_empty")
        self.empty_action.setShortcut(QKeySequence("Ctrl+Shift+Delete"))
        for action in (self.restore_action, self.empty_action):
            self.addAction(action)
        self.restore_action.triggered.connect(self._restore)
        self.empty_action.triggered.connect(self._empty)
        self.table.doubleClicked.connect(lambda _index: self._restore())

        buttons = QHBoxLayout()
        for action in (self.restore_action, self.empty_action):
            button = QPushButton(action.text(), self)
            button.setObjectName(action.objectName().replace("action_", "button_"))
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_notes(self, notes: list[Annotation]) -> None:
        """Show the notes in the trash, newest deletion first."""
        notes = sorted(notes, key=lambda a: a.deleted or "", reverse=True)
        now = datetime.now()
        self.table.setRowCount(len(notes))
        for row, a in enumerate(notes):
            quote = QTableWidgetItem(a.quote.replace("\n", " ")[:200])
            quote.setData(ID_ROLE, a.id)
            quote.setToolTip(a.quote[:500])
            color = self.colors.get(a.color)
            if color:
                quote.setIcon(swatch_icon(color.hex))
            citation = QTableWidgetItem(a.citation)
            citation.setToolTip(a.citation)
            deleted = QTableWidgetItem(deleted_text(a.deleted or "", now))
            deleted.setData(STAMP_ROLE, a.deleted or "")
            deleted.setToolTip((a.deleted or "").replace("T", " "))
            cells = [quote, QTableWidgetItem(plain_preview(a.note)), citation, deleted]
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self.summary.setText(
            self.tr("回收站中有 %n 条笔记；恢复后回到原处。", None, len(notes))
            if notes
            else self.tr("回收站是空的。")
        )
        self.empty_action.setEnabled(bool(notes))
        self.restore_action.setEnabled(bool(notes))

    def retranslate(self) -> None:
        """After a switch of language (ui/shell/language.py): when each note was deleted
        (今天 20:46 is Today 20:46)."""
        now = datetime.now()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 3)
            if item is not None:
                item.setText(deleted_text(item.data(STAMP_ROLE) or "", now))

    def ids(self) -> list[str]:
        """Every id listed, in table order."""
        return [self.table.item(r, 0).data(ID_ROLE) for r in range(self.table.rowCount())]

    def select_ids(self, ids: list[str]) -> None:
        """Select these notes' rows."""
        self.table.clearSelection()
        for row, annotation_id in enumerate(self.ids()):
            if annotation_id in ids:
                self.table.selectionModel().select(
                    self.table.model().index(row, 0),
                    self.table.selectionModel().SelectionFlag.Select
                    | self.table.selectionModel().SelectionFlag.Rows,
                )

    def selected_ids(self) -> list[str]:
        """The selected notes."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.table.item(r, 0).data(ID_ROLE) for r in rows]

    def _restore(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.restore_requested.emit(ids)

    def _empty(self) -> None:
        if not self.ids():
            return
        answer = QMessageBox.question(
            self,
            self.tr("清空回收站"),
            self.tr(
                "永久删除回收站中的 %n 条笔记？\n关闭程序后将无法撤销。", None, len(self.ids())
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.empty_requested.emit()
