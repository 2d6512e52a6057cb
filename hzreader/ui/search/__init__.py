"""Search: the toolbar's search box, the 搜索结果 dock, marks in the reader, find in page."""

# What this feature offers the others, imported on first use (PEP 562), so that a light
# part of it can be had before the whole feature loads.
__all__ = ["SearchBox", "SearchController"]


def __getattr__(name: str):
    if name == "SearchController":
        from hzreader.ui.search.controller import SearchController

        return SearchController
    if name == "SearchBox":
        from hzreader.ui.search.box import SearchBox

        return SearchBox
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
