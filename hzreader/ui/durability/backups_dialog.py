"""The automatic backups: when each was made, how many notes it holds; restore one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

KINDS = {
    "auto": QT_TRANSLATE_NOOP("BackupsDialog", "自动备份"),
    "pre-restore": QT_TRANSLATE_NOOP("BackupsDialog", "恢复前"),
    "pre-migration": QT_TRANSLATE_NOOP("BackupsDialog", "升级前"),
    "replaced": QT_TRANSLATE_NOOP("BackupsDialog", "被替换的数据"),
    "corrupt": QT_TRANSLATE_NOOP("BackupsDialog", "损坏（已隔离）"),
}


class BackupsDialog(QDialog):
    """Lists the copies (plain dicts of BackupInfo.to_json); emits restore_requested(name)."""

    restore_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backups_dialog")
        self.setWindowTitle(self.tr("恢复自动备份"))
        self.backups: list[dict] = []
        self.hint = QLabel(
            self.tr(
                "hzreader 在数据有变动后启动时、升级和恢复之前，会自动备份数据库。"
                "恢复时，当前数据会先另存为一个备份，不会丢失。"
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backups_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("类型"), self.tr("笔记"), self.tr("状态")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel(self.tr("正在检查备份…"), self)
        self.status.setObjectName("backups_status")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = self.buttons.addButton(
            self.tr("恢复所选备份…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setObjectName("backups_restore")
        self.restore_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.restore_button.clicked.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        self.resize(620, 420)

    def set_backups(self, backups: list[dict]) -> None:
        """Show the copies, newest first."""
        self.backups = backups
        self.table.setRowCount(len(backups))
        for row, b in enumerate(backups):
            when = (b["created"] or "").replace("T", " ") or self.tr("时间不详")
            notes = "" if b["notes"] is None else str(b["notes"])
            state = self.tr("完好") if b["ok"] else self.tr("不可用：{0}").format(b["problem"])
            for col, text in enumerate(
                (when, self.tr(KINDS.get(b["kind"], b["kind"])), notes, state)
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, b["name"])
                item.setToolTip(b["name"])
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.status.setText(
            self.tr("共 %n 个备份", None, len(backups)) if backups else self.tr("还没有备份")
        )
        good = next((i for i, b in enumerate(backups) if self._restorable(b)), None)
        if good is not None:
            self.table.selectRow(good)

    @staticmethod
    def _restorable(b: dict) -> bool:
        return bool(b["ok"]) and b["kind"] != "corrupt"

    def selected(self) -> dict | None:
        """The chosen copy, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and self._restorable(chosen))

    def _confirm(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        when = (chosen["created"] or "").replace("T", " ")
        answer = QMessageBox.question(
            self,
            self.tr("恢复备份"),
            self.tr(
                "用 {0} 的备份（%n 条笔记）替换当前数据？\n当前数据会先另存为一个备份。",
                None,
                chosen["notes"] or 0,
            ).format(when),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_button.setEnabled(False)
            self.status.setText(self.tr("正在恢复…"))
            self.restore_requested.emit(chosen["name"])
