"""Search in the window: the search box, the results dock, marks in the reader, F3, Ctrl+F."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from hzreader.services.composition import Services
from hzreader.ui.search.marks import CURRENT_LAYER, SEARCH_LAYER
from hzreader.ui.search.results_model import KIND_ROLE

WAIT_MS = 30_000  # the first search builds the index (a second or two)


def _type(widget, text: str) -> None:
    """Type Chinese as an input method does: a committed string per event."""
    widget.setFocus()
    for part in text:
        event = QInputMethodEvent()
        event.setCommitString(part)
        QApplication.sendEvent(widget, event)


def _search(qtbot, window, text: str):
    controller = window.search
    controller.box.field.clear()
    _type(controller.box.field, text)
    qtbot.waitUntil(controller.settled, timeout=WAIT_MS)
    return controller


def _service_total(window, query: str, doc: str | None = None) -> int:

    service = Services(window.ctx).search
    try:
        return service.search(query, doc=doc, limit=None).total
    finally:
        service.close()


def _rows(model, parent=None):
    """Every row of the results tree, depth first: (index, depth)."""
    parent = parent or QModelIndex()
    out = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        out.append(index)
        out.extend(_rows(model, index))
    return out


def _hits(model) -> list:
    return [model.node(i).hit for i in _rows(model) if model.node(i).kind == "hit"]


def _plan_count(window, needle: str) -> int:
    """Occurrences in the document shown: its title and every node's own text."""
    doc = window.document
    texts = [doc.title] + [n.text for n in doc.walk() if n.kind != "sentence"]
    return sum(t.count(needle) for t in texts)


def _double_click(qtbot, tree, index) -> None:
    tree.scrollTo(index)
    center = tree.visualRect(index).center()
    # A real double click: press and release, then QTest's double-click event.
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=center)


def test_typing_shows_grouped_results_with_the_service_total(window, qtbot) -> None:
    controller = _search(qtbot, window, "人才")
    dock, model = controller.panel, controller.panel.model
    total = _service_total(window, "人才")
    assert total > 1 and model.total == total and model.hit_count() == total
    assert dock.isVisible() and f"共 {total} 条结果" in dock.summary.text()
    assert not dock.notice.isVisible()
    labels = {model.node(i).label: model.node(i) for i in _rows(model)}
    measure = labels["2. 推进高水平科技自立自强"]
    assert measure.kind == "group" and measure.parent.label.startswith("二、")
    assert [child.hit.key.split(".")[0] for child in measure.children] == ["m2"]
    assert all("人才" in hit.text for hit in _hits(model))
    # Counts on every group add up to the hits below it.
    for index in _rows(model):
        node = model.node(index)
        if node.kind != "hit":
            assert node.count == sum(c.count for c in node.children)

    controller.box.scope.setCurrentIndex(1)  # 当前文档
    qtbot.waitUntil(controller.settled, timeout=WAIT_MS)
    assert model.total == _service_total(window, "人才", doc="plan") < total
    assert {hit.doc for hit in _hits(model)} == {"plan"}


