"""Reading documents against each other (对照阅读) and editions against their predecessor
(与旧版对比): two readers side by side, changes marked in the text and the outline."""

# What this feature offers the others, imported on first use (PEP 562), so that a light
# part of it can be had before the whole feature loads.
__all__ = ["CompareController"]


def __getattr__(name: str):
    if name == "CompareController":
        from hzreader.ui.compare.controller import CompareController

        return CompareController
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
