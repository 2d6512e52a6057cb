"""PySide's scan of each imported module's source is skipped by the window's start."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_modules_imported_after_pyside_are_not_read_for_the_scan():
    out = _run(
        """
        import inspect
        from hzreader.ui.shell.feature_scan import skip_feature_scan
        assert skip_feature_scan()
        read = []
        real = inspect.getsource
        inspect.getsource = lambda obj: read.append(obj) or real(obj)
        from PySide6.QtWidgets import QWidget  # noqa: F401
        import hzreader.ui.theme, json, sqlite3  # noqa: F401, E401
        from PySide6.support import feature
        print(len(read), feature.pyside_feature_dict.get("json"))
        """
    )
    assert out == "0 0"  # nothing read; taken as a module of the default, no feature


def test_without_the_scan_pyside_reads_every_module():
    # The same imports without the skip: the source of each is read (what the skip saves).
    out = _run(
        """
        import inspect
        import PySide6  # noqa: F401
        read = []
        real = inspect.getsource
        inspect.getsource = lambda obj: read.append(obj) or real(obj)
        from PySide6.QtWidgets import QWidget  # noqa: F401
        import hzreader.ui.theme, json, sqlite3  # noqa: F401, E401
        print(len(read))
        """
    )
    assert int(out) >= 3


def test_the_switches_still_work_after_the_skip():
    out = _run(
        """
        from hzreader.ui.shell.feature_scan import skip_feature_scan
        skip_feature_scan()
        from PySide6.QtCore import QObject
        from __feature__ import snake_case  # noqa: F401
        print(hasattr(QObject(), "object_name"))
        """
    )
    assert out == "True"


def test_a_pyside_without_the_scan_is_left_alone():
    # A later PySide that drops or renames the scan: nothing is patched, the start goes on.
    out = _run(
        """
        import sys, types
        import PySide6.support as support
        other = types.ModuleType("PySide6.support.feature")
        sys.modules["PySide6.support.feature"] = support.feature = other
        from hzreader.ui.shell.feature_scan import skip_feature_scan
        print(skip_feature_scan(), hasattr(other, "_mod_uses_pyside"))
        """
    )
    assert out == "False False"
