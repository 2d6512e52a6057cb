"""The toolbar's search box: the query field, the scope and the recent searches."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QWidget,
)

from hzreader.ui import theme

SCOPE_ALL = 0
SCOPE_CURRENT = 1
ARROW_SIZE = 16


def arrow_icon(color: QColor, ratio: float = 1.0) -> QIcon:
    """The ▾ that opens the recent searches, in the field's text colour.

    Drawn, not the style's arrow: that one is a fixed black, which night reading hardly
    shows, and asking the style for it makes PySide build the Python side of QStyle before
    the first frame (about 10 ms)."""
    pixmap = QPixmap(round(ARROW_SIZE * ratio), round(ARROW_SIZE * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPolygon(QPolygonF([QPointF(2.5, 5), QPointF(13.5, 5), QPointF(8, 11.5)]))
    painter.end()
    return QIcon(pixmap)


class _QueryField(QLineEdit):
    """Enter submits at once; Down goes to the results (unless the completer is open)."""

    submitted = Signal()
    down_pressed = Signal()
    PREFERRED_WIDTH = 300  # room for a query and the placeholder; narrower when need be

    def sizeHint(self) -> QSize:
        """As wide as PREFERRED_WIDTH when the toolbar has the room."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.PREFERRED_WIDTH), hint.height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter and Down are the box's own keys."""
        popup = self.completer().popup() if self.completer() else None
        if popup is None or not popup.isVisible():
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.submitted.emit()
                return
            if event.key() == Qt.Key.Key_Down:
                self.down_pressed.emit()
                return
        super().keyPressEvent(event)


class SearchBox(QWidget):
    """Emits what the user typed or chose; the search controller does the searching."""

    query_edited = Signal(str)  # the text changed (typed, pasted, or a recent one chosen)
    submitted = Signal(str)  # Enter: search now
    results_requested = Signal()  # Down: to the results
    scope_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_box")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(4)
        self.field = _QueryField(self)
        self.field.setObjectName("search_field")
        self.field.setPlaceholderText(self.tr("搜索全文和笔记（Ctrl+Shift+F）"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(180)  # a 1024-wide screen keeps it in the toolbar
        self.field.setToolTip(
            self.tr(
                "空格分开的词都要出现；OR 任一；-词 排除；\u201c短语\u201d；"
                "tag:标签  color:颜色  in:notes  doc:文档  measure:9  chapter:三"
            )
        )
        self.scope = QComboBox(self)
        self.scope.setObjectName("search_scope")
        self.scope.addItem(self.tr("全部文档"), SCOPE_ALL)
        self.scope.addItem(self.tr("当前文档"), SCOPE_CURRENT)
        self.scope.setToolTip(self.tr("搜索范围"))
        self.recent_model = QStringListModel(self)
        completer = QCompleter(self.recent_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.field.setCompleter(completer)
        self.recent_menu = QMenu(self.tr("最近搜索"), self)
        self.recent_menu.setObjectName("menu_recent_searches")
        self.recent_action = QAction(self.tr("最近搜索"), self)
        self.recent_action.setObjectName("action_recent_searches")
        self.recent_action.setToolTip(self.tr("最近搜索"))
        self.field.addAction(self.recent_action, QLineEdit.ActionPosition.TrailingPosition)
        theme.follow_look(self.field, self._paint_arrow)  # and again at a switch of theme
        layout.addWidget(self.field, 1)
        layout.addWidget(self.scope)

        self.field.textChanged.connect(self.query_edited)
        self.field.submitted.connect(lambda: self.submitted.emit(self.field.text()))
        self.field.down_pressed.connect(self.results_requested)
        self.scope.currentIndexChanged.connect(lambda _row: self.scope_changed.emit())
        self.recent_action.triggered.connect(self._show_recent)

    def _paint_arrow(self) -> None:
        ink = self.field.palette().color(QPalette.ColorRole.Text)
        self.recent_action.setIcon(arrow_icon(ink, self.field.devicePixelRatioF()))

    def text(self) -> str:
        """The query as typed."""
        return self.field.text()

    def set_text(self, text: str) -> None:
        """Put a query in the field (it is searched like a typed one)."""
        self.field.setText(text)

    def current_only(self) -> bool:
        """True when the scope is the document shown."""
        return self.scope.currentData() == SCOPE_CURRENT

    def set_recent(self, queries: list[str]) -> None:
        """The recent searches, newest first, for the completer and the menu."""
        self.recent_model.setStringList(queries)
        self.recent_menu.clear()
        for query in queries:
            action = self.recent_menu.addAction(query)
            action.triggered.connect(lambda _=False, q=query: self._choose(q))
        if not queries:
            self.recent_menu.addAction(self.tr("（还没有搜索过）")).setEnabled(False)

    def _show_recent(self) -> None:
        self.recent_menu.popup(self.field.mapToGlobal(self.field.rect().bottomLeft()))

    def _choose(self, query: str) -> None:
        self.field.setText(query)
        self.submitted.emit(query)

    def take_focus(self) -> None:
        """Focus the field with its text selected, ready for a new query."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
