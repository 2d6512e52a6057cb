"""The library (文库): the documents, importing with a preview, renaming and deleting."""

# What this feature offers the others, imported on first use (PEP 562), so that a light
# part of it can be had before the whole feature loads.
__all__ = ["LibraryController"]


def __getattr__(name: str):
    if name == "LibraryController":
        from hzreader.ui.library.controller import LibraryController

        return LibraryController
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
