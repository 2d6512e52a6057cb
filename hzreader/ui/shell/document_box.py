"""The toolbar's document chooser: as wide as the title up to a limit, narrower when the
toolbar is short of room, the title shortened with … and whole in the tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QComboBox, QWidget

MAX_WIDTH = 420
MIN_CHARACTERS = 8


class DocumentBox(QComboBox):
    """A QComboBox that elides the current title instead of cutting it."""

    _painting = False  # (a class default: Qt asks for the style option while constructing)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMaximumWidth(MAX_WIDTH)
        self.currentIndexChanged.connect(lambda _row: self.setToolTip(self.currentText()))

    def minimumSizeHint(self) -> QSize:
        """Room for a few characters: the toolbar shrinks this box before it hides tools."""
        size = super().minimumSizeHint()
        room = self.fontMetrics().horizontalAdvance("文" * MIN_CHARACTERS) + 32
        return QSize(min(size.width(), room), size.height())

    def paintEvent(self, event) -> None:
        """Qt's own painting; the title it is given is elided to the room there is."""
        self._painting = True
        try:
            super().paintEvent(event)
        finally:
            self._painting = False

    def initStyleOption(self, option) -> None:
        """While painting, the current title shortened to the text's room.

        The room is the box's width less what Qt adds around the widest title for the size
        hint (the frame and the arrow): at the hint's width the widest title just fits. It
        is worked out here rather than asked of the style, so that the first frame does not
        wait for PySide to build the Python side of QStyle (about 10 ms)."""
        super().initStyleOption(option)
        if not self._painting:
            return  # Qt measuring the size hint: the whole titles
        hint = self.sizeHint().width()
        if self.width() >= hint:
            return  # every title fits
        metrics = self.fontMetrics()
        widest = max(
            (metrics.boundingRect(self.itemText(i)).width() for i in range(self.count())),
            default=0,
        )
        room = self.width() - (hint - widest)
        option.currentText = metrics.elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(0, room)
        )
