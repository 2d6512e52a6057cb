"""Window fixtures: open (and re-open) the main window on the test's own data dir."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


@pytest.fixture
def open_window(qtbot, data_dir: Path) -> Iterator[Callable]:
    """A function that opens a fresh context and main window, as a new start would."""
    from hzreader.services.opening import open_context
    from hzreader.ui.shell.main_window import MainWindow

    opened: list = []

    def _close_and_wait(window) -> None:
        # A close held back by an export or backup still writing (issue 11, item 10) happens
        # by itself when the work is done, as for a user: wait for it before pytest-qt deletes
        # the window (its matching thread must be stopped by the close, not destroyed running)
        # and before the database goes.
        window.close()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=60_000)

    def _open() -> MainWindow:
        ctx = open_context(data_dir)
        window = MainWindow(ctx)
        opened.append((window, ctx))
        qtbot.addWidget(window, before_close_func=_close_and_wait)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(window.position_restored)
        return window

    yield _open
    for window, ctx in opened:
        window.close()
        ctx.close()


@pytest.fixture
def window(open_window):
    """The main window on a fresh data dir (the bundled plan loaded)."""
    return open_window()


@pytest.fixture
def restart(open_window) -> Callable:
    """A function that closes a window as a user does and starts again on the same data dir."""

    def _restart(window):
        window.close()
        return open_window()

    return _restart


@pytest.fixture
def look(qtbot):
    """The window's look (ui/settings/look.py) on a bare main window, for widgets tested on
    their own: `switch(look, "dark")` (tests/wcag.py) changes the whole application's theme
    as 视图 → 主题 does. Light again afterwards, for the next test."""
    from PySide6.QtWidgets import QMainWindow, QMenu

    from hzreader.ui.settings.look import LookKeeper

    host = QMainWindow()
    qtbot.addWidget(host)
    keeper = LookKeeper(host, QMenu(host), lambda _key, _value: None)
    yield keeper
    keeper.choose_theme("light")
