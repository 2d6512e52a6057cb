"""Find in page: a bar under the reader (field, previous, next, count, close), literal matching."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class _FoldTable(dict):
    """str.translate table: full-width forms to ASCII and upper to lower case, one for one."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        out = char
        if 0xFF01 <= code <= 0xFFEF or code == 0x3000:
            nfkc = unicodedata.normalize("NFKC", char)
            out = nfkc if len(nfkc) == 1 else char
        lower = out.lower()
        out = lower if len(lower) == 1 else out
        self[code] = out
        return out


_FOLD = _FoldTable()


def fold_chars(text: str) -> str:
    """Fold a text for literal finding without changing its length (offsets stay valid)."""
    return text.translate(_FOLD)


def literal_spans(folded_text: str, needle: str) -> list[tuple[int, int]]:
    """Every non-overlapping occurrence of needle in an already folded text."""
    folded = fold_chars(needle)
    if not folded:
        return []
    spans: list[tuple[int, int]] = []
    at = folded_text.find(folded)
    while at >= 0:
        spans.append((at, at + len(folded)))
        at = folded_text.find(folded, at + len(folded))
    return spans


class _FindField(QLineEdit):
    """The find field: Enter finds the next, Shift+Enter the previous, Esc closes."""

    enter_pressed = Signal(bool)  # backwards
    escape_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter and Esc act on the bar; everything else edits the text."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit(bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            return
        if key == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    """Emits intents only; the search controller finds and marks."""

    needle_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(4)
        label = QLabel(self.tr("在本文档中查找："), self)
        self.field = _FindField(self)
        self.field.setObjectName("find_field")
        self.field.setPlaceholderText(self.tr("查找（Ctrl+F）"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(220)
        self.field.setMaximumWidth(360)
        label.setBuddy(self.field)
        self.previous_button = self._button("find_previous", "▲", self.tr("上一处（Shift+F3）"))
        self.next_button = self._button("find_next", "▼", self.tr("下一处（F3）"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("find_count")
        self.count_label.setMinimumWidth(64)
        self.close_button = self._button("find_close", "✕", self.tr("关闭查找栏（Esc）"))
        for widget in (label, self.field, self.previous_button, self.next_button):
            layout.addWidget(widget)
        layout.addWidget(self.count_label)
        layout.addStretch(1)
        layout.addWidget(self.close_button)

        self.field.textChanged.connect(self.needle_changed)
        self.field.enter_pressed.connect(
            lambda back: (self.previous_requested if back else self.next_requested).emit()
        )
        self.field.escape_pressed.connect(self.close_requested)
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.close_button.clicked.connect(self.close_requested)

    def _button(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    def needle(self) -> str:
        """The text to find."""
        return self.field.text()

    def start(self, needle: str | None = None) -> None:
        """Take the keyboard, with a new needle (a selection) or the last one selected."""
        if needle:
            self.field.setText(needle)
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def show_count(self, current: int, total: int) -> None:
        """ "3/12", "0/12" before the first move, or 无结果 (in red) when nothing matches."""
        if not self.needle():
            self.count_label.setText("")
            self.count_label.setStyleSheet("")
        elif total == 0:
            self.count_label.setText(self.tr("无结果"))
            self.count_label.setStyleSheet("color: #b3261e;")
        else:
            self.count_label.setText(f"{current}/{total}")
            self.count_label.setStyleSheet("")
