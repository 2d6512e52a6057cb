"""The targets ledger (指标台账): the quantitative targets, recorded actuals and progress."""

# What this feature offers the others, imported on first use (PEP 562), so that a light
# part of it can be had before the whole feature loads.
__all__ = ["TargetsController", "mark_target"]


def __getattr__(name: str):
    if name == "TargetsController":
        from hzreader.ui.targets.controller import TargetsController

        return TargetsController
    if name == "mark_target":
        from hzreader.ui.targets.controller import mark_target

        return mark_target
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
