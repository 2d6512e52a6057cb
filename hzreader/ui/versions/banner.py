"""The mark of an old edition in the reader: a tag at the top right of the page, "旧版 ·
现行版本：《…》", which opens the current edition."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QToolButton

from hzreader.ui import theme

MARGIN = 8
# (light, night): the tag's background, its hovered background, its edge and its text.
BACK = (QColor("#fbe9e7"), QColor("#3d2622"))
HOVER = (QColor("#f8d7d1"), QColor("#4d2e29"))
EDGE = (QColor("#e2a99f"), QColor("#7a4138"))
INK = (QColor("#8e2a1d"), QColor("#ffb4a8"))


class OldEditionBanner(QObject):
    """A button floating over the reader's viewport while an old edition is shown."""

    open_requested = Signal(str)  # the current edition's id

    def __init__(self, reader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.button = QToolButton(reader.viewport())
        self.button.setObjectName("old_edition_banner")
        self.button.hide()
        self._target: str | None = None
        self.button.clicked.connect(lambda: self._target and self.open_requested.emit(self._target))
        reader.viewport().installEventFilter(self)
        # The button has a style sheet (Qt tells it of no palette change): the reader is told.
        theme.follow_look(reader, self.apply_look)

    def colors(self) -> tuple[QColor, QColor, QColor, QColor]:
        """Background, hovered background, edge and text for the palette in use: the text
        legible on both backgrounds."""
        back, hover = theme.shade(*BACK), theme.shade(*HOVER)
        ink = theme.legible(theme.legible(theme.shade(*INK), back), hover)
        return back, hover, theme.shade(*EDGE), ink

    def apply_look(self) -> None:
        """The tag's colours for the palette in use (again after a switch of theme)."""
        back, hover, edge, ink = (c.name() for c in self.colors())
        self.button.setStyleSheet(
            f"QToolButton {{ background: {back}; color: {ink}; border: 1px solid {edge};"
            " border-radius: 3px; padding: 3px 8px; }"
            f"QToolButton:hover {{ background: {hover}; }}"
        )

    def show_old(self, newest_id: str, newest_title: str) -> None:
        """Say that the page is an old edition, and offer the current one."""
        self._target = newest_id
        self.button.setText(self.tr("旧版 · 现行版本：《{0}》").format(_short(newest_title)))
        self.button.setToolTip(
            self.tr("这是旧版本，只供查阅。点击打开现行版本《{0}》").format(newest_title)
        )
        self.button.adjustSize()
        self._place()
        self.button.show()
        self.button.raise_()

    def hide(self) -> None:
        """The page is a current edition."""
        self._target = None
        self.button.hide()

    def text(self) -> str:
        """What the banner says ('' when hidden)."""
        return self.button.text() if self.button.isVisible() else ""

    def _place(self) -> None:
        viewport = self.reader.viewport()
        size = self.button.sizeHint()
        self.button.move(max(0, viewport.width() - size.width() - MARGIN), MARGIN)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep to the top right corner when the reader is resized."""
        if event.type() == QEvent.Type.Resize and self.button.isVisible():
            self._place()
        return False


def _short(title: str, limit: int = 24) -> str:
    return title if len(title) <= limit else title[:limit] + "…"
