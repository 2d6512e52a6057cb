"""The quick start: the window draws from a read-only look at the database, then attaches."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from hzreader.services.startup import StartupView

PROBE_FILE = Path(__file__).resolve().parents[3] / "packaging" / "first_paint.py"


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


@pytest.fixture
def laid_out_dir(ready_dir, qtbot):
    """A ready data dir where a window has been open once and its docks were resized."""
    from PySide6.QtCore import Qt

    from hzreader.services.opening import open_context
    from hzreader.ui.shell.main_window import MainWindow

    ctx = open_context(ready_dir)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.position_restored)
    window.resizeDocks([window.outline, window.docks.notes], [300, 340], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: window.outline.width() == 300)
    window.close()
    ctx.close()
    return ready_dir


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
    from hzreader.ui.shell.context_loader import ContextLoader
    from hzreader.ui.shell.main_window import MainWindow

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


def test_the_document_box_names_the_document_shown_after_attaching(qtbot, ready_dir):
    # The list is filled again when the services attach: the box must stay on the
    # document the quick start showed (it fell back to its first entry, the plan).
    from hzreader.services.opening import open_context
    from hzreader.services.reading import ReadingService
    from hzreader.ui.shell.context_loader import ContextLoader
    from hzreader.ui.shell.main_window import MainWindow

    ctx = open_context(ready_dir)
    ReadingService(ctx).save_setting("reader.document", "brief")
    ctx.close()
    view = StartupView.open(ready_dir)
    window = MainWindow(startup=view)
    view.close()
    qtbot.addWidget(window)
    window.show()
    assert window.document.id == "brief"
    with qtbot.waitSignal(window.attached, timeout=15000):
        window.attach_when_loaded(ContextLoader(ready_dir, window))
    assert window.document.id == "brief"
    assert window.document_box.currentData() == "brief"
    window.close()
    window.ctx.close()


def test_closing_before_the_database_opens_still_saves(qtbot, ready_dir):
    from hzreader.services.opening import open_context
    from hzreader.services.reading import ReadingService
    from hzreader.ui.shell.context_loader import ContextLoader
    from hzreader.ui.shell.main_window import MainWindow

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
    from hzreader.ui.shell.launch import run_window

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


def test_garbage_collection_pauses_for_the_first_frame_only(qtbot, ready_dir, launch):
    import gc

    from PySide6.QtCore import QTimer

    from hzreader.ui.shell.main_window import MainWindow

    seen = {}
    init = MainWindow.__init__

    def noting(self, *args, **kwargs):
        seen["building"] = gc.isenabled()
        init(self, *args, **kwargs)
        self.reader.first_painted.connect(
            lambda: QTimer.singleShot(0, lambda: seen.setdefault("painted", gc.isenabled()))
        )

    MainWindow.__init__ = noting
    try:
        assert gc.isenabled()
        _closing_window_soon(qtbot)
        assert launch(ready_dir) == 0
    finally:
        MainWindow.__init__ = init
    # Off while the window is built; on again right after its first paint (the slots of
    # first_painted have run). Not asked later: the matching thread pauses the collector
    # while it builds its index (textfeatures.paused_gc), for the whole process.
    assert seen == {"building": False, "painted": True}
    assert gc.isenabled()


def test_garbage_collection_is_back_after_a_start_that_fails(ready_dir, launch, monkeypatch):
    import gc

    monkeypatch.setattr(QMessageBox, "critical", lambda *args: None)
    con = sqlite3.connect(ready_dir / "hzreader.sqlite3")
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    assert launch(ready_dir) == 1
    assert gc.isenabled()


def test_run_window_explains_a_newer_database_and_exits_1(ready_dir, launch, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    con = sqlite3.connect(ready_dir / "hzreader.sqlite3")
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    assert launch(ready_dir) == 1
    assert len(shown) == 1 and "更新版本" in shown[0]


FIRST_FRAME_PROBE = r"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from hzreader.services.startup import StartupView
from hzreader.ui.shell.main_window import MainWindow
view = StartupView.open(Path(sys.argv[1]))
window = MainWindow(startup=view)
view.close()
FEATURES = ("notes", "search", "library", "durability", "targets", "tasks")
heavy = ("sqlalchemy", "whoosh", "markdown", *(f"hzreader.ui.{f}.controller" for f in FEATURES))
def loaded():
    return sorted(m for m in sys.modules if m.startswith(heavy))
docks = sorted(d.objectName() for d in window.findChildren(__import__("PySide6.QtWidgets",
    fromlist=["QDockWidget"]).QDockWidget))
print("BEFORE", loaded(), docks)
def built():
    print("AFTER", [f for f in FEATURES if f"hzreader.ui.{f}.controller" in sys.modules],
          window.notes is not None, flush=True)
    app.quit()
window.features_built.connect(built)
window.show()
app.exec()
"""


