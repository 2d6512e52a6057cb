"""Errors reach the user as a clear message, never as a traceback, and the log keeps them."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from hzreader.core.errors import StorageError
from hzreader.ui.errors import install_excepthook


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes recorded instead of shown."""
    shown: list[tuple[str, str, str]] = []
    for kind in ("critical", "warning"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            lambda _parent, title, text, *a, kind=kind: shown.append((kind, title, text)),
        )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    return shown


def _raise(exc):
    try:
        raise exc
    except type(exc) as caught:
        return type(caught), caught, caught.__traceback__


def test_an_unexpected_error_is_logged_and_reported_without_a_traceback(
    qapp, boxes, caplog, tmp_path
):
    install_excepthook(tmp_path / "hzreader.log")
    with caplog.at_level(logging.ERROR, logger="hzreader"):
        sys.excepthook(*_raise(ZeroDivisionError("boom")))
    assert len(boxes) == 1
    kind, _title, text = boxes[0]
    assert kind == "critical"
    assert "ZeroDivisionError" in text and "hzreader.log" in text
    assert "Traceback" not in text
    assert "Traceback" in caplog.text and "boom" in caplog.text


def test_a_known_error_shows_its_own_message(qapp, boxes):
    install_excepthook()
    sys.excepthook(*_raise(StorageError("数据目录不可写：请检查磁盘空间")))
    assert boxes == [("warning", "无法完成", "数据目录不可写：请检查磁盘空间")]