def test_opening_a_hit_marks_every_match_and_f3_walks_them(window, qtbot) -> None:
    controller = _search(qtbot, window, "人才")
    reader = window.reader
    index = next(
        i
        for i in _rows(controller.panel.model)
        if (controller.panel.model.node(i).key or "").startswith("m2.")
    )
    _double_click(qtbot, controller.panel.tree, index)
    qtbot.waitUntil(lambda: bool(reader.layer(SEARCH_LAYER)))
    assert reader.top_key().split(".")[0] == "m2"
    spans = reader.layer(SEARCH_LAYER)
    plain = reader.toPlainText()
    assert len(spans) == _plan_count(window, "人才") == plain.count("人才")
    assert all(plain[s.start : s.end] == "人才" for s in spans)
    current = reader.layer(CURRENT_LAYER)[0]
    assert reader.key_at(current.start).startswith("m2.")
    assert reader.textCursor().position() == current.start

    total = len(spans)
    starts = sorted(s.start for s in spans)
    first = starts.index(current.start)
    seen = [current.start]
    for step in range(1, total + 1):
        qtbot.keyClick(reader, Qt.Key.Key_F3)
        seen.append(reader.textCursor().position())
        # The next mark in reading order each time, wrapping after the last one.
        assert seen[-1] == starts[(first + step) % total]
        shown = (first + step) % total + 1
        assert window.statusBar().currentMessage() == f"第 {shown}/{total} 处"
        assert reader.layer(CURRENT_LAYER)[0].start == seen[-1]
    assert seen[-1] == seen[0] and seen[total - first] == starts[0]  # wrapped round
    qtbot.keyClick(reader, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert reader.textCursor().position() == seen[-2]

    qtbot.keyClick(reader, Qt.Key.Key_Escape)
    assert reader.layer(SEARCH_LAYER) == [] and reader.layer(CURRENT_LAYER) == []


def test_excluding_a_word(window, qtbot) -> None:
    controller = _search(qtbot, window, "住房")
    with_rental = controller.panel.model.total
    assert any("租赁" in hit.text for hit in _hits(controller.panel.model))
    controller = _search(qtbot, window, "住房 -租赁")
    hits = _hits(controller.panel.model)
    assert hits and len(hits) == _service_total(window, "住房 -租赁") < with_rental
    assert all("住房" in h.text and "租赁" not in h.text for h in hits)


def test_a_new_tagged_note_is_found_without_a_rebuild(window, qtbot) -> None:
    from hzreader.services.annotations import AnnotationService

    controller = _search(qtbot, window, "tag:部门/发改")
    assert controller.panel.model.total == 0 and "没有找到" in controller.panel.summary.text()
    builds: list[tuple[int, int]] = []
    controller.runner.building.connect(lambda done, total: builds.append((done, total)))
    notes = AnnotationService(window.ctx, window.library)
    controller.watch_annotations(notes)
    note = notes.create(
        "m9", quote="共有产权住房", note="**本局牵头**：与住建局对接试点方案", tags=["部门/发改"]
    )
    controller = _search(qtbot, window, "tag:部门/发改")
    model = controller.panel.model
    assert model.total == 1 and builds == []  # updated in place, not rebuilt
    index = next(i for i in _rows(model) if i.data(KIND_ROLE) == "note")
    assert model.node(index).hit.annotation_id == note.id
    assert index.parent().data() == "9. 完善城乡住房保障体系"
    _double_click(qtbot, controller.panel.tree, index)
    reader = window.reader
    qtbot.waitUntil(lambda: bool(reader.layer(SEARCH_LAYER)))
    start = reader.text_position("m9", note.start)
    assert [(s.start, s.end) for s in reader.layer(SEARCH_LAYER)] == [(start, start + 6)]
    assert reader.toPlainText()[start : start + 6] == "共有产权住房"


@pytest.mark.parametrize("query", ['"(', "NOT OR", "tag:"])
def test_an_odd_query_shows_the_notice_and_does_not_raise(window, qtbot, query) -> None:
    controller = _search(qtbot, window, query)
    dock = controller.panel
    if query == '"(':
        assert dock.notice.isVisible() and "字面" in dock.notice.text()
        assert dock.model.total == _service_total(window, query) > 0
    assert dock.summary.text() and "正在" not in dock.summary.text()


def test_find_in_page_counts_and_walks_occurrences(window, qtbot) -> None:
    controller = window.search
    reader = window.reader
    qtbot.keyClick(reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = controller.finder.find_bar
    assert controller.finder.toolbar.isVisible() and bar.field.hasFocus()
    _type(bar.field, "共同富裕")
    expected = _plan_count(window, "共同富裕")
    assert expected > 5 and len(reader.layer(SEARCH_LAYER)) == expected
    assert bar.count_label.text() == f"{controller.finder.marks.current + 1}/{expected}"
    first = reader.textCursor().position()
    positions = [first]
    for _ in range(expected):
        qtbot.keyClick(bar.field, Qt.Key.Key_F3)
        positions.append(reader.textCursor().position())
    assert positions[-1] == first and len(set(positions)) == expected
    assert bar.count_label.text() == f"{controller.finder.marks.current + 1}/{expected}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert reader.textCursor().position() == positions[-2]

    # Full-width and ASCII, upper and lower case alike.
    bar.field.setText("r＆d")
    assert len(reader.layer(SEARCH_LAYER)) == reader.toPlainText().count("R&D") == 1
    bar.field.setText("区块链")
    assert bar.count_label.text() == "无结果" and reader.layer(SEARCH_LAYER) == []
    bar.field.setText("共同富裕")
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not controller.finder.toolbar.isVisible() and reader.layer(SEARCH_LAYER) == []


def test_the_index_builds_off_the_ui_thread(window, qtbot) -> None:
    controller = window.search
    ticks_while_building: list[int] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(
        lambda: controller.progress.isVisible() and ticks_while_building.append(1)
    )
    timer.start()
    summaries: set[str] = set()
    timer.timeout.connect(lambda: summaries.add(controller.panel.summary.text()))
    _search(qtbot, window, "共同富裕")
    timer.stop()
    assert len(ticks_while_building) >= 3  # the UI kept running while the index was built
    assert any("建立搜索索引" in s for s in summaries)
    assert not controller.progress.isVisible()
    assert controller.panel.model.total == _service_total(window, "共同富裕")


def test_enter_remembers_the_query_for_the_next_start(window, qtbot, restart) -> None:
    controller = _search(qtbot, window, "职住平衡")
    qtbot.keyClick(controller.box.field, Qt.Key.Key_Return)
    qtbot.waitUntil(controller.panel.tree.hasFocus)
    assert controller.panel.tree.currentIndex().data(KIND_ROLE) == "hit"
    assert controller.recent[0] == "职住平衡"
    window = restart(window)
    assert window.search.box.recent_model.stringList()[0] == "职住平衡"


def test_closing_during_the_first_build_stops_it_and_search_works_next_time(
    window, qtbot, restart
) -> None:
    controller = window.search
    qtbot.keyClick(
        window.reader,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert controller.box.field.hasFocus()
    qtbot.waitUntil(controller.progress.isVisible, timeout=WAIT_MS)  # Ctrl+Shift+F warms up
    window = restart(window)  # closing waits for the build to stop, then the database closes
    controller = _search(qtbot, window, "碳达峰")
    assert controller.panel.model.total == _service_total(window, "碳达峰") > 0


def test_results_of_a_query_typed_over_are_dropped(window, qtbot) -> None:
    controller = _search(qtbot, window, "共同")  # the index is built by now
    shown: list[int] = []
    controller.panel.model.modelReset.connect(lambda: shown.append(controller.panel.model.total))
    controller.box.field.clear()
    _type(controller.box.field, "人")
    controller.search_now()  # as if the pause after 人 had been long enough
    _type(controller.box.field, "才")  # typed before the answer for 人 came back
    qtbot.waitUntil(controller.settled, timeout=WAIT_MS)
    total = _service_total(window, "人才")
    assert controller.last_query == "人才" and controller.panel.model.total == total
    assert _service_total(window, "人") > total
    assert set(shown) == {0, total}  # 人's results never shown, not even for a moment
