"""packaging/trim.py: what the built folder leaves out (on PyInstaller-style tables)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _trim():
    spec = importlib.util.spec_from_file_location("trim", ROOT / "packaging" / "trim.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_data_keeps_chinese_and_english_qt_translations_and_drops_qml_and_symlinks() -> None:
    trim = _trim()
    qt = "PySide6/Qt/"
    toc = [
        (f"{qt}translations/qtbase_zh_CN.qm", "src", "DATA"),
        (f"{qt}translations/qtbase_en.qm", "src", "DATA"),
        (f"{qt}translations/qtbase_de.qm", "src", "DATA"),
        (f"{qt}translations/qt_zh_CN.qm", "src", "DATA"),
        (f"{qt}translations/qtdeclarative_zh_CN.qm", "src", "DATA"),
        (f"{qt}qml/QtQuick/qmldir", "src", "DATA"),
        ("libQt6Core.so.6", f"{qt}lib/libQt6Core.so.6", "SYMLINK"),
        ("resources/plan/plan.txt", "src", "DATA"),
        ("resources/i18n/hzreader_en.qm", "src", "DATA"),
        ("db/versions/0001_initial.py", "src", "DATA"),
    ]
    dropped: list[str] = []
    kept = [entry[0] for entry in trim.keep_datas(toc, dropped)]
    assert kept == [
        f"{qt}translations/qtbase_zh_CN.qm",
        f"{qt}translations/qtbase_en.qm",
        f"{qt}translations/qt_zh_CN.qm",
        "resources/plan/plan.txt",
        "resources/i18n/hzreader_en.qm",
        "db/versions/0001_initial.py",
    ]
    assert len(dropped) == 4 and "symlink libQt6Core.so.6" in dropped


def test_only_the_used_qt_plugins_are_kept() -> None:
    trim = _trim()
    kept = [
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",
        "iconengines/libqsvgicon.so",
    ]
    dropped = [
        "platforms/libqwayland.so",
        "platforms/libqvnc.so",
        "platformthemes/libqgtk3.so",
        "tls/libqopensslbackend.so",
        "networkinformation/libqnetworkmanager.so",
        "imageformats/libqjpeg.so",
    ]
    for name in kept:
        assert trim._plugin_kept(f"PySide6/Qt/plugins/{name}"), name
    for name in dropped:
        assert not trim._plugin_kept(f"PySide6/Qt/plugins/{name}"), name
    assert {"pygments", "tkinter", "ssl", "pytest"} <= set(trim.EXCLUDED_MODULES)
