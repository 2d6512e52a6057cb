"""Documents in relation in the window: the brief's links both ways, the 相关条款 dock."""

from __future__ import annotations

import pytest

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
