"""Settings (设置, Ctrl+,) and night reading: the look of the reader and the window (theme,
typeface, line height, paper), applied from the stored preferences before the first paint,
the View → 主题 menu, and the settings dialog. The shell creates one LookKeeper with the
first frame and one SettingsController with the features."""

# What this feature offers the others, imported on first use (PEP 562), so that the light
# part (the look, needed for the first frame) can be had before the dialog loads.
__all__ = ["LookKeeper", "SettingsController"]


def __getattr__(name: str):
    if name == "LookKeeper":
        from hzreader.ui.settings.look import LookKeeper

        return LookKeeper
    if name == "SettingsController":
        from hzreader.ui.settings.controller import SettingsController

        return SettingsController
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
