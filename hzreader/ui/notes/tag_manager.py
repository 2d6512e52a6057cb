"""The tag manager (管理标签): rename, merge, delete and colour tags; what the colours mean."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hzreader.ui.notes.colors import NoteColor, stored_meaning, swatch_icon
from hzreader.ui.texts import joined

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def ask_new_name(parent: QWidget, old: str) -> str | None:
    """Ask for a tag's new name (renaming onto an existing tag merges the two)."""
    text, ok = QInputDialog.getText(
        parent,
        TagManager.tr("重命名标签"),
        TagManager.tr("“{0}”的新名称（与已有标签同名则合并；用 / 分级）：").format(old),
        QLineEdit.EchoMode.Normal,
        old,
    )
    text = text.strip()
    return text if ok and text and text != old else None


def ask_color(parent: QWidget, current: str | None) -> str | None:
    """Ask for a tag colour; its hex, or None when cancelled."""
    color = QColorDialog.getColor(QColor(current or "#c9b26b"), parent, TagManager.tr("标签颜色"))
    return color.name() if color.isValid() else None


def confirm_delete(parent: QWidget, names: list[str]) -> bool:
    """Ask before taking tags off every note (the notes stay; undo brings the tags back)."""
    answer = QMessageBox.question(
        parent,
        TagManager.tr("删除标签"),
        TagManager.tr("从所有笔记上去掉标签 {0}？笔记本身不会删除，可以撤销。").format(
            joined(names)
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


class TagManager(QDialog):
    """Lists tags with counts and colours; every change is a signal for the controller."""

    rename_requested = Signal(str, str)
    merge_requested = Signal(list, str)
    delete_requested = Signal(list)
    color_requested = Signal(str, object)  # name, hex or None
    labels_requested = Signal(dict)  # colour name -> meaning

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tag_manager")
        self.setWindowTitle(self.tr("管理标签"))
        self.resize(560, 560)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("tag_table")
        self.table.setHorizontalHeaderLabels([self.tr("标签"), self.tr("笔记数"), self.tr("颜色")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._colors: dict[str, str | None] = {}
        self.label_edits: dict[str, QLineEdit] = {}
        self.colors_box = QGroupBox(self.tr("颜色的含义"), self)
        self.colors_form = QFormLayout(self.colors_box)

        self.rename_action = self._action("action_manager_rename", self.tr("重命名(&R)…"), "F2")
        self.merge_action = self._action("action_manager_merge", self.tr("合并(&M)…"), "Ctrl+M")
        self.color_action = self._action("action_manager_color", self.tr("颜色(&C)…"), "")
        self.clear_color_action = self._action(
            "action_manager_clear_color", self.tr("去掉颜色"), ""
        )
        self.delete_action = self._action(
            "action_manager_delete", self.tr("删除(&D)"), QKeySequence.StandardKey.Delete
        )
        self.labels_action = self._action(
            "action_manager_labels", self.tr("保存颜色含义(&S)"), "Ctrl+S"
        )
        self.rename_action.triggered.connect(self.rename_selected)
        self.merge_action.triggered.connect(self.merge_selected)
        self.color_action.triggered.connect(self.color_selected)
        self.clear_color_action.triggered.connect(
            lambda: [self.color_requested.emit(n, None) for n in self.selected_names()]
        )
        self.delete_action.triggered.connect(self.delete_selected)
        self.labels_action.triggered.connect(
            lambda: self.labels_requested.emit(
                {k: stored_meaning(k, e.text()) for k, e in self.label_edits.items()}
            )
        )
        self._build()

    def _action(self, name: str, text: str, shortcut) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)
        return action

    def _build(self) -> None:
        buttons = QHBoxLayout()
        for action in (
            self.rename_action,
            self.merge_action,
            self.color_action,
            self.clear_color_action,
            self.delete_action,
        ):
            button = QPushButton(action.text(), self)
            button.setObjectName(action.objectName().replace("action_", "button_"))
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        save_labels = QPushButton(self.labels_action.text(), self.colors_box)
        save_labels.setObjectName("button_manager_labels")
        save_labels.setAutoDefault(False)
        save_labels.clicked.connect(self.labels_action.trigger)
        self.colors_form.addRow(save_labels)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.colors_box)
        layout.addWidget(close)

    # -- content -------------------------------------------------------------------------

    def set_tags(self, tags: list[tuple[str, str | None, int]]) -> None:
        """(name, colour, count) of every tag; the selection is kept by name."""
        chosen = set(self.selected_names())
        self._colors = {name: color for name, color, _n in tags}
        self.table.setRowCount(len(tags))
        for row, (name, color, count) in enumerate(tags):
            item = QTableWidgetItem(name)
            item.setData(NAME_ROLE, name)
            number = QTableWidgetItem(str(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            swatch = QTableWidgetItem(color or "")
            if color:
                swatch.setIcon(swatch_icon(color))
            for column, cell in enumerate((item, number, swatch)):
                self.table.setItem(row, column, cell)
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() in chosen:
                self.table.selectRow(row)

    def set_colors(self, colors: list[NoteColor]) -> None:
        """The highlight colours, each with an editable meaning."""
        for color in colors:
            edit = self.label_edits.get(color.name)
            if edit is None:
                edit = QLineEdit(self.colors_box)
                edit.setObjectName(f"color_label_{color.name}")
                edit.setMaxLength(20)
                self.label_edits[color.name] = edit
                self.colors_form.insertRow(len(self.label_edits) - 1, color.hanzi, edit)
                label = self.colors_form.labelForField(edit)
                label.setPixmap(swatch_icon(color.hex, 16).pixmap(16, 16))
                label.setToolTip(color.hanzi)
            edit.setText(color.meaning)

    def select_names(self, names: list[str]) -> None:
        """Select these tags' rows."""
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() in names:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def selected_names(self) -> list[str]:
        """The selected tags, in table order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.table.item(r, 0).text() for r in rows]

    # -- asking, then emitting -------------------------------------------------------------

    def rename_selected(self) -> None:
        """Rename the first selected tag."""
        names = self.selected_names()
        if names:
            new = ask_new_name(self, names[0])
            if new:
                self.rename_requested.emit(names[0], new)

    def merge_selected(self) -> None:
        """Fold the selected tags into one (chosen among them, or a new name)."""
        names = self.selected_names()
        if len(names) < 2:
            QMessageBox.information(self, self.tr("合并标签"), self.tr("请先选中两个或更多标签。"))
            return
        target, ok = QInputDialog.getItem(
            self, self.tr("合并标签"), self.tr("合并到："), names, 0, True
        )
        if ok and target.strip():
            self.merge_requested.emit(names, target.strip())

    def color_selected(self) -> None:
        """Give the selected tags a colour."""
        names = self.selected_names()
        if names:
            color = ask_color(self, self._colors.get(names[0]))
            if color:
                for name in names:
                    self.color_requested.emit(name, color)

    def delete_selected(self) -> None:
        """Take the selected tags off every note, after a confirmation."""
        names = self.selected_names()
        if names and confirm_delete(self, names):
            self.delete_requested.emit(names)
