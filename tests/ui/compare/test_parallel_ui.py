"""对照阅读 in the window: the right side follows the clause read on the left."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "data" / "relations"
DISTRICT = DATA / "shangcheng_shishi_fangan.txt"


@pytest.fixture
def district(window):
    """The district 实施方案 written for the tests, imported into the window's library."""
    doc = window.services.imports.import_file(DISTRICT)
    window.reload_library(window.document.id)
    return doc


def test_parallel_reading_follows_the_left_and_marks_what_they_share(qtbot, window, district):
    compare = window.compare
    compare.parallel_action.trigger()
    assert compare.parallel_action.isChecked()
    pane = compare.pane
    assert window.centralWidget().objectName() == "parallel_splitter"
    assert window.reader.isVisible() and pane.isVisible()
    assert pane.current_document() == district.id
    # The left reads the district's tasks; the right (the plan) follows.
    window.open_document(district.id)
    assert pane.current_document() != district.id
    window.open_document("plan")
    assert pane.current_document() == district.id
    window.open_node("m9")
    qtbot.waitUntil(lambda: bool(pane.candidates.rows()), timeout=30000)
    best = pane.candidates.rows()[0]
    assert best.doc == district.id
    top = pane.reader.top_key()
    assert top == best.key or top.startswith(best.key + ".")
    assert window.reader.layer("parallel_evidence") and pane.reader.layer("parallel_evidence")
    # Turned off: the reader has the whole middle again.
    compare.parallel_action.trigger()
    assert window.centralWidget() is window.reader
    assert not window.reader.layer("parallel_evidence")


def test_the_alignment_table_is_exported_from_the_window(qtbot, window, district, tmp_path):
    from docx import Document as Docx

    out = tmp_path / "对照表.docx"
    window.compare.export_alignment_table(str(out), district.id)
    qtbot.waitUntil(out.exists, timeout=30000)
    qtbot.waitUntil(lambda: "已导出对照表" in window.statusBar().currentMessage())
    table = Docx(str(out)).tables[0]
    cells = [c.text for c in table.rows[0].cells]
    assert any("杭州" in c or "行动计划" in c or "条款" in c for c in cells), cells
    assert len(table.rows) > 30  # every numbered clause of the plan


def test_a_table_of_a_document_against_itself_is_refused_clearly(
    qtbot, window, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    out = tmp_path / "x.md"
    window.compare.export_alignment_table(str(out), "plan")
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert "同一个" in shown[0] and not out.exists()
    assert window.compare.export_alignment.isEnabled()
