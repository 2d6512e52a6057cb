"""Errors in the window: a KnownError is explained; anything else is logged, then reported."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hzreader.core.errors import KnownError

log = logging.getLogger("hzreader")
_showing = False


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def show_known_error(parent: QWidget | None, exc: KnownError) -> None:
    """Tell the user what went wrong and what to do (the message says both)."""
    QMessageBox.warning(parent, _tr("无法完成"), str(exc))


def report_unexpected(
    parent: QWidget | None, exc: BaseException, log_file: Path | None = None
) -> None:
    """Log a bug with its traceback and say so without showing the traceback."""
    log.error(
        "unexpected error: %s",
        "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
    )
    where = _tr("详情已记入日志：{0}").format(log_file) if log_file else _tr("详情已记入日志。")
    QMessageBox.critical(
        parent,
        _tr("出错了"),
        _tr("hzreader 遇到了一个意外问题（{0}），刚才的操作可能没有完成。").format(
            type(exc).__name__
        )
        + "\n"
        + _tr("已保存的笔记和阅读位置不受影响。")
        + "\n"
        + where,
    )


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
