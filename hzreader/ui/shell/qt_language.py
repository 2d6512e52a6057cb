"""Qt's own words (file dialogs, standard buttons, text menus) and formats in Chinese, like
the rest of the window.

Three parts, because the file dialog mixed English into the Chinese window for three
reasons: Qt's Chinese catalog (qtbase_zh_CN, which holds QtCore, QtGui and QtWidgets) lacks
the Qt 6 texts of two of its labels (&Look in:, Files of &type:), supplied here from
resources/i18n; file types are named in the default locale's language; and its sizes and
dates follow the system locale, which is C on a machine without one (0 bytes, 1 12 2026).
"""

from __future__ import annotations

import os
import sys

from hzreader.paths import TRANSLATIONS_DIR

CHINESE_LOCALE = "zh_CN.UTF-8"
_NEUTRAL = ("", "C", "POSIX")
QT_CATALOGS = ("qtbase",)  # every Qt module the window uses (QtCore, QtGui, QtWidgets)
GAPS = "qt_gaps"  # what Qt's catalogs lack, in resources/i18n


def prefer_chinese_system_locale(environ: dict | None = None) -> bool:
    """Before the QApplication exists: where no locale is set (C, POSIX or nothing), Qt
    takes its system locale (dialog dates and sizes) as Chinese. A real locale the user
    has set stays. On Windows and macOS Qt asks the system, not these variables."""
    env = os.environ if environ is None else environ
    if sys.platform in ("win32", "darwin"):
        return False
    if any(env.get(name, "").split(".")[0] not in _NEUTRAL for name in ("LC_ALL", "LANG")):
        return False
    if env.get("LC_ALL") is not None:
        env["LC_ALL"] = CHINESE_LOCALE
    env["LANG"] = CHINESE_LOCALE
    return True


def install_qt_translations(app) -> list:
    """Qt's Chinese catalogs, then hzreader's supplement to them; returns the translators."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    chinese = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    QLocale.setDefault(chinese)  # file types, sizes and dates that Qt formats itself
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed = []
    # Installed later is asked first: the supplement comes last.
    for name, where in [*((c, folder) for c in QT_CATALOGS), (GAPS, str(TRANSLATIONS_DIR))]:
        translator = QTranslator(app)
        if translator.load(chinese, name, "_", where):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
