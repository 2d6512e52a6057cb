"""The user's preferences (设置): their keys in the settings table, defaults and checks.

Pure data, shared by the window (which applies them), the services (which store them and
carry them in the JSON backup) and the backup format (which checks them on the way in).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

POINT_SIZE = "reader.point_size"  # the zoom; also what the settings dialog calls 字号
FONT_FAMILY = "reader.font_family"  # "" is the built-in list of Song faces
LINE_HEIGHT = "reader.line_height"  # percent of the font's height
PAPER = "reader.paper"  # "#rrggbb" of the light theme's paper; "" is the default
REOPEN_POSITION = "reader.reopen_position"  # start where the user left off
THEME = "ui.theme"  # "system", "light" or "dark"
BACKUP_FOLDER = "backups.folder"  # "" is <data dir>/backups
BACKUP_KEEP = "backups.keep"  # how many of the latest automatic copies are kept

THEMES = ("system", "light", "dark")
MIN_POINT_SIZE, MAX_POINT_SIZE = 8, 40
MIN_LINE_HEIGHT, MAX_LINE_HEIGHT = 120, 250
MIN_KEEP, MAX_KEEP = 1, 100

DEFAULTS: dict[str, Any] = {
    POINT_SIZE: 13,
    FONT_FAMILY: "",
    LINE_HEIGHT: 175,
    PAPER: "",
    REOPEN_POSITION: True,
    THEME: "system",
    BACKUP_FOLDER: "",
    BACKUP_KEEP: 10,
}
# What the JSON backup carries (the window's geometry and dock layout belong to a screen,
# not to the user's data, and stay out).
IN_BACKUP = tuple(DEFAULTS)

# The meanings a new data dir gives the highlight colours (db/versions/0002): a restore
# brings a backup's own meaning in only where the colour still has this one.
DEFAULT_COLOR_MEANINGS = {
    "yellow": "重点",
    "red": "疑问",
    "green": "落实",
    "blue": "数据",
    "purple": "引用",
}

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def _int_in(low: int, high: int) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        return int(max(low, min(high, round(value))))

    return check


def _text(limit: int) -> Callable[[Any], Any]:
    return lambda value: value.strip()[:limit] if isinstance(value, str) else None


_CHECKS: dict[str, Callable[[Any], Any]] = {
    POINT_SIZE: _int_in(MIN_POINT_SIZE, MAX_POINT_SIZE),
    FONT_FAMILY: _text(120),
    LINE_HEIGHT: _int_in(MIN_LINE_HEIGHT, MAX_LINE_HEIGHT),
    PAPER: lambda v: v.lower() if isinstance(v, str) and (v == "" or _HEX.match(v)) else None,
    REOPEN_POSITION: lambda v: v if isinstance(v, bool) else None,
    THEME: lambda v: v if v in THEMES else None,
    BACKUP_FOLDER: _text(1000),
    BACKUP_KEEP: _int_in(MIN_KEEP, MAX_KEEP),
}


def checked(key: str, value: Any) -> Any:
    """The value made valid (clamped, trimmed), or None when it cannot be one."""
    check = _CHECKS.get(key)
    return None if check is None else check(value)


def value_or_default(key: str, value: Any) -> Any:
    """A stored value when it is a valid one, else the default."""
    good = checked(key, value)
    return DEFAULTS[key] if good is None else good


def read_all(get: Callable[[str, Any], Any]) -> dict[str, Any]:
    """Every preference, from a `setting(key, default)` reader, defaults filling the gaps."""
    return {key: value_or_default(key, get(key, None)) for key in DEFAULTS}
