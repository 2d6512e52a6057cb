"""The dialog to record an actual value of a target: value, date, source, note."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hzreader.core.errors import KnownError
from hzreader.core.ledger import parse_date, parse_value
from hzreader.core.targets import Target
from hzreader.ui import theme
from hzreader.ui.targets.model import shown_goal

_SEPARATORS = "-/.年月日－／．"


class TypedDateEdit(QDateEdit):
    """A date field that takes typing where the user clicked: the section clicked into
    (year, month, day) is selected, so typed digits replace it. QDateEdit types over a
    section only while it is selected; with the caret inside a full one (2026|) it
    ignores the digits, and only the arrow keys changed the date."""

    def __init__(self, date: QDate, parent: QWidget | None = None) -> None:
        super().__init__(date, parent)
        # Clicks go to the line edit inside: watch them there.
        self.lineEdit().installEventFilter(self)

    def _select_section(self) -> None:
        if self.hasFocus() and not self.lineEdit().hasSelectedText():
            self.setSelectedSection(self.currentSection())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """2024-06-30, 2024/6/30 and 2024年6月30日 typed out: a separator moves on to the
        next section, unless a full section just did (Qt moves on by itself after 2024)."""
        text = event.text()
        if text and text in _SEPARATORS:
            if self.lineEdit().hasSelectedText():
                event.accept()  # already at the start of the next section
                return
            if text != "-":
                event = QKeyEvent(
                    QEvent.Type.KeyPress, Qt.Key.Key_Minus, Qt.KeyboardModifier.NoModifier, "-"
                )
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """After a click in the text: the section under the caret is selected."""
        if watched is self.lineEdit() and event.type() == QEvent.Type.MouseButtonRelease:
            QTimer.singleShot(0, self, self._select_section)  # once the click placed the caret
        return super().eventFilter(watched, event)


class ActualDialog(QDialog):
    """Asks for one actual value; accepts only a finite number and a real date."""

    def __init__(self, target: Target, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actual_dialog")
        self.setWindowTitle(self.tr("记录实际值"))
        self.target = target
        heading = QLabel(
            self.tr("<b>{0}</b>　目标 {1}").format(_escape(target.name), shown_goal(target))
        )
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.value_edit = QLineEdit(self)
        self.value_edit.setObjectName("actual_value")
        self.value_edit.setPlaceholderText(self.tr("例如 5.3"))
        unit = QLabel(target.unit or self.tr("（无单位）"), self)
        self.date_edit = TypedDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("actual_date")
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.source_edit = QLineEdit(self)
        self.source_edit.setObjectName("actual_source")
        self.source_edit.setPlaceholderText(self.tr("例如 区统计局 2024 年统计公报"))
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("actual_note")
        self.note_edit.setPlaceholderText(self.tr("备注（可选）"))
        self.note_edit.setMaximumHeight(90)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("actual_error")
        theme.tint_label(self.error_label, "#b3261e", "#ff8a80")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("实际值(&V)："), self.value_edit)
        form.addRow(self.tr("单位："), unit)
        form.addRow(self.tr("日期(&D)："), self.date_edit)
        form.addRow(self.tr("来源(&S)："), self.source_edit)
        form.addRow(self.tr("备注(&N)："), self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("记录"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.value_edit.setFocus()
        self.resize(420, self.sizeHint().height())

    def values(self) -> tuple[float, str, str, str]:
        """(value, YYYY-MM-DD, source, note) as entered; KnownError when not valid."""
        value = parse_value(self.value_edit.text())
        day = parse_date(self.date_edit.date().toString("yyyy-MM-dd"))
        return value, day, self.source_edit.text().strip(), self.note_edit.toPlainText().strip()

    def accept(self) -> None:
        """Close only on valid input; otherwise say what is wrong and stay open."""
        try:
            self.values()
        except KnownError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            self.value_edit.setFocus()
            self.value_edit.selectAll()
            return
        super().accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
