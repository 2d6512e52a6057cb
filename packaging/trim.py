"""What the built folder leaves out: unused Python packages, Qt plugins and translations.

Used by packaging/hzreader.spec on PyInstaller's tables of contents (TOC entries are
`(destination, source, typecode)`). Shared libraries are kept by reachability: after the
unused plugins are dropped, a library stays only when something kept still links to it, so
GTK (pulled in by Qt's GTK theme plugin) or Wayland go out with the plugins that wanted them.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from pathlib import PurePosixPath

# Python packages nothing in hzreader reaches: test tools, GUI toolkits, syntax highlighting
# (Markdown's codehilite would use Pygments; hzreader's notes do not load that extension),
# and the parts of lxml that python-docx does not use (it needs lxml.etree only).
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "pygments",
    "pytest",
    "_pytest",
    "pytestqt",
    "ruff",
    "setuptools",
    "pkg_resources",
    "distutils",
    "pip",
    "IPython",
    # No TLS offline: urllib, http.client and asyncio import ssl only when it is there.
    "ssl",
    "_ssl",
    "lxml.html",
    "lxml.objectify",
    "lxml.isoschematron",
    "lxml.cssselect",
    "lxml.html5parser",
]

# Modules on the way to the first frame, collected as .pyc files beside the program instead of
# into the compressed archive: Python's own importer reads those, where each module of the
# archive goes through PyInstaller's importer, written in Python, and is decompressed. About
# 25 ms of the folder's start (bench/startup.py), for 2.6 MiB. The list is what the window
# imports before its first paint (python -X importtime), apart from the modules the
# interpreter itself starts with (PyInstaller's base_library.zip); what is missing from it
# still loads, from the archive.
STARTUP_MODULES = [
    "hzreader",
    "PySide6",
    "shiboken6",
    "json",
    "logging",
    "sqlite3",
    "dataclasses",
    "datetime",
    "pathlib",
    "inspect",
    "argparse",
    "tempfile",
    "shutil",
    "zipfile",
    "typing",
    "ast",
    "dis",
    "textwrap",
    "gettext",
    "ipaddress",
    "urllib",
    "bz2",
    "lzma",
    "random",
    "base64",
    "threading",
    "string",
    "copy",
    "bisect",
    "contextlib",
    "fnmatch",
    "__future__",
    "_compression",
    "_weakrefset",
    "importlib",
    "opcode",
    "struct",
    "token",
    "tokenize",
]


def collection_modes() -> dict[str, str]:
    """PyInstaller's module_collection_mode: the start's modules as .pyc files."""
    return dict.fromkeys(STARTUP_MODULES, "pyc")


_QT = "PySide6/Qt/"
# Qt plugins the window uses: xcb (X11 and XWayland desktops) and offscreen (tests, CI);
# the desktop portal theme (file dialogs); input methods (ibus for Chinese input);
# SVG for icon themes (QIcon.fromTheme); GL integration for xcb.
KEPT_PLUGINS = (
    "platforms/libqxcb.so",
    "platforms/libqoffscreen.so",
    "platformthemes/libqxdgdesktopportal.so",
    "platforminputcontexts/*",
    "iconengines/libqsvgicon.so",
    "imageformats/libqsvg.so",
    "xcbglintegrations/*",
)
# Qt's own translations: Chinese (the window's language) and English only.
KEPT_TRANSLATIONS = ("qt_zh_CN.qm", "qt_en.qm", "qtbase_zh_CN.qm", "qtbase_en.qm")


def _is_plugin(dest: str) -> bool:
    return dest.startswith(_QT + "plugins/")


def _plugin_kept(dest: str) -> bool:
    relative = dest[len(_QT + "plugins/") :]
    return any(fnmatch.fnmatch(relative, pattern) for pattern in KEPT_PLUGINS)


def _datum_kept(dest: str) -> bool:
    if dest.startswith(_QT + "translations/"):
        return PurePosixPath(dest).name in KEPT_TRANSLATIONS
    if dest.startswith(_QT + "qml/") or dest.startswith(_QT + "metatypes/"):
        return False
    return not _is_plugin(dest) or _plugin_kept(dest)


def keep_datas(toc: Iterable[tuple], report: list[str] | None = None) -> list[tuple]:
    """The data files the folder keeps: Qt translations filtered, no QML, no symlinks.

    PyInstaller adds top-level symlinks (as data) to libraries that live deeper, such as
    PySide6/Qt/lib; the libraries find each other through their own RPATHs, and a folder
    without symlinks can be copied anywhere (a FAT-formatted stick, a zip file, a file
    manager). packaging/build.py checks with ldd that every library still resolves.
    """
    kept = []
    for entry in toc:
        if entry[2] != "SYMLINK" and _datum_kept(entry[0]):
            kept.append(entry)
        elif report is not None:
            report.append(f"{entry[2].lower()} {entry[0]}")
    return kept


def _needed_names(source: str) -> set[str]:
    """The base names of the shared libraries `source` links to."""
    from PyInstaller.depend.bindepend import get_imports

    return {PurePosixPath(name).name for name, _path in get_imports(source)}


def keep_binaries(toc: Iterable[tuple], report: list[str] | None = None) -> list[tuple]:
    """The binaries the folder keeps: the executable's Python extensions, the kept plugins,
    and every shared library one of them reaches."""
    toc = list(toc)
    symlinks = [e for e in toc if e[2] == "SYMLINK"]  # see keep_datas
    toc = [e for e in toc if e[2] != "SYMLINK"]
    entries = [e for e in toc if not _is_plugin(e[0]) or _plugin_kept(e[0])]
    dropped_plugins = [e[0] for e in toc if _is_plugin(e[0]) and not _plugin_kept(e[0])]
    by_name: dict[str, list[tuple]] = {}
    for entry in entries:
        by_name.setdefault(PurePosixPath(entry[0]).name, []).append(entry)
    roots = [e for e in entries if e[2] == "EXTENSION" or _is_plugin(e[0])]
    roots += [e for e in entries if PurePosixPath(e[0]).name.startswith("libpython")]
    reached: set[int] = set()
    todo = list(roots)
    while todo:
        entry = todo.pop()
        if id(entry) in reached:
            continue
        reached.add(id(entry))
        for name in _needed_names(entry[1]):
            todo += [e for e in by_name.get(name, []) if id(e) not in reached]
    kept = [e for e in entries if id(e) in reached]
    if report is not None:
        report += [f"symlink {e[0]}" for e in symlinks]
        report += [f"plugin {d}" for d in dropped_plugins]
        report += [f"library {e[0]}" for e in entries if id(e) not in reached]
    return kept
