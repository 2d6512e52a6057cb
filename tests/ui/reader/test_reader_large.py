"""A large document opens without freezing the window: laid out on a pool thread, then shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_files import one_long_line
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor

from hzreader.core.document import parse_document
from hzreader.ui.reader import ReaderView


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    """300,000 characters on one line, parsed as the importer does (many nodes)."""
    path = one_long_line(Path(tmp_path_factory.mktemp("large")) / "line.txt", 300_000)
    return parse_document(path.read_text("utf-8"), doc_id="large", title="长文")


def _ticker(view: ReaderView) -> tuple[QTimer, list[bool]]:
    """A timer on the UI thread recording, at each tick, whether the view was still loading."""
    seen: list[bool] = []
    timer = QTimer(view, interval=5)
    timer.timeout.connect(lambda: seen.append(view.loading()))
    timer.start()
    return timer, seen


def _on_top_line(view: ReaderView, key: str) -> bool:
    """True when the node starts on the first line in view (sentences share lines)."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.map.span(key).start)
    return 0 <= view.cursorRect(cursor).top() < view._typo.line_px * 2


def test_a_large_document_opens_while_the_event_loop_turns(qtbot, large):
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    # The build takes a fifth of a second here, and Qt's own locks (fonts, layout) may keep the
    # UI thread waiting for part of it: a tick while loading is asked of one of three loads, so
    # that the test fails only when the UI thread is held for the whole build every time.
    ticked = []
    for _ in range(3):
        timer, seen = _ticker(view)
        with qtbot.waitSignal(view.document_ready, timeout=120_000):
            assert view.load_document(large) is False
            assert view.loading() and len(view.map) == 0
            assert "长文" in view.document().toPlainText()  # the notice while it is laid out
        timer.stop()
        ticked.append(True in seen)  # the timer fired while the document was being built
        if ticked[-1]:
            break
    assert True in ticked, ticked
    keys = view.map.keys()
    assert len(keys) > 5_000 and not view.loading()
    last = large.nodes[-1]
    assert view.document().toPlainText().rstrip().endswith(last.text[-20:])
    # The whole text is reachable: a jump to the last node and one to the middle.
    middle = keys[len(keys) // 2]
    assert view.scroll_to_key(middle) and _on_top_line(view, middle)
    assert view.scroll_to_key(last.key)
    assert view.verticalScrollBar().value() > 0


def test_only_the_newest_document_is_shown(qtbot, large):
    small = parse_document("第一章　总则\n一、目标。推进示范区建设。\n", doc_id="s", title="短文")
    view = ReaderView()
    qtbot.addWidget(view)
    view.show()
    assert view.load_document(large) is False
    assert view.load_document(small) is True  # asked for next, shown at once
    qtbot.wait(300)
    qtbot.waitUntil(lambda: not view.loading(), timeout=120_000)
    qtbot.wait(200)  # the large one's build, if it reports, is dropped
    assert view.document_model() is small
    assert "推进示范区建设" in view.document().toPlainText()
    assert "共同富裕" not in view.document().toPlainText()


def test_zooming_a_large_document_keeps_the_place(qtbot, large):
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    with qtbot.waitSignal(view.document_ready, timeout=120_000):
        view.load_document(large)
    key = view.map.keys()[2_000]
    view.scroll_to_key(key)
    size = view.point_size()
    with qtbot.waitSignal(view.point_size_changed, timeout=120_000) as changed:
        view.set_point_size(size + 2)
        assert view.loading()  # laid out again off the UI thread
    assert changed.args == [size + 2]
    assert view.document().defaultFont().pointSizeF() == size + 2
    assert _on_top_line(view, key)


def test_the_window_opens_a_large_document_and_goes_on(qtbot, window, tmp_path):
    services = window.services
    path = one_long_line(tmp_path / "长文.txt", 300_000)
    doc_id = services.imports.import_file(path).id
    window.reload_library()
    with qtbot.waitSignal(window.document_shown, timeout=120_000):
        window.open_document(doc_id)
        assert window.reader.loading() and not window.position_restored()
    assert window.document.id == doc_id and window.position_restored()
    assert len(window.reader.map) > 5_000
