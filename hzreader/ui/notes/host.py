"""What the notes dialogs and editors need of their controller: a narrow protocol, so that
they never import the controller's module (which imports theirs)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from hzreader.services.annotations import AnnotationService
    from hzreader.ui.notes.colors import NoteColor


class NotesHost(Protocol):
    """The notes controller as its helpers see it."""

    window: QWidget  # the parent of dialogs and message boxes
    service: AnnotationService | None  # None until the window has its services
    colors: list[NoteColor]  # the highlight colours with their meanings

    def status(self, text: str) -> None:
        """Show a short message in the status bar."""

    def delete(self, ids: list[str]) -> None:
        """Move notes to the trash (one undo step each)."""
