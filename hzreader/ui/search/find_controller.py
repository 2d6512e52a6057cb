"""Marks in the reader: find in page (Ctrl+F), F3 / Shift+F3 through the marks, Esc.

The search controller makes one FindController; opening a search hit marks through it too,
so F3 walks the marks of whichever came last: a search, or the find bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from hzreader.ui.search.find_bar import FindBar, fold_chars, literal_spans
from hzreader.ui.search.marks import SearchMarks

STATUS_MS = 5000


def make_action(window: QMainWindow, name: str, text: str, keys: list, tip: str) -> QAction:
    """A window-wide action with its object name, shortcuts and status tip."""
    action = QAction(text, window)
    action.setObjectName(name)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setStatusTip(tip)
    window.addAction(action)
    return action


class FindController(QObject):
    """The find bar, the marks of the document shown and the keys that walk them."""

    def __init__(self, window: QMainWindow, search_query: Callable[[], str]) -> None:
        super().__init__(window)
        self.setObjectName("find_controller")
        self.window = window
        self.reader = window.reader
        self._search_query = search_query  # the query of the search results shown
        self._cached_text: tuple[Any, str, str] | None = None  # (document, plain, folded)
        self.marks = SearchMarks(self.reader, self)
        self.find_bar = FindBar(window)
        self.toolbar = QToolBar(self.tr("查找"), window)
        self.toolbar.setObjectName("find_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.find_bar)
        self.toolbar.toggleViewAction().setVisible(False)
        # Under the reader, like a browser's find bar.
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.toolbar)
        self.toolbar.hide()
        self.find_action = make_action(
            window, "action_find", self.tr("在本文档中查找(&F)…"), [QKeySequence.StandardKey.Find],
            self.tr("在当前文档中逐字查找"),
        )  # fmt: skip
        self.next_action = make_action(
            window, "action_find_next", self.tr("下一处(&N)"), ["F3"], self.tr("跳到下一处标记")
        )
        self.previous_action = make_action(
            window, "action_find_previous", self.tr("上一处(&P)"), ["Shift+F3"],
            self.tr("跳到上一处标记"),
        )  # fmt: skip
        # Enabled only while there is something to clear, so Esc is free for others otherwise.
        self.clear_action = make_action(
            window, "action_clear_search_marks", self.tr("清除搜索标记"), ["Esc"],
            self.tr("去掉正文中的搜索标记，关闭查找栏"),
        )  # fmt: skip
        self.clear_action.setEnabled(False)
        edit_menu = window.findChild(QMenu, "menu_edit")
        if edit_menu is not None:
            for action in (self.find_action, self.next_action, self.previous_action):
                edit_menu.addAction(action)
            edit_menu.addAction(self.clear_action)
        self.find_action.triggered.connect(self.open_find)
        self.next_action.triggered.connect(lambda: self.step(False))
        self.previous_action.triggered.connect(lambda: self.step(True))
        self.clear_action.triggered.connect(self.clear_marks)
        self.find_bar.needle_changed.connect(lambda needle: self.find(needle))
        self.find_bar.next_requested.connect(lambda: self.step(False))
        self.find_bar.previous_requested.connect(lambda: self.step(True))
        self.find_bar.close_requested.connect(self.clear_marks)
        self.marks.moved.connect(self._moved)
        self.marks.changed.connect(self._marks_changed)

    # -- the document's text -------------------------------------------------------------

    def _texts(self) -> tuple[str, str]:
        """The reader's plain text (positions are reader positions) and its folded form."""
        document = self.reader.document_model()
        if self._cached_text is None or self._cached_text[0] is not document:
            plain = self.reader.toPlainText()
            self._cached_text = (document, plain, fold_chars(plain))
        return self._cached_text[1], self._cached_text[2]

    def query_spans(self, query: str) -> list[tuple[int, int]]:
        """Every match of a search query in the document shown, as reader ranges."""
        if not query:
            return []
        from hzreader.services.searching import SearchService

        return list(SearchService.match_spans(self._texts()[0], query))

    def search_changed(self, query: str) -> None:
        """A new query in the search box (or none): the marks of the last search go, so the
        reader never shows the matches of a query that is not the one searched."""
        source = self.marks.source
        if source is not None and source[0] == "search" and source[1] != query:
            self.marks.clear()

    def mark_search(self, query: str, extra: list[tuple[int, int]], at: int) -> None:
        """Mark a search query's matches (and extra ranges); the current one is at `at`."""
        self.marks.set_marks([*self.query_spans(query), *extra], ("search", query), at=at)

    # -- find in page --------------------------------------------------------------------

    def open_find(self) -> None:
        """Ctrl+F: the find bar, with the selection (if short) as the text to find."""
        selected = self.reader.selected_text().strip()
        self.toolbar.show()
        self.clear_action.setEnabled(True)
        self.find_bar.start(selected if selected and "\n" not in selected else None)
        self.find(self.find_bar.needle())

    def find(self, needle: str, *, move: bool = True) -> None:
        """Mark every literal occurrence of needle; move to the first one from the view."""
        if not needle:
            self.marks.clear()
            self.find_bar.show_count(0, 0)
            return
        spans = literal_spans(self._texts()[1], needle)
        self.marks.set_marks(spans, ("find", needle))
        if spans and move:
            self.marks.next()
        else:
            self.find_bar.show_count(0, len(spans))

    def step(self, backwards: bool) -> None:
        """F3 / Shift+F3: the next or previous mark, marking the last search again if needed."""
        if not self.marks.valid():
            self._mark_again()
        if not self.marks.valid():
            self._status(self.tr("没有可以跳转的搜索结果"))
            return
        if backwards:
            self.marks.previous()
        else:
            self.marks.next()

    def _mark_again(self) -> None:
        """After Esc or in another document: the find bar's text, else the last search."""
        query = self._search_query()
        if self.toolbar.isVisible() and self.find_bar.needle():
            self.find(self.find_bar.needle(), move=False)
        elif query:
            self.marks.set_marks(self.query_spans(query), ("search", query))

    def clear_marks(self) -> None:
        """Esc: no more marks; the find bar closes."""
        self.marks.clear()
        if self.toolbar.isVisible():
            self.toolbar.hide()
            self.reader.setFocus()
        self.clear_action.setEnabled(False)

    def document_shown(self) -> None:
        """Another document in the reader: marks of the old one go, the find bar finds again."""
        if self.marks.count() and not self.marks.valid():
            self.marks.clear()
        if self.toolbar.isVisible() and self.find_bar.needle():
            self.find(self.find_bar.needle(), move=False)

    # -- reactions -----------------------------------------------------------------------

    def _moved(self, current: int, total: int) -> None:
        self._status(self.tr("第 {0}/{1} 处").format(current, total))
        if self.marks.source and self.marks.source[0] == "find":
            self.find_bar.show_count(current, total)

    def _marks_changed(self, count: int) -> None:
        self.clear_action.setEnabled(count > 0 or self.toolbar.isVisible())

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)
