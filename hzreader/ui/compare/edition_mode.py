"""与旧版对比 while it is on: the comparison worked out off the UI thread, then read in an
EditionView; the outline shows the comparison with every change marked, and its clicks
(and F7 / Shift+F7) move the comparison's reader."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from hzreader.ui.compare.changes import ChangeView, change_view
from hzreader.ui.compare.edition_view import STATUS_STYLE, EditionView, change_tip
from hzreader.ui.outline import OutlineMark

CHANNEL = "edition_compare"


def comparison_work(old_id: str, new_id: str):
    """The work for the matching thread: compare two editions and lay the result out."""

    def work(services) -> tuple[ChangeView, str, str]:
        editions, library = services.editions, services.library
        comparison = editions.compare(old_id, new_id)
        old, new = library.document(old_id), library.document(new_id)
        return change_view(old, new, comparison), old.title, new.title

    return work


class EditionComparison(QObject):
    """One comparison on screen: its view, where F7 is, the outline borrowed meanwhile."""

    shown = Signal()

    def __init__(self, window, view: EditionView, old_id: str, new_id: str) -> None:
        super().__init__(view)
        self.window = window
        self.view = view
        self.old_id, self.new_id = old_id, new_id
        self.change: ChangeView | None = None
        self.index = -1
        self._outline_borrowed = False

    def show(self, change: ChangeView, old_title: str, new_title: str) -> None:
        """Lay the comparison out, and show it in the outline too."""
        self.change = change
        self.view.show_view(change, old_title, new_title, self.window.reader.point_size())
        outline = self.window.outline
        outline.set_document(change.document)
        marks = {}
        for key, c in change.statuses.items():
            sign, color = STATUS_STYLE[c.status]
            marks[key] = OutlineMark(sign, color, change_tip(c, old_title, new_title))
        outline.set_marks(marks)
        if not self._outline_borrowed:
            # The outline's clicks move the comparison's reader while it is shown.
            outline.open_node_requested.disconnect(self.window.open_node)
            outline.open_node_requested.connect(self.open_key)
            self.view.reader.current_key_changed.connect(self._follow_outline)
            self._outline_borrowed = True
        self.shown.emit()

    def give_back(self) -> None:
        """The outline is the document's again."""
        outline = self.window.outline
        if self._outline_borrowed:
            outline.open_node_requested.disconnect(self.open_key)
            outline.open_node_requested.connect(self.window.open_node)
            self.view.reader.current_key_changed.disconnect(self._follow_outline)
            self._outline_borrowed = False
        outline.set_marks({})
        outline.set_document(self.window.document)

    def open_key(self, key: str) -> None:
        """Show a node of the comparison (an outline click)."""
        shown = self.view.reader.scroll_to_key(key, flash=True)
        if shown and self.change is not None and key in self.change.order:
            self.index = self.change.order.index(key)
            self.view.set_position(self.index)
        self.view.reader.setFocus()

    def step(self, forward: bool) -> str | None:
        """Go to the next (or previous) change, round the end; its key."""
        if self.change is None or not self.change.order:
            return None
        n = len(self.change.order)
        if self.index < 0:
            self.index = 0 if forward else n - 1
        else:
            self.index = (self.index + (1 if forward else -1)) % n
        key = self.change.order[self.index]
        self.view.reader.scroll_to_key(key, flash=True)
        self.view.set_position(self.index)
        self.window.outline.select_key(key)
        return key

    def _follow_outline(self, key: str) -> None:
        reader = self.view.reader
        for candidate in [key, *reader.map.ancestors(key)]:
            if self.window.outline.select_key(candidate):
                break
