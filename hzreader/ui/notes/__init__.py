"""Notes (笔记 menu): highlights in the reader, the note editor, the 笔记 and 标签 docks, tags,
the trash, undo and redo. The shell creates one NotesController."""

# What this feature offers the others, imported on first use (PEP 562), so that a light
# part of it can be had before the whole feature loads.
__all__ = ["NoteColor", "NotesActions", "NotesController", "first_frame_notes", "stored_meaning"]


def __getattr__(name: str):
    if name == "NotesController":
        from hzreader.ui.notes.controller import NotesController

        return NotesController
    if name == "first_frame_notes":
        from hzreader.ui.notes.layer import first_frame_notes

        return first_frame_notes
    if name in ("NoteColor", "stored_meaning"):
        from hzreader.ui.notes import colors

        return getattr(colors, name)
    if name == "NotesActions":
        from hzreader.ui.notes.actions import NotesActions

        return NotesActions
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
