"""The mark of an old edition in the reader: a tag at the top right of the page, "旧版 ·
现行版本：《…》", which opens the current edition."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QToolButton

MARGIN = 8


class OldEditionBanner(QObject):
    """A button floating over the reader's viewport while an old edition is shown."""

    open_requested = Signal(str)  # the current edition's id

    def __init__(self, reader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.button = QToolButton(reader.viewport())
        self.button.setObjectName("old_edition_banner")
        self.button.setStyleSheet(
            "QToolButton { background: #fbe9e7; color: #8e2a1d; border: 1px solid #e2a99f;"
            " border-radius: 3px; padding: 3px 8px; }"
            "QToolButton:hover { background: #f8d7d1; }"
        )
        self.button.hide()
        self._target: str | None = None
        self.button.clicked.connect(lambda: self._target and self.open_requested.emit(self._target))
        reader.viewport().installEventFilter(self)

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
