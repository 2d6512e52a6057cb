"""PySide's scan of every imported module's source, spared to the window's start.

PySide has opt-in switches (`from __feature__ import snake_case, true_property`). To learn
which modules might use them, it reads the whole source of every module named by an import
statement after it loads (inspect.getsource, once per module, the standard library's too)
and looks for the word "PySide6". Before the reader's first frame that is some 110 modules
and 15–20 ms of a 300 ms start; napari/napari#8584 describes the same tax. hzreader
selects no feature anywhere, so every module is taken for what the scan finds in the
modules that use PySide: the default, no feature. The switches themselves still work (an
import of __feature__ is handled apart from the scan). A PySide without this machinery, or
with it renamed, is left as it is.
"""

from __future__ import annotations


def skip_feature_scan() -> bool:
    """Answer PySide's per-module question without reading the source; True if done.

    Called before any module of Qt is imported: PySide's package alone sets its import
    hook up, and every import statement from then on would be scanned."""
    try:
        # The package only (a few milliseconds): it installs the hook and the scan.
        from PySide6.support import feature
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside
    return True


def _uses_pyside(_module: object) -> bool:
    # True: the module's types stay in PySide's default state, the one with no feature.
    return True
