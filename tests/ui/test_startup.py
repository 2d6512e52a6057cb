"""The quick start: the window draws from a read-only look at the database, then attaches."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from hzreader.services.startup import StartupView


@pytest.fixture
def ready_dir(data_dir):
    """A data dir as a second start finds it: schema made, plan loaded, a few settings."""
    from hzreader.services.opening import open_context
    from hzreader.services.reading import ReadingService

    ctx = open_context(data_dir)
    reading = ReadingService(ctx)
    reading.save_setting("reader.point_size", 17)
    reading.save_position("plan", "m12", 0.0)
    ctx.close()
    return data_dir


def test_startup_view_reads_what_the_services_read(ready_dir):
    from hzreader.services.library import LibraryService
    from hzreader.services.opening import open_context
    from hzreader.services.reading import ReadingService

    view = StartupView.open(ready_dir)
    ctx = open_context(ready_dir)
    try:
        library, reading = LibraryService(ctx), ReadingService(ctx)
        assert view.documents() == library.documents()
        for doc_id in ("plan", "brief"):
            assert view.document(doc_id) == library.document(doc_id)
            assert view.position(doc_id) == reading.position(doc_id)
        assert view.setting("reader.point_size") == 17
        assert view.setting("missing", "x") == "x"
        assert view.document("nothing") is None
    finally:
        view.close()
        ctx.close()


def test_no_quick_start_for_a_new_or_a_newer_database(data_dir, ready_dir):
    assert StartupView.open(data_dir / "elsewhere") is None
    con = sqlite3.connect(ready_dir / "hzreader.sqlite3")
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    assert StartupView.open(ready_dir) is None


def test_window_draws_before_the_database_is_open_and_attaches_after(qtbot, ready_dir):
    from hzreader.ui.context_loader import ContextLoader
    from hzreader.ui.main_window import MainWindow

    view = StartupView.open(ready_dir)
    window = MainWindow(startup=view)
    view.close()
    qtbot.addWidget(window)
    assert window.ctx is None
    assert window.document.id == "plan"
    assert window.reader.point_size() == 17
    assert not window.document_box.isEnabled()  # switching needs the library
    first_frame = []
    window.reader.first_painted.connect(lambda: first_frame.append(window.reader.top_key()))
    window.show()
    qtbot.waitUntil(lambda: bool(first_frame))
    assert first_frame[0] in ("m12", "m12.s1")  # where the user left off, from the first frame
    with qtbot.waitSignal(window.attached, timeout=15000):
        window.attach_when_loaded(ContextLoader(ready_dir, window))
    assert window.ctx is not None and window.document_box.isEnabled()
    window.open_document("brief")
    assert window.document.id == "brief"
    window.close()
    window.ctx.close()


def test_closing_before_the_database_opens_still_saves(qtbot, ready_dir):
    from hzreader.services.opening import open_context
    from hzreader.services.reading import ReadingService
    from hzreader.ui.context_loader import ContextLoader
    from hzreader.ui.main_window import MainWindow

    view = StartupView.open(ready_dir)
    window = MainWindow(startup=view)
    view.close()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.position_restored)
    window.attach_when_loaded(ContextLoader(ready_dir, window))  # not started yet
    window.zoom_by(1)
    window.close()
    window.ctx.close()
    ctx = open_context(ready_dir)
    assert ReadingService(ctx).setting("reader.point_size") == 18
    ctx.close()


def _closing_window_soon(qtbot):
    """Close the launched window once it is attached (run_window blocks in exec)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def find_and_close():
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "main_window" and w.isVisible()  # not an earlier test's
        ]
        if not windows:
            QTimer.singleShot(20, find_and_close)
            return
        window = windows[0]
        if window.ctx is None:
            window.attached.connect(lambda: QTimer.singleShot(0, window.close))
        else:
            QTimer.singleShot(0, window.close)

    QTimer.singleShot(0, find_and_close)


@pytest.fixture
def launch(monkeypatch):
    """run_window with the excepthook left as pytest-qt set it."""
    from hzreader.ui.launch import run_window

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    return run_window


def test_run_window_on_a_ready_dir_takes_the_quick_path(qtbot, ready_dir, launch, monkeypatch):
    seen = []
    close = StartupView.close
    monkeypatch.setattr(StartupView, "close", lambda self: seen.append("quick") or close(self))
    _closing_window_soon(qtbot)
    assert launch(ready_dir) == 0
    assert seen == ["quick"]


def test_run_window_on_a_fresh_dir_opens_the_normal_way(qtbot, data_dir, launch):
    _closing_window_soon(qtbot)
    assert launch(data_dir) == 0
    assert StartupView.open(data_dir) is not None  # and the next start will be quick


def test_run_window_explains_a_newer_database_and_exits_1(ready_dir, launch, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    con = sqlite3.connect(ready_dir / "hzreader.sqlite3")
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    assert launch(ready_dir) == 1
    assert len(shown) == 1 and "更新版本" in shown[0]
