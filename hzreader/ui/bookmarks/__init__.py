"""Bookmarks (书签, in the outline dock), back and forward through jumps (前往 menu) and the
study map (which clauses have been read). The shell creates one BookmarksController."""

# What this feature offers the others, imported on first use (PEP 562).
__all__ = ["BookmarksController"]


def __getattr__(name: str):
    if name == "BookmarksController":
        from hzreader.ui.bookmarks.controller import BookmarksController

        return BookmarksController
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
