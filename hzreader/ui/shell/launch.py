"""Start the desktop window: QApplication, the data dir, the main window."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger("hzreader")


def run_window(data_dir: Path, lang: str | None = None) -> int:
    """Open the data dir and run the window until it closes; returns the exit status.

    A data dir that is ready (the usual case) is first read without the ORM, so the text is
    on screen before SQLAlchemy has loaded; the full context then opens on a worker
    thread. A new, old or damaged one goes the normal way, which creates, upgrades or
    explains. The language is `lang` (--lang, remembered from now on), else the one
    remembered in the data dir, else Chinese.
    """
    # The start builds only what lives on (modules, Qt's types and enums, the window): the
    # cyclic collector would walk it all again some sixty times before the first paint.
    collecting = gc.isenabled()
    gc.disable()

    def resume() -> None:
        if collecting:
            gc.enable()

    try:
        return _run_window(data_dir, lang, resume)
    finally:
        resume()


def _run_window(data_dir: Path, lang: str | None, resume: Callable[[], None]) -> int:
    from hzreader.ui.shell.feature_scan import skip_feature_scan

    skip_feature_scan()  # first: before Qt's modules and the window's are imported
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from hzreader.core.errors import KnownError
    from hzreader.paths import DataPaths
    from hzreader.services.startup import StartupView
    from hzreader.ui.errors import install_excepthook, report_unexpected
    from hzreader.ui.shell.qt_language import prefer_chinese_system_locale

    if QApplication.instance() is None:
        prefer_chinese_system_locale()  # read by Qt as the application starts
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("hzreader")
    app.setOrganizationName("hzreader")
    from hzreader.paths import is_portable
    from hzreader.ui.shell.language import Language, start_language

    # Before any text: the translators note what they show, for a switch of language later.
    Language.of(app).install(start_language(data_dir, lang))

    # The title bar says when the notes live on the stick beside the program.
    portable = is_portable(data_dir)
    app.setApplicationDisplayName(
        app.translate("launch", "hzreader（便携模式）") if portable else "hzreader"
    )
    log_file = DataPaths(data_dir).log_file
    install_excepthook(log_file)

    from hzreader.ui.shell.single_instance import bring_to_front, claim_data_dir

    # One window per data dir: a second start raises the first, or says it is open.
    guard, message = claim_data_dir(data_dir, DataPaths(data_dir).lock_file, app)
    if guard is None:
        if message:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(None, app.translate("launch", "hzreader 已在运行"), message)
        return 1 if message else 0
    window = None
    try:
        startup = StartupView.open(data_dir)
        if startup is not None:
            from hzreader.ui.shell.context_loader import ContextLoader
            from hzreader.ui.shell.main_window import MainWindow

            try:
                window = MainWindow(startup=startup)
            finally:
                startup.close()
            window.attach_when_loaded(ContextLoader(data_dir, window))
        else:
            from hzreader.services.opening import open_context
            from hzreader.ui.shell.main_window import MainWindow

            window = MainWindow(open_context(data_dir))
    except KnownError as exc:
        guard.release()
        from hzreader.ui.durability import offer_backup

        if offer_backup(None, exc, DataPaths(data_dir)):
            # The damaged database was replaced by its backup: start again on it.
            return _run_window(data_dir, lang, resume)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, app.translate("launch", "无法打开数据"), str(exc))
        return 1
    except Exception as exc:
        guard.release()
        report_unexpected(None, exc, log_file)
        return 1
    guard.activate_requested.connect(lambda: bring_to_front(window))
    # Later starts are answered once the window is on screen (QtNetwork stays off its way).
    window.reader.first_painted.connect(guard.listen)
    QTimer.singleShot(1000, guard.listen)
    window.reader.first_painted.connect(resume)  # garbage collection as usual from now on
    QTimer.singleShot(1000, resume)
    try:
        window.show()
        return app.exec()
    finally:
        if window.ctx is not None:
            window.ctx.close()
        guard.release()
