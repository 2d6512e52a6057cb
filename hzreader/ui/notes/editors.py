"""The open note editors: one per note, saved through the service, never lost at exit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from hzreader.core.errors import KnownError
from hzreader.ui.errors import show_known_error
from hzreader.ui.notes.colors import NoteColor
from hzreader.ui.notes.editor import NoteEditor, NoteTarget
from hzreader.ui.notes.tags_edit import with_parents

if TYPE_CHECKING:
    from hzreader.ui.notes.host import NotesHost


class NoteEditors(QObject):
    """Opens editors, saves what they hold, and forgets them when they close."""

    def __init__(self, controller: NotesHost) -> None:
        super().__init__(controller)
        self.controller = controller
        self.open: list[NoteEditor] = []
        self.tags: list[str] = []
        self.last_color = "yellow"

    def new(self, target: NoteTarget) -> NoteEditor:
        """An editor for a note that is not saved yet."""
        editor = self._make()
        editor.edit_new(target, self.last_color)
        self._show(editor)
        return editor

    def edit(self, annotation_id: str) -> NoteEditor | None:
        """The editor of a saved note, brought up (opened if needed)."""
        service = self.controller.service
        if service is None:
            return None
        for editor in self.open:
            if editor.annotation_id == annotation_id:
                self._show(editor)
                return editor
        try:
            a = service.get(annotation_id)
        except KnownError as exc:
            show_known_error(self.controller.window, exc)
            return None
        editor = self._make()
        editor.edit_existing(a)
        self._show(editor)
        return editor

    @staticmethod
    def _show(editor: NoteEditor) -> None:
        editor.show()
        editor.raise_()
        editor.activateWindow()

    def _make(self) -> NoteEditor:
        service = self.controller.service
        if service is not None:  # fresh: a note saved a moment ago may have added tags
            self.tags = with_parents(t.name for t in service.tags() if t.count)
        editor = NoteEditor(self.controller.colors, self.tags, self.controller.window)
        editor.save_requested.connect(self.save)
        editor.delete_requested.connect(lambda i: (self.controller.delete([i]), editor.accept()))
        editor.finished.connect(lambda _code: self._forget(editor))
        self.open.append(editor)
        return editor

    def _forget(self, editor: NoteEditor) -> None:
        if editor in self.open:
            self.open.remove(editor)
        editor.deleteLater()

    def set_colors(self, colors: list[NoteColor]) -> None:
        """New colour meanings for every open editor."""
        for editor in self.open:
            editor.set_colors(colors)

    def set_tags(self, names: list[str]) -> None:
        """The tags to offer while typing."""
        self.tags = list(names)
        for editor in self.open:
            editor.tags_edit.set_known_tags(names)

    def save(self, editor: NoteEditor, close: bool = True) -> bool:
        """Create or update the note an editor holds; True when saved."""
        service = self.controller.service
        if service is None:
            return False
        note, tags, color = editor.values()
        try:
            if editor.annotation_id is None and editor.target is not None:
                t = editor.target
                a = service.create(
                    t.key,
                    doc_id=t.doc_id,
                    start=t.start,
                    end=t.end,
                    note=note,
                    tags=tags,
                    color=color,
                )
            else:
                a = service.update(editor.annotation_id, note=note, tags=tags, color=color)
        except KnownError as exc:
            show_known_error(editor, exc)
            return False
        self.last_color = color
        editor.mark_saved(a)
        if close:
            editor.accept()
        self.controller.status(self.tr("笔记已保存（Ctrl+Z 撤销）"))
        return True

    def save_unsaved(self) -> int:
        """Save every editor with changes (the window is closing); how many were saved."""
        return sum(self.save(e, close=False) for e in list(self.open) if e.is_dirty())
