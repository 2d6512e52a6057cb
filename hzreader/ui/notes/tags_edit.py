"""A line of tags (comma or space separated) that completes the tag being typed."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from hzreader.core.annotation import with_parents

__all__ = ["TagsEdit", "split_tags", "with_parents"]

SEPARATORS = re.compile(r"[,，、;；\s]+")


def split_tags(text: str) -> list[str]:
    """Tags from what was typed: separated by commas (, ，、) or spaces; no repeats."""
    return list(dict.fromkeys(t for t in SEPARATORS.split(text) if t.strip("/ ")))


class TagsEdit(QLineEdit):
    """Type 萧 and get 调研/萧山 offered; choosing it replaces only the tag being typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("标签，用逗号或空格分开，如 部门/发改, 住房"))
        self._model = QStringListModel(self)
        self.tag_completer = QCompleter(self._model, self)
        self.tag_completer.setWidget(self)
        self.tag_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.tag_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_completer.activated.connect(self.insert_completion)
        self.textEdited.connect(lambda _text: self.update_completion())

    def set_known_tags(self, names: Iterable[str]) -> None:
        """The tags to offer (their parent levels are offered too)."""
        self._model.setStringList(with_parents(names))

    def known_tags(self) -> list[str]:
        """The tags offered."""
        return self._model.stringList()

    def tags(self) -> list[str]:
        """The tags typed."""
        return split_tags(self.text())

    def set_tags(self, tags: Iterable[str]) -> None:
        """Show these tags."""
        self.setText(", ".join(tags))

    def current_token(self) -> tuple[int, int, str]:
        """(start, end, text) of the tag under the cursor."""
        text, cursor = self.text(), self.cursorPosition()
        start = cursor
        while start > 0 and not SEPARATORS.match(text[start - 1]):
            start -= 1
        end = cursor
        while end < len(text) and not SEPARATORS.match(text[end]):
            end += 1
        return start, end, text[start:end]

    def update_completion(self) -> None:
        """Offer the known tags that contain what is being typed."""
        _start, _end, token = self.current_token()
        popup = self.tag_completer.popup()
        if not token:
            popup.hide()
            return
        self.tag_completer.setCompletionPrefix(token)
        if self.tag_completer.completionCount() == 0:
            popup.hide()
            return
        popup.setCurrentIndex(self.tag_completer.completionModel().index(0, 0))
        self.tag_completer.complete()

    def insert_completion(self, completion: str) -> None:
        """Replace the tag being typed with a chosen one."""
        start, end, _token = self.current_token()
        text = self.text()
        rest = text[end:].lstrip(", ，、")
        head = text[:start] + completion + ", "
        self.setText(head + rest)
        self.setCursorPosition(len(head))

    def keyPressEvent(self, event) -> None:
        """Enter, Tab and Esc belong to the completion list while it is open."""
        keys = (Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Tab)
        if self.tag_completer.popup().isVisible() and event.key() in keys:
            event.ignore()
            return
        super().keyPressEvent(event)