def test_the_first_frame_waits_for_no_feature(laid_out_dir):
    """Only the reader, the outline and the empty dock frames come before the first paint."""
    import subprocess

    out = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME_PROBE, str(laid_out_dir)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    lines = {line.split(" ", 1)[0]: line for line in out.stdout.splitlines()}
    assert "BEFORE" in lines and "AFTER" in lines, out.stderr
    # No feature's controller (only their toolbar tools), no SQLAlchemy, no Whoosh.
    assert lines["BEFORE"].startswith("BEFORE [] ")
    for dock in ("library_dock", "notes_dock", "outline_dock", "search_dock", "tags_dock"):
        assert dock in lines["BEFORE"]  # the frames are there, so the saved layout holds
    features = "['notes', 'search', 'library', 'durability', 'targets', 'tasks']"
    assert lines["AFTER"] == f"AFTER {features} True"


def test_nothing_moves_when_the_features_arrive(qtbot, laid_out_dir):
    from PySide6.QtWidgets import QToolBar

    from hzreader.ui.shell.main_window import MainWindow

    view = StartupView.open(laid_out_dir)
    window = MainWindow(startup=view)
    view.close()
    qtbot.addWidget(window)
    toolbar = window.findChild(QToolBar, "main_toolbar")

    def layout():
        widgets = (toolbar, window.reader, window.outline, window.docks.notes, window.statusBar())
        return [w.geometry().getRect() for w in widgets], [a.text() for a in toolbar.actions()]

    first: list = []
    window.reader.first_painted.connect(lambda: first.append(layout()))
    with qtbot.waitSignal(window.features_built, timeout=15000):
        window.show()
    assert first and window.notes is not None
    qtbot.wait(50)  # let the features' widgets lay out
    assert layout() == first[0]
    assert window.docks.notes.widget() is window.notes.panel  # the frame was filled
    window.close()


def test_without_a_saved_layout_the_features_come_with_the_first_frame(qtbot, ready_dir):
    from hzreader.ui.shell.main_window import MainWindow

    view = StartupView.open(ready_dir)
    window = MainWindow(startup=view)
    view.close()
    qtbot.addWidget(window)
    assert window.notes is not None and window.docks.notes.widget() is window.notes.panel
    window.close()


def test_the_quick_start_lays_the_text_out_once_at_the_window_width(qtbot, laid_out_dir):
    # A saved layout (the docks keep their widths). A hidden view is a few characters wide:
    # the text given to it before the window shows would be laid out at that width first,
    # then again at the real one.
    from hzreader.ui.shell.main_window import MainWindow

    view = StartupView.open(laid_out_dir)
    window = MainWindow(startup=view)
    view.close()
    qtbot.addWidget(window)
    reader = window.reader
    assert reader.document().isEmpty()  # held until the window shows
    assert "m12" in reader.map  # the positions are known at once
    widths: list[float] = []
    first_frame: list[str | None] = []
    reader.first_painted.connect(lambda: first_frame.append(reader.top_key()))
    window.show()
    widths.append(reader.document().textWidth())
    qtbot.waitUntil(lambda: bool(first_frame))
    assert window.document.title in reader.toPlainText()
    assert widths == [reader.viewport().width()]  # laid out at the width it is shown at
    assert first_frame[0] in ("m12", "m12.s1")  # and at the place the reader left
    window.close()


# packaging/first_paint.py (bench/startup.py's probe) quits the application at the reader's
# first Paint event, as a session's end or a quit from elsewhere would: the window is closed by
# Qt's quit, before its features are built and while the database is still opening.
QUIT_PROBE = r"""
import os, sys
from pathlib import Path
os.environ["HZBENCH_T0"] = "0"
exec(open(sys.argv[2], encoding="utf-8").read())
from hzreader.ui.shell.launch import run_window
sys.exit(run_window(Path(sys.argv[1])))
"""


def test_a_quit_without_closing_the_window_saves_and_ends_its_threads(laid_out_dir):
    """A quit right after the first frame closed the window before its features were built;
    attaching the database to save built them all, the matching thread with them, which was
    then destroyed running: "QThread: Destroyed while thread 'matching' is still running",
    and the process aborted (exit 134). A close attaches to save, and builds nothing."""
    import subprocess

    from hzreader.services.opening import open_context
    from hzreader.services.reading import ReadingService

    out = subprocess.run(
        [sys.executable, "-c", QUIT_PROBE, str(laid_out_dir), str(PROBE_FILE)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert out.stdout.startswith("FIRST_PAINT"), out.stderr[-2000:]
    assert out.returncode == 0, out.stderr[-2000:]
    assert "QThread" not in out.stderr
    ctx = open_context(laid_out_dir)
    try:
        assert ReadingService(ctx).setting("window.state")  # the layout was saved
    finally:
        ctx.close()
