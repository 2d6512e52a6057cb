"""Start the desktop window: QApplication, the data dir, the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

log = logging.getLogger("hzreader")


def _install_translations(app) -> None:
    """Qt's own dialogs (buttons, standard menus) in Chinese, like the rest of the window."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    chinese = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    if translator.load(chinese, "qtbase", "_", folder):
        app.installTranslator(translator)


def run_window(data_dir: Path) -> int:
    """Open the data dir and run the window until it closes; returns the exit status."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from hzreader.core.errors import KnownError
    from hzreader.paths import DataPaths
    from hzreader.ui.errors import install_excepthook, report_unexpected

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("hzreader")
    app.setOrganizationName("hzreader")
    app.setApplicationDisplayName("hzreader")
    _install_translations(app)
    log_file = DataPaths(data_dir).log_file
    install_excepthook(log_file)

    from hzreader.services.context import open_context

    try:
        ctx = open_context(data_dir)
    except KnownError as exc:
        QMessageBox.critical(None, app.translate("launch", "无法打开数据"), str(exc))
        return 1
    except Exception as exc:
        report_unexpected(None, exc, log_file)
        return 1
    try:
        from hzreader.ui.main_window import MainWindow

        window = MainWindow(ctx)
        window.show()
        return app.exec()
    finally:
        ctx.close()
