"""Search in the window: the toolbar's search box and the 搜索结果 dock.

The main window creates one SearchController; it adds its widgets and actions to the window,
runs queries off the UI thread (SearchRunner) and marks an opened hit's matches in the reader
through its FindController, which also owns find in page and F3."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
)

from hzreader.core.errors import KnownError
from hzreader.ui.search.box import SearchBox
from hzreader.ui.search.find_controller import FindController, make_action
from hzreader.ui.search.groups import ResultNode, group_hits, short_query
from hzreader.ui.search.panel import SearchPanel
from hzreader.ui.search.runner import SearchRunner

if TYPE_CHECKING:
    from hzreader.services.searching import SearchService

log = logging.getLogger("hzreader")
DEBOUNCE_MS = 250
RESULT_LIMIT = 500
RECENT_SETTING = "search.recent"
RECENT_COUNT = 20
STATUS_MS = 5000


class SearchController(QObject):
    """Everything about searching the library in the window."""

    _notes_arrived = Signal(list)  # note ids, possibly from another thread

    def __init__(self, window: QMainWindow, dock: QDockWidget, box: SearchBox) -> None:
        super().__init__(window)
        self.setObjectName("search_controller")
        self.window = window
        self.reader = window.reader
        self.generation = 0
        self.last_query = ""  # the query of the results shown
        self.shown_generation = 0  # the search whose results are shown
        self._focus_results = False
        self.recent: list[str] = []
        self.runner = SearchRunner(self._make_service, self)
        self.box = box  # in the toolbar from the first frame
        self.dock = dock
        self.panel = SearchPanel(dock)
        dock.setWidget(self.panel)
        self.progress = window.progress_bar  # the shell's, in the status bar from the start
        self.progress.setFormat(self.tr("建立搜索索引 %p%"))
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        # Notes changed under a search that is shown: search again, quietly (not raising
        # the results over the notes the user is working in).
        self._refresh = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.search_action = make_action(
            window, "action_search", self.tr("搜索全文(&S)…"), ["Ctrl+Shift+F"],
            self.tr("在全部文档的正文和笔记中搜索"),
        )  # fmt: skip
        self._place()
        self.finder = FindController(window, lambda: self.last_query)
        self._wire()
        self._enable(False)
        attached = getattr(window, "attached", None)
        if attached is not None:
            attached.connect(self._attached)
        window.installEventFilter(self)

    # -- building ------------------------------------------------------------------------

    def _place(self) -> None:
        edit_menu = self.window.findChild(QMenu, "menu_edit")
        if edit_menu is not None:
            edit_menu.addSeparator()
            edit_menu.addAction(self.search_action)  # the find actions follow it

    def _wire(self) -> None:
        self.search_action.triggered.connect(self.focus_search)
        self.box.query_edited.connect(self._edited)
        self.box.submitted.connect(self._submitted)
        self.box.results_requested.connect(self.panel.focus_results)
        self.box.scope_changed.connect(self.search_now)
        self._debounce.timeout.connect(self.search_now)
        self._refresh.timeout.connect(lambda: self.search_now(raise_dock=False))
        self.panel.open_requested.connect(self.open_row)
        self.runner.results.connect(self._results)
        self.runner.failed.connect(self._failed)
        self.runner.building.connect(self._building)
        self.runner.finished.connect(self.progress.hide)
        self._notes_arrived.connect(self._notes_changed)
        shown = getattr(self.window, "document_shown", None)
        box = getattr(self.window, "document_box", None)
        if shown is not None:
            shown.connect(lambda _doc: self._document_shown())
        elif box is not None:
            box.currentIndexChanged.connect(lambda _row: QTimer.singleShot(0, self._document_shown))

    def _enable(self, enabled: bool) -> None:
        self.box.setEnabled(enabled)
        self.search_action.setEnabled(enabled)

    # -- services ------------------------------------------------------------------------

    def _make_service(self) -> SearchService | None:
        ctx = getattr(self.window, "ctx", None)
        if ctx is None:
            return None
        from hzreader.services.composition import Services

        return Services(ctx).search  # its own document cache: it works on pool threads

    def _attached(self) -> None:
        self._enable(True)
        if not self.finder.find_bar.needle():
            self.finder.toolbar.hide()  # a saved window state shows it, empty, otherwise
        reading = getattr(self.window, "reading", None)
        saved = reading.setting(RECENT_SETTING, []) if reading is not None else []
        self.recent = [q for q in saved if isinstance(q, str) and q][:RECENT_COUNT]
        self.box.set_recent(self.recent)
        self._watch_notes()

    def _annotations(self) -> Any:
        """The window's AnnotationService (the notes controller's), if it has one yet."""
        found = getattr(self.window, "annotations", None)
        if found is None:
            found = getattr(getattr(self.window, "notes", None), "service", None)
        return found

    def _watch_notes(self) -> None:
        service = self._annotations()
        if service is not None:
            self.watch_annotations(service)

    def watch_annotations(self, service: Any) -> None:
        """Keep the index in step with an AnnotationService's changes."""
        if self.notes_changed not in service.listeners:
            service.listeners.append(self.notes_changed)

    def notes_changed(self, ids: list[str]) -> None:
        """Notes were created, edited or deleted: update the index (from any thread)."""
        self._notes_arrived.emit(list(ids))

    def _notes_changed(self, ids: list[str]) -> None:
        self.runner.notes_changed(ids)
        # isVisible() is also true for a dock behind another tab: what counts is that the
        # results are open, and that no search of the user's own is on its way.
        if self.box.text().strip() and not self.dock.isHidden() and not self._debounce.isActive():
            self._refresh.start()  # the results may show these notes now

    # -- searching -----------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+Shift+F: the search box takes the keyboard; the index gets ready meanwhile."""
        self.box.take_focus()
        self.runner.warm_up()

    def settled(self) -> bool:
        """True when no search waits or runs and the panel shows the latest one's outcome."""
        return not self._debounce.isActive() and self.shown_generation == self.generation

    def _edited(self, text: str) -> None:
        if text.strip():
            self._debounce.start()
        else:
            self._debounce.stop()
            self.search_now()

    def _submitted(self, text: str) -> None:
        self._debounce.stop()
        self.remember(text)
        if text.strip() == self.last_query and not self.runner.busy():
            self.dock.show()
            self.panel.focus_results()
            return
        self._focus_results = True
        self.search_now()

    def search_now(self, *, raise_dock: bool = True) -> None:
        """Search for the box's text now (the debounce fired, Enter, another scope); the
        results come to the front unless this only refreshes them (raise_dock False)."""
        self._debounce.stop()
        self._refresh.stop()
        query = self.box.text().strip()
        self.generation += 1
        self.finder.search_changed(query)  # the marks of another query go
        if not query:
            self.runner.forget_search()
            self.last_query = ""
            self.shown_generation = self.generation
            self.panel.show_message(self.tr("在上方搜索框中输入要找的字词"))
            return
        self._watch_notes()  # the notes service may have come after attach
        document = getattr(self.window, "document", None)
        doc = document.id if self.box.current_only() and document is not None else None
        if raise_dock:
            self.dock.show()
            self.dock.raise_()  # over the notes when they share a tab
        self.panel.show_busy(self.tr("正在搜索“{0}”…").format(short_query(query)))
        self.runner.search(self.generation, query, doc, RESULT_LIMIT)

    def _results(self, generation: int, result: Any) -> None:
        if generation != self.generation or result.query != self.box.text().strip():
            return  # the text changed meanwhile: a newer search is on its way
        self.last_query = result.query
        self.shown_generation = generation
        library = getattr(self.window, "library", None)
        documents = [(d.id, d.title) for d in library.documents()] if library else []
        roots = group_hits(result.hits, documents, self._node, self.tr("前言"))
        tooltips = {}
        for root in roots:
            self._tooltips(root, tooltips)
        query = short_query(result.query)
        summary = self._summary(query, result.total, len(result.hits))
        self.panel.show_results(summary, roots, result.total, result.notice, tooltips)
        if self._focus_results:
            self._focus_results = False
            self.panel.focus_results()

    def _summary(self, query: str, total: int, shown: int) -> str:
        """The line above the results, a whole sentence for each case."""
        current = self.box.current_only()
        if total == 0:
            text = self.tr("当前文档中没有找到“{0}”") if current else self.tr("没有找到“{0}”")
        elif shown < total and current:
            text = self.tr("“{0}”：当前文档中共 %n 条结果，显示前 {1} 条", None, total)
        elif shown < total:
            text = self.tr("“{0}”：共 %n 条结果，显示前 {1} 条", None, total)
        elif current:
            text = self.tr("“{0}”：当前文档中共 %n 条结果", None, total)
        else:
            text = self.tr("“{0}”：共 %n 条结果", None, total)
        return text.format(query, shown)

    def retranslate(self) -> None:
        """After a switch of language (ui/shell/language.py): the rows that hold words of
        their own, the preamble's group and the note badges, say them in the new one."""
        stack = list(self.panel.model.roots())
        while stack:
            row = stack.pop()
            if row.kind == "group" and not row.key:
                row.label = self.tr("前言")
            stack.extend(row.children)
        self.panel.delegate.clear_cache()
        self.panel.tree.doItemsLayout()

    def _node(self, doc: str, key: str):
        library = getattr(self.window, "library", None)
        try:
            return library.document(doc).find(key) if library is not None else None
        except KnownError:
            return None

    def _tooltips(self, row: ResultNode, out: dict[int, str]) -> None:
        if row.kind == "hit":
            node = self._node(row.doc, row.key)
            out[id(row)] = node.citation if node is not None else ""
        for child in row.children:
            self._tooltips(child, out)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self.generation:
            return
        self.shown_generation = generation
        if isinstance(exc, KnownError):
            self.panel.show_message(str(exc))
            return
        log.error("search failed", exc_info=exc)
        self.panel.show_message(self.tr("搜索没有完成（详情已记入日志）。请换个说法再试。"))

    def _building(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)
        self.progress.show()
        self.panel.show_busy(self.tr("正在建立搜索索引（只在第一次或文库变化后）…"))

    def remember(self, query: str) -> None:
        """Put a query first in the recent searches (saved with the reading state)."""
        query = query.strip()
        if not query:
            return
        self.recent = [query, *[q for q in self.recent if q != query]][:RECENT_COUNT]
        self.box.set_recent(self.recent)
        saver = getattr(self.window, "saver", None)
        if saver is not None:
            saver.save_setting(RECENT_SETTING, self.recent)

    # -- opening hits and marking --------------------------------------------------------

    def open_row(self, row: ResultNode) -> None:
        """Show a hit (or a group's chapter or measure) with every match in the document marked."""
        document = getattr(self.window, "document", None)
        if document is None or document.id != row.doc:
            self.window.open_document(row.doc)
            document = getattr(self.window, "document", None)
            if document is None or document.id != row.doc:
                return
        if row.key not in self.reader.map:
            self._status(self.tr("本文档中没有这一节：{0}").format(row.key))
            return
        extra: list[tuple[int, int]] = []
        hit = row.hit
        # The hit lands with its measure's (or chapter's) heading in view, not on the top line.
        parent = row.parent
        context = parent.key if parent is not None and parent.kind == "group" else None
        if hit is None:
            self.reader.go_to_key(row.key, flash=True)
            at = self.reader.node_range(row.key)[0]
        elif hit.kind == "note":
            key, start, end = self._note_range(hit)
            at = self.reader.text_position(key, start)
            self.reader.reveal_in_context(at, context or key)
            extra.append((at, self.reader.text_position(key, end)))
            self.reader.flash_range(*extra[-1])
        else:
            offset = hit.matches[0][0] if hit.matches else 0
            at = self.reader.text_position(hit.key, offset)
            self.reader.reveal_in_context(at, context)
            span = self.reader.map.span(hit.key)
            self.reader.flash_range(span.start, span.text_start + span.text_length)
        self.finder.mark_search(self.last_query, extra, at)
        self.remember(self.last_query)

    def _note_range(self, hit: Any) -> tuple[str, int, int]:
        """(key, start, end) of the annotated words; the hit's whole node if unknown."""
        annotations = self._annotations()
        try:
            if annotations is None:
                annotations = self.window.services.annotations
            note = annotations.get(hit.annotation_id)
            if note.key in self.reader.map and note.end > note.start:
                return note.key, note.start, note.end
        except KnownError:
            pass
        return hit.key, 0, self.reader.map.span(hit.key).text_length

    def _document_shown(self) -> None:
        """Another document: the finder's marks follow; a current-document search runs again."""
        self.finder.document_shown()
        if self.box.current_only() and self.box.text().strip():
            self.search_now()

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    # -- closing -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window closes: stop an index build and wait for the running search."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            self._debounce.stop()
            self.runner.shutdown()
        return super().eventFilter(watched, event)
