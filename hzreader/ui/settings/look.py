"""The look in use: the preferences applied to the theme, the window's palette and the
reader; the View → 主题 menu (跟随系统 / 浅色 / 深色); following the system's colour scheme."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from hzreader.core import preferences as prefs
from hzreader.ui import theme

log = logging.getLogger("hzreader")

LOOK_KEYS = (prefs.THEME, prefs.FONT_FAMILY, prefs.LINE_HEIGHT, prefs.PAPER)


def system_is_dark() -> bool:
    """True when the system asks for dark windows (Qt 6.5+ knows; else light)."""
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


def _request_scheme(mode: str) -> None:
    """Tell Qt (6.8+) which scheme the windows use, so native styles and title bars follow."""
    hints = QGuiApplication.styleHints()
    if mode == "system":
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
    elif hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Dark if mode == "dark" else Qt.ColorScheme.Light)


class LookKeeper(QObject):
    """Holds the look's preferences, applies them, and offers View → 主题."""

    changed = Signal()  # the look was applied again (theme, face, line height or paper)

    def __init__(self, window: QWidget, view_menu: QMenu, save: Callable[[str, Any], None]):
        super().__init__(window)
        self.window = window
        self._save = save
        self.values: dict[str, Any] = {k: prefs.DEFAULTS[k] for k in LOOK_KEYS}
        self._dark_set: bool | None = None  # the window palette we last put in place
        self._applying = False
        self.menu = view_menu.addMenu(self.tr("主题(&M)"))
        self.menu.setObjectName("menu_theme")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        texts = {"system": self.tr("跟随系统(&S)"), "light": self.tr("浅色(&L)"),
                 "dark": self.tr("深色（夜间阅读）(&D)")}  # fmt: skip
        for mode in prefs.THEMES:
            action = QAction(texts[mode], window)
            action.setObjectName(f"action_theme_{mode}")
            action.setCheckable(True)
            action.setData(mode)
            self.group.addAction(action)
            self.menu.addAction(action)
            window.addAction(action)
            self.actions[mode] = action
        # No keys: the Ctrl+Shift letters are the docks'; the menu's letters reach them.
        self.actions["system"].setStatusTip(self.tr("随操作系统的浅色或深色外观切换"))
        self.group.triggered.connect(lambda action: self.choose_theme(action.data()))
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._system_changed)
        self._check()

    # -- applying ------------------------------------------------------------------------

    def restore(self, setting: Callable[[str, Any], Any]) -> None:
        """The stored look (from a `setting(key, default)` reader), applied now: before the
        first paint, so a night reader never sees a white page first."""
        self.values = {k: prefs.value_or_default(k, setting(k, None)) for k in LOOK_KEYS}
        self.apply()

    def preview(self, values: dict[str, Any]) -> None:
        """Show other look preferences at once (the settings dialog), without storing them."""
        for key, value in values.items():
            if key in LOOK_KEYS:
                self.values[key] = prefs.value_or_default(key, value)
        self.apply()

    def choose_theme(self, mode: str) -> None:
        """Use a theme (跟随系统, 浅色, 深色) and remember it."""
        if mode not in prefs.THEMES:
            return
        self.values[prefs.THEME] = mode
        self.apply()
        self._save(prefs.THEME, mode)

    def is_dark(self) -> bool:
        """Whether the dark palette is the one in use for the chosen mode."""
        mode = self.values[prefs.THEME]
        return mode == "dark" or (mode == "system" and system_is_dark())

    def apply(self) -> None:
        """Put the look in place: theme, window palette, the reader laid out again."""
        if self._applying:
            return
        self._applying = True
        try:
            _request_scheme(self.values[prefs.THEME])
            dark = self.is_dark()
            theme.set_look(
                dark=dark,
                family=self.values[prefs.FONT_FAMILY],
                line_height=self.values[prefs.LINE_HEIGHT],
                paper=self.values[prefs.PAPER],
            )
            self._window_palette(dark)
            reader = getattr(self.window, "reader", None)
            if reader is not None:
                reader.apply_look()
            self._check()
        finally:
            self._applying = False
        self.changed.emit()

    def _window_palette(self, dark: bool) -> None:
        app = QApplication.instance()
        if app is None:
            return
        shown_dark = app.palette().color(QPalette.ColorRole.Window) == theme.DARK.window
        # Light and never switched: the platform's own palette stays as it is.
        if dark == shown_dark and (dark or not system_is_dark() or self._dark_set is False):
            return
        self._dark_set = dark
        base = app.style().standardPalette()
        app.setPalette(theme.window_palette(theme.palette(), base))

    def _system_changed(self, *_args) -> None:
        if self.values[prefs.THEME] == "system" and not self._applying:
            self.apply()

    def _check(self) -> None:
        for mode, action in self.actions.items():
            action.setChecked(mode == self.values[prefs.THEME])
