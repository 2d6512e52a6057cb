"""The note editor: Markdown with a live preview, tags, colour, the quoted clause."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hzreader.core.annotation import Annotation
from hzreader.ui import theme
from hzreader.ui.markdown_view import SafeBrowser
from hzreader.ui.notes.colors import NoteColor, swatch_icon
from hzreader.ui.notes.tags_edit import TagsEdit

PREVIEW_DELAY_MS = 150
QUOTE_BACK = (QColor("#f6f3ea"), QColor("#35332c"))  # (light, night): the quoted clause's box
QUOTE_EDGE = QColor("#c9b26b")
QUOTE_CHARS = 300


@dataclass(frozen=True)
class NoteTarget:
    """Where a new note goes: a span of one node's text (the whole node when start is None)."""

    doc_id: str
    key: str
    quote: str
    citation: str
    start: int | None = None
    end: int | None = None


class NoteEditor(QDialog):
    """Edits one note; emits save_requested / delete_requested, the controller acts."""

    save_requested = Signal(object)  # this editor
    delete_requested = Signal(str)  # annotation id

    def __init__(
        self, colors: list[NoteColor], tags: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("note_editor")
        self.setWindowTitle(self.tr("笔记"))
        self.resize(820, 560)
        self.annotation_id: str | None = None
        self.target: NoteTarget | None = None
        self._saved: tuple[str, list[str], str] = ("", [], "yellow")
        # Asked when closing with unsaved changes: "save", "discard" or "cancel".
        self.ask_unsaved: Callable[[], str] = self._ask_unsaved

        self.quote_label = QLabel(self)
        self.quote_label.setObjectName("note_quote")
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote_label.setFrameShape(QFrame.Shape.StyledPanel)
        # The label has a style sheet (Qt tells it of no palette change): the editor is told.
        theme.follow_look(self, self._style_quote)
        self.citation_label = QLabel(self)
        self.citation_label.setObjectName("note_citation")
        theme.tint_label(self.citation_label, theme.LIGHT.muted_ink, theme.DARK.muted_ink)
        self.citation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.color_box = QComboBox(self)
        self.color_box.setObjectName("note_color")
        self.tags_edit = TagsEdit(self)
        self.tags_edit.setObjectName("note_tags")
        self.tags_edit.set_known_tags(tags)
        self.set_colors(colors)

        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("note_text")
        self.text_edit.setPlaceholderText(
            self.tr("在这里写笔记，支持 Markdown：**加粗**、*斜体*、- 列表、[链接](https://…)")
        )
        self.preview = SafeBrowser(self)
        self.preview.setObjectName("note_preview")
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self.text_edit.textChanged.connect(self._preview_timer.start)

        self.save_action = self._action("action_note_save", self.tr("保存(&S)"), "Ctrl+S")
        self.save_action.setShortcuts([QKeySequence("Ctrl+S"), QKeySequence("Ctrl+Return")])
        self.delete_action = self._action(
            "action_note_delete", self.tr("删除到回收站(&D)"), "Ctrl+Shift+Delete"
        )
        self.cancel_action = self._action("action_note_cancel", self.tr("取消"), "")
        self.save_action.triggered.connect(lambda: self.save_requested.emit(self))
        self.delete_action.triggered.connect(self._delete)
        self.cancel_action.triggered.connect(self.reject)
        self._build()

    def _style_quote(self) -> None:
        """The quoted clause's box for the palette in use, its text legible on it."""
        back = theme.shade(*QUOTE_BACK)
        ink = theme.legible(self.palette().color(QPalette.ColorRole.WindowText), back)
        self.quote_label.setStyleSheet(
            f"QLabel#note_quote {{ background: {back.name()}; color: {ink.name()};"
            f" padding: 6px 10px; border-left: 4px solid {QUOTE_EDGE.name()}; }}"
        )

    def _action(self, name: str, text: str, shortcut: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)
        return action

    def _build(self) -> None:
        fields = QHBoxLayout()
        fields.addWidget(QLabel(self.tr("颜色"), self))
        fields.addWidget(self.color_box)
        fields.addSpacing(12)
        fields.addWidget(QLabel(self.tr("标签"), self))
        fields.addWidget(self.tags_edit, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("note_split")
        for title, widget in (
            (self.tr("笔记（Markdown）"), self.text_edit),
            (self.tr("预览"), self.preview),
        ):
            pane = QWidget(split)
            box = QVBoxLayout(pane)
            box.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(title, pane)
            theme.tint_label(heading, theme.LIGHT.muted_ink, theme.DARK.muted_ink)
            box.addWidget(heading)
            box.addWidget(widget)
            split.addWidget(pane)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        self.delete_button = self._button(self.delete_action, buttons)
        buttons.addStretch(1)
        self._button(self.cancel_action, buttons)
        self.save_button = self._button(self.save_action, buttons)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote_label)
        layout.addWidget(self.citation_label)
        layout.addLayout(fields)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    def _button(self, action: QAction, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(action.text(), self)
        button.setObjectName(action.objectName().replace("action_", "button_"))
        button.setAutoDefault(False)
        button.clicked.connect(action.trigger)
        row.addWidget(button)
        return button

    # -- content -------------------------------------------------------------------------

    def set_colors(self, colors: list[NoteColor]) -> None:
        """The five colours with their meanings (keeps the one chosen)."""
        current = self.color_box.currentData()
        self.color_box.clear()
        for color in colors:
            self.color_box.addItem(swatch_icon(color.hex), color.title(), color.name)
        self.select_color(current or "yellow")

    def select_color(self, name: str) -> None:
        """Choose a colour by name."""
        row = self.color_box.findData(name)
        self.color_box.setCurrentIndex(max(row, 0))

    def edit_new(self, target: NoteTarget, color: str = "yellow") -> None:
        """Start a note on a span that has none yet."""
        self.annotation_id, self.target = None, target
        self._show(target.quote, target.citation, "", [], color)
        self.delete_button.setEnabled(False)
        self.delete_action.setEnabled(False)

    def edit_existing(self, a: Annotation) -> None:
        """Edit a saved note."""
        self.annotation_id, self.target = a.id, None
        self._show(a.quote, a.citation, a.note, a.tags, a.color)
        self.delete_button.setEnabled(True)
        self.delete_action.setEnabled(True)
        if a.needs_review:
            self.citation_label.setText(
                self.tr("{0}　（原文已变动，这条笔记需要复核）").format(self.citation_label.text())
            )

    def _show(self, quote: str, citation: str, note: str, tags: list[str], color: str) -> None:
        shown = quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS] + "…"
        self.quote_label.setText(f"“{shown}”")
        self.citation_label.setText(citation)
        self.setWindowTitle(self.tr("笔记 — {0}").format(citation or quote[:20]))
        self.text_edit.setPlainText(note)
        self.tags_edit.set_tags(tags)
        self.select_color(color)
        self._saved = self.values()
        self.update_preview()
        self.text_edit.setFocus()

    def values(self) -> tuple[str, list[str], str]:
        """(note, tags, colour) as edited."""
        return self.text_edit.toPlainText(), self.tags_edit.tags(), self.color_box.currentData()

    def is_dirty(self) -> bool:
        """True when there are changes that are not saved."""
        return self.values() != self._saved

    def mark_saved(self, a: Annotation) -> None:
        """The controller saved it: from now on this editor edits that annotation."""
        self.annotation_id, self.target = a.id, None
        self._saved = self.values()
        self.delete_button.setEnabled(True)
        self.delete_action.setEnabled(True)

    def update_preview(self) -> None:
        """Render the note now (normally a moment after typing stops)."""
        self._preview_timer.stop()
        self.preview.set_markdown_note(self.text_edit.toPlainText())

    def _delete(self) -> None:
        if self.annotation_id is not None:
            self.delete_requested.emit(self.annotation_id)

    # -- closing -------------------------------------------------------------------------

    def _ask_unsaved(self) -> str:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("保存笔记？"),
            self.tr("这条笔记有未保存的修改。"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        answer = box.exec()
        return {
            QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard",
        }.get(QMessageBox.StandardButton(answer), "cancel")

    def reject(self) -> None:
        """Esc, 取消 or the close button: ask first when there are unsaved changes."""
        if self.is_dirty():
            answer = self.ask_unsaved()
            if answer == "cancel":
                return
            if answer == "save":
                self.save_requested.emit(self)
                return  # the controller closes the editor once it is saved
        super().reject()

    def closeEvent(self, event) -> None:
        """The window's close button goes through reject() (and its question)."""
        if self.is_dirty() and self.isVisible():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
