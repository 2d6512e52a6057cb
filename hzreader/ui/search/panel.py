"""The 搜索结果 dock: a summary line, a notice for odd queries, and the grouped results."""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QSizePolicy,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hzreader.ui.search.delegate import SearchResultDelegate
from hzreader.ui.search.groups import ResultNode
from hzreader.ui.search.results_model import SearchResultsModel

EXPAND_ALL_UP_TO = 300  # hits; beyond that only documents and chapters open


class _ResultsTree(QTreeView):
    """A tree whose wrapped rows are measured again when its width changes."""

    def resizeEvent(self, event) -> None:
        """Re-lay the rows out: a snippet wraps to another height at another width."""
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.doItemsLayout()


class SearchPanel(QWidget):
    """Shows what the search controller found; emits the row the user wants to open."""

    open_requested = Signal(object)  # a ResultNode: a hit, or a group (its chapter, measure)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_panel")
        body = self
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        self.summary = QLabel(self.tr("在上方搜索框中输入要找的字词"), body)
        self.summary.setObjectName("search_summary")
        self.summary.setWordWrap(True)
        # Text decides the height, never the width: a long query must not widen the dock.
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.notice = QLabel(body)
        self.notice.setObjectName("search_notice")
        self.notice.setWordWrap(True)
        self.notice.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.notice.setStyleSheet(
            "QLabel { background: #fff4d6; color: #6b4a00; border: 1px solid #f0d48a;"
            " border-radius: 3px; padding: 3px 6px; }"
        )
        self.notice.hide()
        self.model = SearchResultsModel(self)
        self.delegate = SearchResultDelegate(self)
        self.tree = _ResultsTree(body)
        self.tree.setObjectName("search_results")
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(self.delegate)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setExpandsOnDoubleClick(False)  # a double click opens the row instead
        self.tree.setIndentation(14)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setAccessibleName(self.tr("搜索结果"))
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addWidget(self.tree, 1)
        self.model.modelReset.connect(self.delegate.clear_cache)
        # A click opens a hit (a list to jump from, like the outline); Enter too. A double
        # click, or a style that activates on a click, reports the same row again: once.
        self.tree.clicked.connect(self._activated)
        self.tree.activated.connect(self._activated)
        self._last_open: tuple[object, float] | None = None

    def _activated(self, index: QModelIndex) -> None:
        node = self.model.node(index)
        if node is None or node.kind == "doc":
            return
        now = time.monotonic()
        interval = QApplication.doubleClickInterval() / 1000 + 0.1
        if self._last_open and self._last_open[0] is node and now - self._last_open[1] < interval:
            return
        self._last_open = (node, now)
        self.open_requested.emit(node)

    # -- what the controller shows -------------------------------------------------------

    def show_busy(self, text: str) -> None:
        """A line such as 正在搜索… or 正在建立搜索索引…, results kept meanwhile."""
        self.summary.setText(text)

    def show_message(self, text: str) -> None:
        """A line and no results (an empty query, an error)."""
        self.model.clear()
        self.notice.hide()
        self.summary.setText(text)

    def show_results(
        self,
        summary: str,
        roots: list[ResultNode],
        total: int,
        notice: str | None,
        tooltips: dict[int, str],
    ) -> None:
        """A new set of grouped hits, the summary line and the notice (when there is one)."""
        self.model.set_results(roots, total, tooltips)
        self.summary.setText(summary)
        self.notice.setText(notice or "")
        self.notice.setVisible(bool(notice))
        if self.model.hit_count() <= EXPAND_ALL_UP_TO:
            self.tree.expandAll()
        else:
            self.tree.expandToDepth(0)
        self.tree.scrollToTop()

    def first_hit(self) -> QModelIndex:
        """The index of the first hit row, or an invalid index."""
        index = self.model.index(0, 0)
        while index.isValid() and self.model.rowCount(index):
            index = self.model.index(0, 0, index)
        return index

    def focus_results(self) -> None:
        """Put the keyboard on the first hit (Enter opens it)."""
        index = self.first_hit()
        if index.isValid():
            self.tree.setCurrentIndex(index)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def index_of_key(self, doc: str, key: str, *, hit: bool = True) -> QModelIndex:
        """The first hit row (or group row) of the results that opens `key` of `doc`."""
        wanted = "hit" if hit else "group"
        stack = list(reversed(self.model.roots()))
        while stack:
            node = stack.pop()
            if node.kind == wanted and node.doc == doc and node.key == key:
                return self.model.index_of(node)
            stack.extend(reversed(node.children))
        return QModelIndex()
