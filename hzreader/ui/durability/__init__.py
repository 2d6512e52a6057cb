"""Never lose a note: exports, backup files, automatic backups and recovery at start."""

# What this feature offers the others, imported on first use (PEP 562), so that a light
# part of it can be had before the whole feature loads.
__all__ = ["DurabilityController", "offer_backup"]


def __getattr__(name: str):
    if name == "DurabilityController":
        from hzreader.ui.durability.controller import DurabilityController

        return DurabilityController
    if name == "offer_backup":
        from hzreader.ui.durability.recovery import offer_backup

        return offer_backup
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
