"""Bookmarks, back and forward, and the study map, wired into the window.

Ctrl+D bookmarks the clause at the text cursor (when it is in view) or at the top of the view;
the 书签 list sits below the outline tree. Every jump the user asks for (outline, search hits,
notes, links, bookmarks, a document opened) leaves its place in a history that Alt+← and
Alt+→ walk. The reader's tracker marks clauses read; the outline shows the map quietly."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox

from hzreader.core.errors import KnownError
from hzreader.core.navigation import JumpHistory, Place
from hzreader.core.study import clause_of
from hzreader.ui.bookmarks.panel import BookmarksPanel
from hzreader.ui.bookmarks.tracker import DWELL_MS, ReadTracker
from hzreader.ui.errors import report_unexpected, show_known_error

log = logging.getLogger("hzreader")

SWITCH_GRACE_S = 0.5  # a jump right after it opened a document is part of the same jump
STUDY_REFRESH_MS = 300
LABEL_CHARS = 24


class BookmarksController(QObject):
    """The 前往 menu's actions, the 书签 list in the outline dock, the reader's tracker."""

    def __init__(self, window, go_menu: QMenu, *, dwell_ms: int = DWELL_MS) -> None:
        super().__init__(window)
        self.setObjectName("bookmarks_controller")
        self.window = window
        self.reader = window.reader
        self.panel = BookmarksPanel(window.outline)
        window.outline.set_section(self.panel)
        self.jumps = JumpHistory()
        self._navigating = False
        self._switched_at: float | None = None
        self._recorded_at = 0.0
        self._study_doc: str | None = None
        self.study = None  # the StudyMap shown
        self._make_actions(go_menu)
        self.tracker = ReadTracker(self.reader, window, self._record, dwell_ms=dwell_ms)
        self.tracker.read.connect(lambda _doc, _key: self._study_timer.start())
        self._study_timer = QTimer(self, singleShot=True, interval=STUDY_REFRESH_MS)
        self._study_timer.timeout.connect(self.refresh_study)

        self.panel.jump_requested.connect(self.jump_to)
        self.panel.rename_requested.connect(self.rename)
        self.panel.delete_requested.connect(self.delete)
        self.reader.about_to_jump.connect(self._jumping)
        window.document_shown.connect(self._document_shown)
        window.attached.connect(self._attach)
        window.features_built.connect(self._features_built)
        if window.services is not None:
            self._attach()

    # -- building ------------------------------------------------------------------------

    def _action(self, name: str, text: str, shortcut, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        self.window.addAction(action)
        return action

    def _make_actions(self, menu: QMenu) -> None:
        self.back_action = self._action(
            "action_go_back", self.tr("后退(&B)"), "Alt+Left",
            self.tr("回到跳转之前的位置"),
        )  # fmt: skip
        self.forward_action = self._action(
            "action_go_forward", self.tr("前进(&F)"), "Alt+Right",
            self.tr("再到后退之前的位置"),
        )  # fmt: skip
        self.add_action = self._action(
            "action_add_bookmark", self.tr("给当前条款加书签(&D)"), "Ctrl+D",
            self.tr("给光标处（或视图顶端）的条款加书签"),
        )  # fmt: skip
        self.list_action = self._action(
            "action_show_bookmarks", self.tr("书签列表(&L)"), "Ctrl+Shift+K",
            self.tr("到提纲栏下方的书签列表"),
        )  # fmt: skip
        self.reset_action = self._action(
            "action_reset_study", self.tr("清除本文档的阅读记录(&C)…"), "",
            self.tr("忘记本文档哪些条款已读（可撤销）"),
        )  # fmt: skip
        self.back_action.triggered.connect(self.go_back)
        self.forward_action.triggered.connect(self.go_forward)
        self.add_action.triggered.connect(self.add_current)
        self.list_action.triggered.connect(self.show_list)
        self.reset_action.triggered.connect(self.reset_study)
        for action in (self.back_action, self.forward_action, None, self.add_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        menu.addAction(self.list_action)
        menu.addSeparator()
        menu.addAction(self.reset_action)
        self._update_actions()

    def _attach(self) -> None:
        services = self.window.services
        if services is None:
            return
        if self._bookmarks_changed not in services.bookmarks.listeners:
            services.bookmarks.listeners.append(self._bookmarks_changed)
            services.study.listeners.append(self._study_changed)
        self.refresh()
        self._document_shown(self.window.document.id if self.window.document else "")

    def _features_built(self) -> None:
        notes = self.window.notes
        if notes is not None:
            notes.notes_changed.connect(lambda _ids: self._study_timer.start())

    # -- history -------------------------------------------------------------------------

    def here(self) -> Place | None:
        """The place in view now."""
        doc = self.window.document
        anchor = self.reader.top_anchor()
        if doc is None or anchor is None:
            return None
        return Place(doc.id, anchor[0], anchor[1])

    def _jumping(self) -> None:
        if self._navigating:
            return
        if self._switched_at is not None and time.monotonic() - self._switched_at < SWITCH_GRACE_S:
            self._switched_at = None  # the scroll after a document was opened for a jump
            return
        place = self.here()
        if place is None:
            return
        self.jumps.record(place)
        self._recorded_at = time.monotonic()
        self._update_actions()

    def go_back(self) -> None:
        """Return to where the last jump left."""
        self._walk(self.jumps.back)

    def go_forward(self) -> None:
        """Go again where going back left."""
        self._walk(self.jumps.forward)

    def _walk(self, step) -> None:
        here = self.here()
        known = self._document_ids()
        while True:
            target = step(here)
            if target is None or target.doc in known:
                break
            self.jumps.forget(target.doc)  # a document deleted since
            here = None
        if target is not None:
            self._go(target)
        self._update_actions()

    def _go(self, place: Place) -> None:
        window = self.window
        self._navigating = True
        try:
            if window.document is None or window.document.id != place.doc:
                window.open_document(place.doc)
            shown = window.document is not None and window.document.id == place.doc
            if shown and self.reader.scroll_to_key(place.key, place.offset):
                self.reader.place_cursor(self.reader.text_position(place.key, place.offset))
        finally:
            self._navigating = False
        self.reader.setFocus()

    def _document_ids(self) -> set[str]:
        library = self.window.library
        return {d.id for d in library.documents()} if library is not None else set()

    def _update_actions(self) -> None:
        self.back_action.setEnabled(self.jumps.can_back())
        self.forward_action.setEnabled(self.jumps.can_forward())

    # -- bookmarks -----------------------------------------------------------------------

    def current_clause(self) -> str | None:
        """The clause at the text cursor when it is in view, else at the top of the view."""
        doc = self.window.document
        if doc is None:
            return None
        cursor_rect = self.reader.cursorRect()
        in_view = 0 <= cursor_rect.top() < self.reader.viewport().height()
        key = self.reader.key_at(self.reader.textCursor().position()) if in_view else None
        key = key or self.reader.top_key()
        if key is None:
            return None
        return clause_of(doc, key) or key

    def add_current(self) -> None:
        """Ctrl+D: bookmark the current clause (one that has a bookmark is shown in the list)."""
        services, doc = self.window.services, self.window.document
        key = self.current_clause()
        if services is None or doc is None or key is None:
            return
        try:
            had = services.bookmarks.for_key(key, doc.id)
            mark = had or services.bookmarks.add(key, doc.id)
        except KnownError as exc:
            show_known_error(self.window, exc)
            return
        self.refresh()
        self.panel.select(mark.id)
        text = self.tr("这一条已有书签：{0}") if had else self.tr("已加书签：{0}")
        self.window.statusBar().showMessage(text.format(mark.citation or mark.key), 4000)

    def show_list(self) -> None:
        """Bring the outline dock forward with the keyboard in the bookmarks list."""
        outline = self.window.outline
        outline.show()
        outline.raise_()
        if self.panel.list.currentRow() < 0 and self.panel.list.count():
            self.panel.list.setCurrentRow(0)
        self.panel.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def jump_to(self, doc_id: str, key: str) -> None:
        """Show a bookmarked clause (in its own document)."""
        window = self.window
        if window.document is None or window.document.id != doc_id:
            window.open_document(doc_id)
        if window.document is not None and window.document.id == doc_id:
            window.open_node(key)

    def rename(self, bookmark_id: str) -> None:
        """F2 or a double-click: the bookmark's own name (empty shows its citation)."""
        services = self.window.services
        mark = self.panel.bookmark(bookmark_id)
        if services is None or mark is None:
            return
        name, ok = QInputDialog.getText(
            self.window,
            self.tr("重命名书签"),
            self.tr("书签名称（留空则显示引文）："),
            QLineEdit.EchoMode.Normal,
            mark.name or self._label(mark),
        )
        if not ok:
            return
        if name.strip() == self._label(mark):
            name = ""  # the default kept as it was: it stays the default
        try:
            services.bookmarks.rename(bookmark_id, name)
        except KnownError as exc:
            show_known_error(self.window, exc)

    def delete(self, bookmark_id: str) -> None:
        """Delete a bookmark (Ctrl+Z brings it back)."""
        services = self.window.services
        if services is None:
            return
        row = self.panel.list.currentRow()
        try:
            services.bookmarks.remove(bookmark_id)
        except KnownError as exc:
            show_known_error(self.window, exc)
            return
        self.panel.list.setCurrentRow(min(row, self.panel.list.count() - 1))
        self.window.statusBar().showMessage(self.tr("已删除书签（Ctrl+Z 撤销）"), 4000)

    def _bookmarks_changed(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """List the bookmarks again (after a change here, a restore, the command line)."""
        services = self.window.services
        if services is None:
            return
        try:
            marks = services.bookmarks.list()
        except Exception as exc:  # a damaged database: say so, keep the window
            report_unexpected(self.window, exc)
            return
        self.panel.set_bookmarks([(m, self._label(m, full=True), self._tip(m)) for m in marks])
        self._study_timer.start()

    def _label(self, mark, *, full: bool = False) -> str:
        """A bookmark's name, else its clause as the outline names it (with its citation's
        short form under it in the list)."""
        node = self._node(mark)
        if node is not None:
            text = node.title or node.text.strip()
            default = f"{node.marker}{text[:LABEL_CHARS]}{'…' if len(text) > LABEL_CHARS else ''}"
        else:
            default = mark.key
        if not full:
            return default
        name = mark.name or default
        short = mark.citation.split("》", 1)[-1] if mark.citation else ""
        current = self.window.document.id if self.window.document else None
        if mark.doc != current and mark.citation:
            short = mark.citation  # another document: its title is part of the citation
        if not mark.found:
            short = self.tr("（原文中已找不到的条款）")
        return f"{name}\n{short}" if short else name

    def _tip(self, mark) -> str:
        return mark.citation or mark.key

    def _node(self, mark):
        library = self.window.library
        if library is None:
            return None
        try:
            return library.document(mark.doc).find(mark.key)
        except KnownError:
            return None

    # -- the study map -------------------------------------------------------------------

    def _record(self, doc_id: str, keys: list[str]) -> None:
        services = self.window.services
        if services is None:
            return
        try:
            services.study.record(doc_id, keys)
        except KnownError as exc:  # a full disk: say it once in the status bar
            self.window.statusBar().showMessage(str(exc), 6000)
        except Exception:
            log.exception("recording the study map failed")

    def _document_shown(self, doc_id: str) -> None:
        now = time.monotonic()
        if self._study_doc not in (None, doc_id) and now - self._recorded_at < SWITCH_GRACE_S:
            self._switched_at = now  # this document was opened by the jump just recorded
        self._study_doc = doc_id
        services, doc = self.window.services, self.window.document
        if services is None or doc is None:
            return
        try:
            read = services.study.read_keys(doc.id)
        except Exception:
            log.exception("reading the study map failed")
            read = set()
        self.tracker.set_document(doc, read)
        self.refresh()  # the short citations depend on the document shown
        self.refresh_study()

    def _study_changed(self, doc_id: str) -> None:
        services = self.window.services
        if services is not None and doc_id == self._study_doc:
            self.tracker.forget(doc_id, services.study.read_keys(doc_id))
            self._study_timer.start()

    def refresh_study(self) -> None:
        """Show the study map of the document in the outline and its progress above it."""
        services, doc = self.window.services, self.window.document
        outline = self.window.outline
        if services is None or doc is None:
            return
        try:
            found = services.study.map(doc.id)
        except KnownError:
            return
        self.study = found
        outline.set_study(found.nodes)
        outline.set_progress(
            self.tr("已读 {0}%  ·  {1}/{2} 条").format(found.percent, found.read, found.total),
            self.tr("本文档 {0} 条中已读 {1} 条，已批注 {2} 条").format(
                found.total, found.read, found.annotated
            ),
        )

    def reset_study(self) -> None:
        """Forget what was read of the document shown, after asking (Ctrl+Z brings it back)."""
        services, doc = self.window.services, self.window.document
        if services is None or doc is None:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("清除阅读记录"),
            self.tr(
                "清除《{0}》的阅读记录？已读的标记将被清除，笔记不受影响。可用 Ctrl+Z 撤销。"
            ).format(doc.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.tracker.flush()
        count = services.study.reset(doc.id)
        self.window.statusBar().showMessage(
            self.tr("已清除 {0} 条阅读记录（Ctrl+Z 撤销）").format(count), 4000
        )

    def retranslate(self) -> None:
        """After a switch of language: the texts made here are said again."""
        self.refresh()
        self.refresh_study()

    def shutdown(self) -> None:
        """The window closes: what was read is written."""
        self.tracker.stop()
