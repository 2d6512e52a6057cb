"""The library dock (文库): every document with kind, counts and import date; open, rename,
delete, import. It only emits intents; the window's library controller acts on them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from hzreader.ui.library.model import (
    CURRENT_ROLE,
    SUMMARY_ROLE,
    LibraryModel,
    detail_lines,
)

_PAD = 6
_TITLE_LINES = 2


class LibraryDelegate(QStyledItemDelegate):
    """A document as a card: its title (bold when shown) over two grey lines of details."""

    def _fonts(self, option: QStyleOptionViewItem, current: bool) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(current)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.88))
        return title, small

    def _title_height(self, font: QFont, width: int, text: str) -> int:
        metrics = QFontMetrics(font)
        wrapped = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        return min(wrapped.height(), metrics.lineSpacing() * _TITLE_LINES)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Tall enough for the wrapped title and the two detail lines."""
        summary = index.data(SUMMARY_ROLE)
        view = self.parent()
        width = (view.viewport().width() if view is not None else 300) - 2 * _PAD
        title_font, small = self._fonts(option, bool(index.data(CURRENT_ROLE)))
        title_h = self._title_height(title_font, width, summary.title if summary else "")
        return QSize(width, title_h + 2 * QFontMetrics(small).lineSpacing() + 3 * _PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Background from the style, then the title and the details."""
        summary = index.data(SUMMARY_ROLE)
        if summary is None:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        title_font, small = self._fonts(option, bool(index.data(CURRENT_ROLE)))
        area = option.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        title_h = self._title_height(title_font, area.width(), summary.title)
        painter.save()
        painter.setFont(title_font)
        painter.setPen(option.palette.color(group))
        title_rect = QRect(area.left(), area.top(), area.width(), title_h)
        painter.drawText(title_rect, int(Qt.TextFlag.TextWordWrap), summary.title)
        painter.setFont(small)
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        metrics = QFontMetrics(small)
        top = title_rect.bottom() + _PAD // 2
        for line in detail_lines(summary):
            text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, area.width())
            painter.drawText(
                QRect(area.left(), top, area.width(), metrics.lineSpacing()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            top += metrics.lineSpacing()
        painter.restore()


if TYPE_CHECKING:
    from hzreader.services.importing import DocumentSummary


class LibraryPanel(QWidget):
    """A table of the library's documents with buttons for what can be done to them."""

    open_requested = Signal(str)
    rename_requested = Signal(str)
    delete_requested = Signal(str)
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library_panel")
        self.model = LibraryModel(self)
        # The document shown before its row was listed (an import): selected when it is.
        self._follow: str | None = None
        # A dock is narrow: one card per document instead of a wide table of columns.
        self.table = QListView(self)
        self.table.setObjectName("library_list")
        self.table.setModel(self.model)
        self.table.setItemDelegate(LibraryDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setResizeMode(QListView.ResizeMode.Adjust)
        self.table.setUniformItemSizes(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)

        # A tool bar, not a row of push buttons: it folds into its ▸ menu when the dock is
        # narrow, so the dock never forces the window wider.
        self.actions_bar = QToolBar(self)
        self.actions_bar.setObjectName("library_actions")
        self.actions_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.open_action = self._action("library_open", self.tr("打开"), self._open_selected)
        self.rename_action = self._action(
            "library_rename", self.tr("重命名…"), lambda: self._emit(self.rename_requested)
        )
        self.delete_action = self._action(
            "library_delete", self.tr("删除…"), lambda: self._emit(self.delete_requested)
        )
        self.actions_bar.addSeparator()
        self.import_action = self._action(
            "library_import", self.tr("导入…"), self.import_requested.emit
        )
        self.open_button = self.actions_bar.widgetForAction(self.open_action)
        self.rename_button = self.actions_bar.widgetForAction(self.rename_action)
        self.delete_button = self.actions_bar.widgetForAction(self.delete_action)
        self.import_button = self.actions_bar.widgetForAction(self.import_action)
        # Keys inside the list: F2 renames, Delete deletes (both still ask first).
        for name, keys, action in (
            ("library_key_rename", QKeySequence(Qt.Key.Key_F2), self.rename_action),
            (
                "library_key_delete",
                QKeySequence(QKeySequence.StandardKey.Delete),
                self.delete_action,
            ),
        ):
            shortcut = QAction(self)
            shortcut.setObjectName(name)
            shortcut.setShortcut(keys)
            shortcut.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.triggered.connect(action.trigger)
            self.table.addAction(shortcut)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        layout.addWidget(self.actions_bar)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def _action(self, name: str, text: str, slot) -> QAction:
        action = self.actions_bar.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def set_documents(self, rows: list[DocumentSummary], current: str | None) -> None:
        """List these documents and mark (and select) the one the reader shows."""
        # The user's selection stays through a new count, unless the reader has moved to a
        # document that was not listed yet: the row of the document shown wins then.
        wanted = (self._follow, self.selected_id(), current)
        self._follow = None
        self.model.set_rows(rows)
        self.model.set_current(current)
        next((True for doc_id in wanted if doc_id and self.select(doc_id)), False)
        self._update_buttons()

    def set_current(self, doc_id: str | None) -> None:
        """The reader now shows this document: bold, and the selected row."""
        self.model.set_current(doc_id)
        if doc_id:
            self._follow = None if self.select(doc_id) else doc_id
            self._update_buttons()

    def selected_id(self) -> str | None:
        """The id of the selected document."""
        summary = self.model.summary(self.table.currentIndex().row())
        return summary.id if summary else None

    def select(self, doc_id: str) -> bool:
        """Select a document's row; False when it is not listed."""
        row = self.model.row_of(doc_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        return row >= 0

    def _update_buttons(self) -> None:
        summary = self.model.summary(self.table.currentIndex().row())
        self.open_action.setEnabled(summary is not None)
        # The documents that ship with hzreader stay as they are.
        editable = summary is not None and not summary.bundled
        self.rename_action.setEnabled(editable)
        self.delete_action.setEnabled(editable)
        tip = "" if editable or summary is None else self.tr("内置文档不能改名或删除")
        self.rename_action.setToolTip(tip or self.rename_action.text())
        self.delete_action.setToolTip(tip or self.delete_action.text())

    def _emit(self, signal) -> None:
        doc_id = self.selected_id()
        summary = self.model.summary(self.table.currentIndex().row())
        if doc_id and summary is not None and not summary.bundled:
            signal.emit(doc_id)

    def _open(self, index: QModelIndex) -> None:
        summary = self.model.summary(index.row())
        if summary is not None:
            self.open_requested.emit(summary.id)

    def _open_selected(self) -> None:
        self._open(self.table.currentIndex())
