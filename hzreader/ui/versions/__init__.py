"""Editions of a document (版本): the 版本 menu, importing a file as the next edition, the
notes waiting for review (需复核) after one, the old edition marked 旧版."""

# What this feature offers the others, imported on first use (PEP 562), so that a light
# part of it can be had before the whole feature loads.
__all__ = ["VersionsController"]


def __getattr__(name: str):
    if name == "VersionsController":
        from hzreader.ui.versions.controller import VersionsController

        return VersionsController
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
