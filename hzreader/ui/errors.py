"""Errors in the window: a KnownError is explained; anything else is logged, then reported."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from hzreader.core.errors import KnownError

log = logging.getLogger("hzreader")
translate = QCoreApplication.translate  # the name pyside6-lupdate reads
_showing = False


def show_known_error(parent: QWidget | None, exc: KnownError) -> None:
    """Tell the user what went wrong and what to do (the message says both)."""
    from PySide6.QtWidgets import QMessageBox  # made by PySide on first use: not at start

    QMessageBox.warning(parent, translate("errors", "无法完成"), str(exc))


def report_unexpected(
    parent: QWidget | None, exc: BaseException, log_file: Path | None = None
) -> None:
    """Log a bug with its traceback and say so without showing the traceback."""
    log.error(
        "unexpected error: %s",
        "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
    )
    if log_file:
        text = translate(
            "errors",
            "hzreader 遇到了一个意外问题（{0}），刚才的操作可能没有完成。\n"
            "已保存的笔记和阅读位置不受影响。\n详情已记入日志：{1}",
        ).format(type(exc).__name__, log_file)
    else:
        text = translate(
            "errors",
            "hzreader 遇到了一个意外问题（{0}），刚才的操作可能没有完成。\n"
            "已保存的笔记和阅读位置不受影响。\n详情已记入日志。",
        ).format(type(exc).__name__)
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, translate("errors", "出错了"), text)


def install_excepthook(log_file: Path | None = None) -> None:
    """Route uncaught exceptions (including those in Qt slots) to the log and a message box."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        global _showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        parent = QApplication.activeWindow()
        # One box at a time: an error raised while a box is open is only logged.
        if _showing or QApplication.instance() is None:
            log.error("unexpected error", exc_info=(kind, exc, tb))
            return
        _showing = True
        try:
            if isinstance(exc, KnownError):
                show_known_error(parent, exc)
            else:
                report_unexpected(parent, exc, log_file)
        finally:
            _showing = False

    sys.excepthook = hook
