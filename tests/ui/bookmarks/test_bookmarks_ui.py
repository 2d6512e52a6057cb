"""Bookmarks by keyboard (Ctrl+D, F2, Enter, Delete), back and forward through jumps (Alt+←,
Alt+→), and the study map changing as the reader scrolls, in the real window."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from hzreader.ui.outline import STUDY_ROLE

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _top(window) -> str:
    return window.reader.top_key().split(".s")[0]


def _rows(model, parent=None):
    parent = parent or QModelIndex()
    out = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        out.extend([index, *_rows(model, index)])
    return out


def _outline_enter(qtbot, window, key: str) -> None:
    tree = window.outline.tree
    index = window.outline.model.index_for_key(key)
    tree.setCurrentIndex(index)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)


def test_ctrl_d_bookmarks_the_current_clause_and_the_list_renames_jumps_deletes(
    qtbot, window, monkeypatch
):
    panel = window.bookmarks.panel
    assert panel.list.count() == 0 and panel.empty.isVisibleTo(window.outline)
    window.open_node("m9")  # the text cursor goes to the clause; the reader has the keyboard
    qtbot.keyClick(window.reader, Qt.Key.Key_D, CTRL)
    marks = window.services.bookmarks.list()
    assert [m.key for m in marks] == ["m9"]
    assert panel.list.count() == 1 and panel.list.item(0).text().startswith("9.")
    assert "第三部分第9条" in panel.list.item(0).text()  # its citation, short
    qtbot.keyClick(window.reader, Qt.Key.Key_D, CTRL)  # again: still one bookmark
    assert len(window.services.bookmarks.list()) == 1

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("住房保障", True))
    panel.list.setCurrentRow(0)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    assert window.services.bookmarks.list()[0].name == "住房保障"
    assert panel.list.item(0).text().startswith("住房保障")

    window.open_node("m20")
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)  # Enter jumps to the bookmark
    assert _top(window) == "m9"

    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert window.services.bookmarks.list() == [] and panel.list.count() == 0
    window.services.annotations.history.undo()  # Ctrl+Z's history: the bookmark is back
    assert panel.list.count() == 1 and panel.list.item(0).text().startswith("住房保障")


def test_alt_left_and_right_walk_back_through_outline_and_search_jumps(qtbot, window):
    back, forward = window.bookmarks.back_action, window.bookmarks.forward_action
    assert not back.isEnabled() and not forward.isEnabled()
    _outline_enter(qtbot, window, "m3")
    _outline_enter(qtbot, window, "m12")
    assert _top(window) == "m12" and back.isEnabled()
    search = window.search
    search.box.set_text("共有产权住房")
    search.search_now()
    qtbot.waitUntil(search.settled, timeout=30_000)
    model = search.panel.model
    hits = [model.node(i) for i in _rows(model)]
    hit_row = next(r for r in hits if r.hit is not None and r.doc == "plan" and r.key[:3] == "m9.")
    search.open_row(hit_row)
    at_hit = window.reader.top_key()
    assert at_hit is not None and at_hit.startswith("m9")

    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Left, ALT)  # back to where the hit left
    assert _top(window) == "m12" and forward.isEnabled()
    qtbot.keyClick(window.reader, Qt.Key.Key_Left, ALT)
    assert _top(window) == "m3"
    qtbot.keyClick(window.reader, Qt.Key.Key_Right, ALT)
    assert _top(window) == "m12"
    qtbot.keyClick(window.reader, Qt.Key.Key_Right, ALT)
    assert window.reader.top_key() == at_hit and not forward.isEnabled()


def test_back_returns_to_the_document_a_bookmark_jump_left(qtbot, window):
    brief = next(d for d in window.library.documents() if d.id != "plan")
    window.open_node("m5")
    mark = window.services.bookmarks.add(brief.id and next(iter(
        n.key for n in window.library.document(brief.id).walk() if n.kind != "sentence"
    )), brief.id)  # fmt: skip
    window.bookmarks.refresh()
    window.bookmarks.jump_to(mark.doc, mark.key)
    assert window.document.id == brief.id
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Left, ALT)
    assert window.document.id == "plan" and _top(window) == "m5"


def test_the_study_map_changes_as_the_reader_dwells_not_as_it_flicks(qtbot, window):
    controller = window.bookmarks
    controller.tracker.set_timing(dwell_ms=600, tick_ms=40, flush_ms=100)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    label = window.outline.progress_label
    assert label.text().startswith("已读 0%")
    reader = window.reader
    reader.scroll_to_key("m20")  # a flick past m20: gone before it could be read
    qtbot.wait(120)
    reader.scroll_to_key("m9")
    index = window.outline.model.index_for_key("m9")
    qtbot.waitUntil(lambda: index.data(STUDY_ROLE) == "read", timeout=10_000)
    qtbot.waitUntil(lambda: "m9" in window.services.study.read_keys("plan"), timeout=10_000)
    assert "m20" not in window.services.study.read_keys("plan")
    assert window.outline.model.index_for_key("m20").data(STUDY_ROLE) == "unread"
    assert not label.text().startswith("已读 0%")
    chapter = window.outline.model.index_for_key("c3")
    assert chapter.data(STUDY_ROLE) in ("partial", "read")
    assert window.services.study.map("plan").percent > 0


def test_reset_asks_first_and_can_be_undone(qtbot, window, monkeypatch):
    window.services.study.record("plan", ["m9", "m10"])
    qtbot.waitUntil(lambda: not window.outline.progress_label.text().startswith("已读 0%"))
    asked = []

    def answer(*args, **kwargs):
        asked.append(args)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.bookmarks.reset_action.trigger()
    assert asked and window.services.study.read_keys("plan") == {"m9", "m10"}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.bookmarks.reset_action.trigger()
    assert window.services.study.read_keys("plan") == set()
    qtbot.waitUntil(lambda: window.outline.progress_label.text().startswith("已读 0%"))
    window.services.annotations.history.undo()
    assert window.services.study.read_keys("plan") == {"m9", "m10"}
