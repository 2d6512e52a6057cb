"""The window's first size and its docks' widths: a share of the screen (not a fixed
1180×820 that a 1024×700 screen cannot show), and the reader's text column before the
docks: when the window narrows, the side docks give up width first, until the column
is down to a comfortable measure (the reader keeps it between 28 and 40 characters)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

WIDTH_SHARE, HEIGHT_SHARE = 0.85, 0.88
MIN_WIDTH, MIN_HEIGHT = 960, 640  # below these, the whole screen
MAX_WIDTH, MAX_HEIGHT = 1600, 1100
OUTLINE_SHARE, OUTLINE_MIN, OUTLINE_MAX = 0.22, 200, 380
NOTES_SHARE, NOTES_MIN, NOTES_MAX = 0.22, 220, 380


def first_size(available: QRect) -> tuple[int, int]:
    """The first window's width and height on a screen of this available size."""

    def share(total: int, part: float, low: int, high: int) -> int:
        return min(total, max(min(low, total), min(high, round(total * part))))

    return (
        share(available.width(), WIDTH_SHARE, MIN_WIDTH, MAX_WIDTH),
        share(available.height(), HEIGHT_SHARE, MIN_HEIGHT, MAX_HEIGHT),
    )


def first_window_geometry(window: QMainWindow) -> None:
    """Size the window as a share of its screen and centre it there."""
    screen = window.screen()
    if screen is None:
        window.resize(MIN_WIDTH, MIN_HEIGHT)
        return
    available = screen.availableGeometry()
    width, height = first_size(available)
    window.resize(width, height)
    window.move(
        available.left() + (available.width() - width) // 2,
        available.top() + (available.height() - height) // 2,
    )


DOCK_FLOOR = 140  # a side dock gives up width down to this (or its own minimum)


def first_dock_widths(window: QMainWindow, left: QDockWidget, right: QDockWidget) -> None:
    """The side docks' first widths, a share of the window, smaller where the reader's
    column would be short of its comfortable measure: the reader gets the rest."""
    width = window.width()
    widths = [
        max(OUTLINE_MIN, min(OUTLINE_MAX, round(width * OUTLINE_SHARE))),
        max(NOTES_MIN, min(NOTES_MAX, round(width * NOTES_SHARE))),
    ]
    room = width - window.reader.comfortable_width()
    if sum(widths) > room:
        scale = max(room, 2 * DOCK_FLOOR) / sum(widths)
        widths = [max(DOCK_FLOOR, round(w * scale)) for w in widths]
    # A dock cannot be narrower than its content's minimum (the notes' filter rows): what
    # it keeps above its share is taken from the other one, down to that one's floor.
    floors = [max(DOCK_FLOOR, d.minimumSizeHint().width()) for d in (left, right)]
    widths = [max(w, f) for w, f in zip(widths, floors, strict=True)]
    over = sum(widths) - max(room, sum(floors))
    spare = [w - f for w, f in zip(widths, floors, strict=True)]
    if over > 0 and sum(spare):
        widths = [w - round(over * s / sum(spare)) for w, s in zip(widths, spare, strict=True)]
    window.resizeDocks([left, right], widths, Qt.Orientation.Horizontal)


def _side_docks(window: QMainWindow) -> list[QDockWidget]:
    """The open, docked side docks in front of their tab groups, left and right."""
    sides = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
    return [
        d
        for d in window.findChildren(QDockWidget)
        if d.isVisible()
        and not d.isFloating()
        and not d.visibleRegion().isEmpty()
        and window.dockWidgetArea(d) in sides
    ]


def yield_docks(window: QMainWindow) -> None:
    """The window got narrower: the side docks give up width (down to DOCK_FLOOR or their
    own minimum) until the reader is back at its comfortable width."""
    short = window.reader.comfortable_width() - window.reader.width()
    if short <= 0:
        return
    docks = _side_docks(window)
    floors = [max(DOCK_FLOOR, d.minimumSizeHint().width()) for d in docks]
    spare = [max(0, d.width() - f) for d, f in zip(docks, floors, strict=True)]
    if not sum(spare):
        return
    give = min(short, sum(spare))
    widths = [d.width() - round(give * s / sum(spare)) for d, s in zip(docks, spare, strict=True)]
    window.resizeDocks(docks, widths, Qt.Orientation.Horizontal)
