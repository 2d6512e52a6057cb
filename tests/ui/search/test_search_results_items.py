"""Search results as a demanding user meets them (issue 11, items 6, 7, 8 and 13)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from hzreader.services.composition import Services
from hzreader.ui.search.groups import markdown_plain, note_snippet, short_quote
from hzreader.ui.search.marks import SEARCH_LAYER
from hzreader.ui.search.results_model import QUOTE_ROLE, SPANS_ROLE

WAIT_MS = 30_000


def _search(qtbot, window, text: str):
    controller = window.search
    controller.box.set_text(text)
    controller.search_now()
    qtbot.waitUntil(controller.settled, timeout=WAIT_MS)
    return controller


def _rows(model, parent=None):
    parent = parent or QModelIndex()
    out = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        out.append(index)
        out.extend(_rows(model, index))
    return out


def _note_rows(model):
    return [i for i in _rows(model) if model.node(i).hit and model.node(i).hit.kind == "note"]


def _click(qtbot, tree, index) -> None:
    tree.scrollTo(index)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center()
    )


def _line_top(reader, position: int) -> int:
    cursor = QTextCursor(reader.document())
    cursor.setPosition(position)
    return reader.cursorRect(cursor).top()


# -- item 6 ----------------------------------------------------------------------------


def test_markdown_is_left_out_of_a_note_hit_with_its_matches_moved():
    text = "**本局牵头**：与[住建局](http://x)对接\n- `住房` 试点"
    start = text.index("住房")
    plain, spans = markdown_plain(text, [(start, start + 2), (2, 6)])
    assert plain == "本局牵头：与住建局对接\n住房 试点"
    assert [plain[s:e] for s, e in spans] == ["住房", "本局牵头"]
    snippet, moved = note_snippet(text, [(start, start + 2)])
    assert "*" not in snippet and "\n" not in snippet and snippet[slice(*moved[0])] == "住房"
    assert short_quote("保" * 689) == "保" * 39 + "…"


def test_note_hits_show_words_not_markdown_and_a_short_quote(qtbot, window):
    service = Services(window.ctx).annotations
    service.create("m9", note="**本局牵头**：与住建局对接住房试点方案")  # the whole measure
    controller = _search(qtbot, window, "本局牵头")
    model = controller.panel.model
    rows = _note_rows(model)
    assert len(rows) == 1
    index = rows[0]
    assert index.data() == "本局牵头：与住建局对接住房试点方案"
    assert [index.data()[s:e] for s, e in index.data(SPANS_ROLE)] == ["本局牵头"]
    quote = index.data(QUOTE_ROLE)
    node = Services(window.ctx).library.node("m9", "plan")
    assert len(node.text) > 200 and len(quote) <= 40 and quote.endswith("…")
    # The row is a few lines high, not the 284 characters of the measure (18 lines here).
    tree = controller.panel.tree
    per_line = tree.viewport().width() // tree.fontMetrics().horizontalAdvance("中")
    assert len(node.text) // per_line > 12
    assert tree.visualRect(index).height() < 10 * tree.fontMetrics().lineSpacing()


def test_an_excluded_word_leaves_out_notes_that_quote_it(qtbot, window):
    service = Services(window.ctx).annotations
    node = Services(window.ctx).library.node("m9", "plan")
    at = node.text.index("保障性租赁住房")
    rental = service.create("m9", start=at, end=at + 7, note="住房：落实到区")
    other = service.create("m9", quote="共有产权住房", note="住房：本局牵头")
    controller = _search(qtbot, window, "住房 -租赁")
    ids = {model_hit.annotation_id for model_hit in controller.panel.model.roots()[0].hits()}
    assert other.id in ids and rental.id not in ids
    controller = _search(qtbot, window, "住房")
    ids = {h.annotation_id for h in controller.panel.model.roots()[0].hits()}
    assert rental.id in ids  # only the exclusion applies to the quote


def test_a_single_click_opens_a_hit_with_its_measure_heading_in_view(qtbot, window):
    controller = _search(qtbot, window, "人才")
    panel, reader = controller.panel, window.reader
    hits = [i for i in _rows(panel.model) if panel.model.node(i).kind == "hit"]

    # A hit lines below its measure's heading, but near enough for both to be in view.
    def depth(i):
        row = panel.model.node(i)
        at = reader.text_position(row.key, row.hit.matches[0][0])
        return at - reader.node_range(row.parent.key)[0]

    in_plan = [i for i in hits if panel.model.node(i).doc == "plan" and i.parent().isValid()]
    index = min((i for i in in_plan if depth(i) > 60), key=depth)
    row = panel.model.node(index)
    opened = []
    panel.open_requested.connect(opened.append)
    _click(qtbot, panel.tree, index)
    assert opened == [row]  # one click, one opening
    measure = row.parent.key
    heading = _line_top(reader, reader.node_range(measure)[0])
    match = _line_top(reader, reader.text_position(row.key, row.hit.matches[0][0]))
    height = reader.viewport().height()
    assert 0 <= heading < height // 4  # the measure's heading is at the top
    assert 0 <= match < height  # and the match is in view too
    assert reader.textCursor().position() == reader.text_position(row.key, row.hit.matches[0][0])
    qtbot.mouseDClick(
        panel.tree.viewport(), Qt.MouseButton.LeftButton,
        pos=panel.tree.visualRect(index).center(),
    )  # fmt: skip
    assert opened == [row]  # a double click does not open it twice


# -- item 7 ----------------------------------------------------------------------------


def test_a_very_long_query_is_shortened_in_the_panel(qtbot, window):
    controller = _search(qtbot, window, "人才")
    dock = window.docks.search
    width = dock.width()
    controller = _search(qtbot, window, "x" * 2000)
    summary = controller.panel.summary.text()
    assert summary.startswith("没有找到") and len(summary) < 60 and "…" in summary
    QApplication.processEvents()
    assert dock.width() <= width


# -- item 8 ----------------------------------------------------------------------------


def test_a_new_query_clears_the_marks_of_the_last_one(qtbot, window):
    controller = _search(qtbot, window, "人才")
    hits = [i for i in _rows(controller.panel.model) if controller.panel.model.node(i).hit]
    controller.open_row(controller.panel.model.node(hits[0]))
    assert window.reader.layer(SEARCH_LAYER)
    controller.box.set_text("住房")
    qtbot.waitUntil(controller.settled, timeout=WAIT_MS)
    assert not window.reader.layer(SEARCH_LAYER)  # no 人才 marked under a 住房 search
    # The find bar's own marks are not a search's: they stay.
    controller.finder.open_find()
    controller.finder.find_bar.field.setText("共同富裕")
    assert window.reader.layer(SEARCH_LAYER)
    controller.box.set_text("人才")
    qtbot.waitUntil(controller.settled, timeout=WAIT_MS)
    assert window.reader.layer(SEARCH_LAYER)


# -- item 13 ---------------------------------------------------------------------------


def test_deleting_a_note_keeps_the_notes_tab_in_front(qtbot, window):
    service = Services(window.ctx).annotations
    first = service.create("m9", quote="共有产权住房", note="住房一")
    service.create("m9", quote="住房", note="住房二")
    controller = _search(qtbot, window, "住房")  # results shown, in front
    notes_dock, search_dock = window.docks.notes, window.docks.search
    window.notes.reload()
    notes_dock.raise_()  # the user goes back to the notes
    qtbot.waitUntil(lambda: search_dock.visibleRegion().isEmpty())
    window.notes.delete([first.id])
    qtbot.waitUntil(controller.settled, timeout=WAIT_MS)
    qtbot.wait(600)  # past the refresh's delay
    qtbot.waitUntil(controller.settled, timeout=WAIT_MS)
    assert not notes_dock.visibleRegion().isEmpty()
    assert search_dock.visibleRegion().isEmpty()
    # The results were searched again all the same: the deleted note is gone from them.
    ids = {h.annotation_id for root in controller.panel.model.roots() for h in root.hits()}
    assert first.id not in ids
