"""The toolbar's document chooser: as wide as the title up to a limit, narrower when the
toolbar is short of room, the title shortened with … and whole in the tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

MAX_WIDTH = 420
MIN_CHARACTERS = 8


class DocumentBox(QComboBox):
    """A QComboBox that elides the current title instead of cutting it."""

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

    def paintEvent(self, _event) -> None:
        """The frame and arrow as usual; the title elided to the room there is."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
