"""The window's docks as frames: created with the first frame (so a saved layout is restored
at once and the 视图 menu is complete), filled by their features right after it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from hzreader.ui.shell.dock_keys import DockKey

Area = Qt.DockWidgetArea


class DockFrames(QObject):
    """One empty QDockWidget per feature dock, placed where it goes by default."""

    def __init__(self, window: QMainWindow, outline: QDockWidget) -> None:
        super().__init__(window)
        self._window = window
        self.library = self._frame(
            "library_dock", self.tr("文库"), Area.LeftDockWidgetArea,
            "action_toggle_library", self.tr("文库(&K)"), "Ctrl+Shift+L",
            self.tr("打开或关闭文库：导入的全部文档"),
        )  # fmt: skip
        self.tags = self._frame(
            "tags_dock", self.tr("标签"), Area.LeftDockWidgetArea,
            "action_toggle_tags", self.tr("标签(&G)"), "Ctrl+Shift+G",
            self.tr("打开或关闭标签树"),
        )  # fmt: skip
        self.notes = self._frame(
            "notes_dock", self.tr("笔记"), Area.RightDockWidgetArea,
            "action_toggle_notes", self.tr("笔记(&N)"), "Ctrl+Shift+N",
            self.tr("打开或关闭笔记列表"),
        )  # fmt: skip
        self.search = self._frame(
            "search_dock", self.tr("搜索结果"), Area.RightDockWidgetArea,
            "action_toggle_search_results", self.tr("搜索结果(&R)"), "Ctrl+Shift+R",
            self.tr("打开或关闭搜索结果面板"),
        )  # fmt: skip
        self.targets = self._frame(
            "targets_dock", self.tr("指标台账"), Area.BottomDockWidgetArea,
            "action_toggle_targets", self.tr("指标台账(&L)"), "Ctrl+Shift+T",
            self.tr("打开或关闭指标台账：量化指标、实际值和进度"),
        )  # fmt: skip
        self.tasks = self._frame(
            "tasks_dock", self.tr("任务分解"), Area.BottomDockWidgetArea,
            "action_toggle_tasks", self.tr("任务分解(&J)"), "Ctrl+Shift+J",
            self.tr("打开或关闭任务分解表：条款、牵头单位、完成时限和进展"),
        )  # fmt: skip
        self.related = self._frame(
            "related_dock", self.tr("相关条款"), Area.RightDockWidgetArea,
            "action_toggle_related", self.tr("相关条款(&X)"), "Ctrl+Shift+X",
            self.tr("打开或关闭相关条款：当前条款在文库各文档中的相关条款"),
        )  # fmt: skip
        self.review = self._frame(
            "review_dock", self.tr("需复核"), Area.RightDockWidgetArea,
            "action_toggle_review", self.tr("需复核的笔记(&V)"), "Ctrl+Shift+V",
            self.tr("打开或关闭需复核的笔记：导入新版本后没能确定位置的笔记"),
        )  # fmt: skip
        # The outline, the library and the tags share the left side; the lists to jump from
        # (notes, search results, related clauses, notes to review) the right. The outline
        # stays in front.
        window.tabifyDockWidget(outline, self.library)
        window.tabifyDockWidget(outline, self.tags)
        window.tabifyDockWidget(self.notes, self.search)
        window.tabifyDockWidget(self.targets, self.tasks)
        window.tabifyDockWidget(self.notes, self.related)
        window.tabifyDockWidget(self.notes, self.review)
        outline.raise_()
        self.notes.raise_()
        self.search.hide()  # until the first search; a saved layout may show it
        self.targets.hide()  # until asked for
        self.tasks.hide()
        self.review.hide()  # until an edition leaves notes to review
        # Each dock's key brings it forward with the keyboard in it (and closes it only
        # when it is in front and has the keyboard already).
        self.keys = [DockKey(d) for d in (outline, *self.frames())]

    def _frame(
        self, name: str, title: str, area: Area, toggle_name: str, text: str, key: str, tip: str
    ) -> QDockWidget:
        frame = QDockWidget(title, self._window)
        frame.setObjectName(name)
        waiting = QLabel(self.tr("正在载入…"), frame)
        waiting.setObjectName(f"{name}_waiting")
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        waiting.setEnabled(False)  # drawn in the disabled (grey) colour
        frame.setWidget(waiting)
        toggle = frame.toggleViewAction()
        toggle.setObjectName(toggle_name)
        toggle.setText(text)
        toggle.setShortcut(QKeySequence(key))
        toggle.setStatusTip(tip)
        self._window.addDockWidget(area, frame)
        return frame

    def frames(self) -> list[QDockWidget]:
        """Every frame."""
        return [
            self.library, self.tags, self.notes, self.search, self.targets, self.related,
            self.review, self.tasks,
        ]  # fmt: skip

    def _menu_order(self) -> list[QDockWidget]:
        return [
            self.library, self.notes, self.tags, self.search, self.related, self.review,
            self.targets, self.tasks,
        ]  # fmt: skip

    def toggles(self) -> list:
        """The show/hide actions of the frames, in the order of the 视图 menu."""
        return [f.toggleViewAction() for f in self._menu_order()]
