"""A guard against a reference-count bug of PySide6 6.12 on Python 3.10 and 3.11."""

from __future__ import annotations

import sys

# PySide6 6.12 returns None from every void call (widget.update(), app.processEvents(), a
# Python paintEvent override, ...) and True from Signal.emit() without taking a reference.
# Python 3.12+ makes these objects immortal, so nothing happens there; on 3.11 each call
# costs one reference, and after some thousands of calls (True: a few hundred emits) the
# interpreter aborts with "deallocating None". Giving them a reserve of references that
# no session can use up makes them immortal in effect, as on 3.12.
_RESERVE = 1 << 48


def pin_singletons() -> bool:
    """Make None, True and False immortal on Python < 3.12; True if anything was done."""
    if sys.version_info >= (3, 12) or not hasattr(sys, "getrefcount"):
        return False
    import ctypes

    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < _RESERVE:
            count.value += _RESERVE
    return True
