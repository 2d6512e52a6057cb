"""与旧版对比 in the window: the outline and the text marked, F7, the 修订对照表, leaving."""

from __future__ import annotations

import pytest
from editions import REWORD_NEW, REWORD_OLD, edition
from PySide6.QtCore import Qt

from hzreader.ui.compare.edition_view import CHANGES_LAYER, STATUS_LAYER


@pytest.fixture
def new_edition(window, tmp_path):
    """The edited plan imported as the next edition of the plan, and shown."""
    path = tmp_path / "next.txt"
    path.write_text(edition(), encoding="utf-8")
    result = window.services.editions.import_version(path, "plan")
    window.reload_library(result.document.id)
    return result.document


def _compared(qtbot, window):
    compare = window.compare
    assert compare.edition_action.isEnabled()
    compare.edition_action.trigger()
    qtbot.waitUntil(lambda: compare.edition is not None, timeout=30000)
    return compare


def test_the_comparison_marks_every_change_in_outline_and_text(qtbot, window, new_edition):
    compare = _compared(qtbot, window)
    view = compare.edition_view
    assert window.centralWidget() is view
    summary = view.summary.text()
    # As the 修订对照表 counts them: 10 clauses renumbered and 4 sentences moved.
    for word, n in (("新增", 2), ("删除", 1), ("修改", 4), ("调整编号", 14)):
        assert f"{word} <b>{n}</b>" in summary, summary
    # The outline: the dropped measure stands where it was; signs read without colour.
    model = window.outline.model
    labels = {key: model.data(model.index_for_key(key)) for key in ("old:m5", "m8", "m9", "m5")}
    assert labels["old:m5"].startswith("－ ") and labels["m8"].startswith("＋ ")
    assert labels["m9"].startswith("～ ") and labels["m5"].startswith("↕ ")
    # The text: the new words inserted, the old ones struck through where they stood.
    reader = view.reader
    node = view.view.document.find("m9")
    spans = reader.layer(CHANGES_LAYER)
    struck = [s for s in spans if s.strike]
    inserted = [s for s in spans if s.underline]
    text = reader.toPlainText()
    assert any("积极" in text[s.start : s.end] for s in struck)
    assert any("稳妥有序" in text[s.start : s.end] for s in inserted)
    assert REWORD_OLD[:2] in node.text and REWORD_NEW[:4] in node.text
    labels = {m.data: m.label for m in reader.markers(STATUS_LAYER)}
    assert labels["m5"].startswith("↕ 原") and labels["old:m5"] == "－ 删除"


def test_f7_walks_the_changes_and_the_outline_follows(qtbot, window, new_edition):
    compare = _compared(qtbot, window)
    order = compare.edition.change.order
    qtbot.keyClick(compare.edition_view.reader, Qt.Key.Key_F7)
    assert compare.edition.index == 0
    assert window.outline.current_key() == order[0]
    compare.next_change.trigger()
    assert window.outline.current_key() == order[1]
    assert compare.edition_view.position.text() == f"第 2/{len(order)} 处"
    compare.previous_change.trigger()
    compare.previous_change.trigger()  # round the start, to the last change
    assert compare.edition.index == len(order) - 1
    # A click in the outline moves the comparison's reader, not the hidden one.
    window.outline.open_node_requested.emit("m9")
    top = compare.edition_view.reader.top_key()
    assert top == "m9" or top.startswith("m9.")


def test_export_the_revision_table_then_leave(qtbot, window, new_edition, tmp_path):
    compare = _compared(qtbot, window)
    out = tmp_path / "修订对照表.md"
    compare.export_revision_table(str(out))
    qtbot.waitUntil(out.exists, timeout=30000)
    text = out.read_text(encoding="utf-8")
    assert "| 原文 | 修改后 | 说明 |" in text and "**稳妥有序**" in text
    compare.edition_action.trigger()  # off again
    assert window.centralWidget() is window.reader
    model = window.outline.model
    assert not model.data(model.index_for_key("m9")).startswith("～")
    assert not model.index_for_key("old:m5").isValid()
    window.outline.open_node_requested.emit("m12")  # the outline is the reader's again
    assert window.reader.top_key().startswith("m12")


def test_no_comparison_for_a_document_without_an_old_edition(window):
    assert not window.compare.edition_action.isEnabled()


def test_a_long_title_in_the_bar_is_elided_not_cut(qtbot, window, new_edition):
    compare = _compared(qtbot, window)
    title = compare.edition_view.title
    window.resize(1000, 800)
    qtbot.waitUntil(lambda: title.width() < title.fontMetrics().horizontalAdvance(title.text()))
    shown = title.shown_text()
    assert shown.endswith("…") and title.text().startswith(shown[:-1])
    window.resize(2400, 800)
    qtbot.waitUntil(lambda: title.width() > title.fontMetrics().horizontalAdvance(title.text()))
    assert title.shown_text() == title.text()
