"""Citations in the notes list keep their clause whole (issue 11, item 5)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from hzreader.services.composition import Services
from hzreader.ui.notes import delegate
from hzreader.ui.notes.delegate import elide_citation, meta_text

TITLE = "《杭州争当浙江高质量发展建设共同富裕示范区城市范例的行动计划（2021—2025年）》"


def test_the_document_title_is_shortened_never_the_clause(qapp):
    metrics = QFontMetrics(QFont())
    for clause in ("第三部分第10条", "第三部分第12条第2句"):
        citation = TITLE + clause
        full = metrics.horizontalAdvance(citation)
        for width in range(full + 10, metrics.horizontalAdvance("《…》" + clause) - 1, -17):
            shown = elide_citation(metrics, citation, width)
            assert shown.endswith(clause), (width, shown)
            assert shown.startswith("《") and metrics.horizontalAdvance(shown) <= width
            if width < full:
                assert "…》" in shown
        # Narrower than the clause itself: the clause is all there is, cut at its end.
        assert elide_citation(metrics, citation, metrics.horizontalAdvance("第三部")).startswith(
            "第"
        )


def test_the_meta_line_drops_tags_and_date_before_the_clause(qapp):
    metrics = QFontMetrics(QFont())
    clause = "第三部分第10条"
    citation = TITLE + clause
    wide = meta_text(metrics, ["部门/发改", "住房"], citation, "2026-12-01", 2000)
    assert wide == f"#部门/发改 #住房  ·  {citation}  ·  2026-12-01"
    for width in (600, 400, 300, 220, 160):
        line = meta_text(metrics, ["部门/发改", "住房"], citation, "2026-12-01", width)
        assert clause in line and metrics.horizontalAdvance(line) <= width, (width, line)


def test_the_notes_panel_draws_cards_with_the_clause_whole(qtbot, window, monkeypatch):
    service = Services(window.ctx).annotations
    service.create("m10", note="整条", tags=["部门/发改"])
    service.create("m12.s2", note="一句")
    window.notes.reload()
    drawn: list[str] = []
    original = delegate.meta_text
    monkeypatch.setattr(delegate, "meta_text", lambda *a: drawn.append(original(*a)) or drawn[-1])
    window.resize(1200, 800)  # room for a 260 px dock beside the reader's column
    qtbot.waitUntil(lambda: window.width() == 1200)
    window.resizeDocks([window.docks.notes], [260], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: window.docks.notes.width() == 260)
    window.docks.notes.raise_()
    panel = window.notes.panel
    qtbot.waitUntil(lambda: panel.list.isVisible())
    panel.list.viewport().grab()
    m10 = Services(window.ctx).library.node("m10", "plan").citation
    clause = m10.split("》", 1)[1]
    assert any(f"…》{clause}  ·  " in line for line in drawn), drawn  # title cut, clause whole
    assert any("第12条第2句  ·  " in line for line in drawn), drawn
