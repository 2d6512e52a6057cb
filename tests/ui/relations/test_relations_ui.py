"""Documents in relation in the window: the brief's links both ways, the 相关条款 dock."""

from __future__ import annotations

import pytest

from hzreader.core.matching import MIN_SCORE
from hzreader.ui.relations.guide_links import EXPLAINED_LAYER, GUIDE_LAYER

# The brief's three highlights (its headings) and the measures they explain (by reading).
HIGHLIGHTS = {"c1": ("m1", "→ 第二部分第1条"), "c2": ("m9", "→ 第三部分第9条"),
              "c3": ("m7", "→ 第三部分第7条")}  # fmt: skip


def _links(window, layer) -> dict:
    return {m.data.key: m for m in window.reader.markers(layer)}


def _wait_links(qtbot, window, layer) -> dict:
    qtbot.waitUntil(lambda: len(window.reader.markers(layer)) > 0, timeout=30000)
    return _links(window, layer)


@pytest.mark.parametrize("heading", sorted(HIGHLIGHTS))
def test_each_highlight_of_the_brief_jumps_to_its_measure_and_back(qtbot, window, heading):
    measure, label = HIGHLIGHTS[heading]
    window.open_document("brief")
    links = _wait_links(qtbot, window, GUIDE_LAYER)
    assert all(m.label.startswith("→ ") for m in links.values())
    assert "pre" not in links and "c3.p3" not in links  # no counterpart, no link
    assert links[heading].label == label
    # beside the heading's own line, in the right margin
    assert links[heading].position == window.reader.text_position(heading, 0)
    window.reader.marker_activated.emit(GUIDE_LAYER, links[heading].data)
    assert window.document.id == "plan"
    assert window.reader.layer("relation_evidence")  # the shared phrases are marked
    top = window.reader.top_key()
    assert top == measure or top.startswith(measure + ".")
    back = _wait_links(qtbot, window, EXPLAINED_LAYER)
    assert back[measure].label.startswith("解读 ")
    paragraph = back[measure].data.target
    assert paragraph == heading or paragraph.startswith(heading + ".")  # the highlight's own
    window.reader.marker_activated.emit(EXPLAINED_LAYER, back[measure].data)
    assert window.document.id == "brief"
    flashed = window.reader.layer("flash")  # the paragraph is marked for a moment
    assert flashed and flashed[0].start == window.reader.node_range(paragraph)[0]


def test_the_related_dock_lists_the_clause_s_relations_by_document(qtbot, window):
    from pathlib import Path

    district = Path(__file__).resolve().parents[2] / "data" / "relations"
    doc = window.services.imports.import_file(district / "shangcheng_shishi_fangan.txt")
    window.reload_library("plan")
    dock = window.docks.related
    dock.show()
    dock.raise_()
    panel = window.relations.panel
    window.open_node("m9")
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() > 0, timeout=30000)
    assert "第三部分第9条" in panel.heading.text()
    groups = [panel.list.topLevelItem(i).text(0) for i in range(panel.list.topLevelItemCount())]
    assert any(doc.title in g for g in groups) and any("好地网" in g for g in groups)
    rows = panel.list.rows()
    assert {r.doc for r in rows} == {doc.id, "brief"}
    assert all(MIN_SCORE <= r.score <= 1 for r in rows) and rows == sorted(
        rows, key=lambda r: (r.doc != rows[0].doc, -r.score)
    )
    # Double click (or Enter) opens the related clause in its own document.
    first = rows[0]
    panel.list.open_requested.emit(first.doc, first.key)
    assert window.document.id == first.doc


def test_the_related_dock_does_no_work_while_hidden(qtbot, window):
    panel = window.relations.panel
    assert not window.relations.in_view()  # behind the notes tab at first
    window.open_node("m12")
    qtbot.wait(600)
    assert panel.list.topLevelItemCount() == 0 and window.relations._key is None


def test_margin_labels_stay_inside_a_narrow_reader(qtbot, window):
    # A narrow reader (a small window, the left of 对照阅读) leaves the links less room than
    # they need: they end at the viewport's edge, elided, and stay whole when there is room.
    window.open_document("brief")
    _wait_links(qtbot, window, GUIDE_LAYER)
    reader = window.reader
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: bool(reader.label_rects()))
    wide = reader.label_rects()
    assert {text for _r, _n, text in wide} <= {m.label for m in reader.markers(GUIDE_LAYER)}
    assert all(rect.right() <= reader.viewport().width() for rect, _n, _t in wide)
    window.resize(1000, 800)
    qtbot.waitUntil(lambda: reader.viewport().width() < 700)
    qtbot.waitUntil(lambda: bool(reader.label_rects()))
    narrow = reader.label_rects()
    assert narrow and all(rect.right() <= reader.viewport().width() for rect, _n, _t in narrow)
    labels = {m.label for m in reader.markers(GUIDE_LAYER)}
    cut = [text for _r, _n, text in narrow if text not in labels]
    assert cut and all(text.endswith("…") for text in cut)
