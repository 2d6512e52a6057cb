"""Notes in the order of the text, in the panel and in exports (issue 11, item 4)."""

from __future__ import annotations

from pathlib import Path

import docx

from hzreader.services.composition import Services

MEASURE_HEADING = "第三部分第9条 完善城乡住房保障体系"


def _notes_on_measure_9(window) -> list[str]:
    """Five notes on measure 9 and its sentences, created out of order; their ids in text
    order: the whole measure (0), sentence 1 (2), across sentences 2–3 on the measure
    (12), sentence 2 (11 + 5), sentence 3 (50)."""
    service = Services(window.ctx).annotations
    made = {
        "s3": service.create("m9.s3", start=0, end=5, note="第三句"),
        "s2": service.create("m9.s2", start=5, end=10, note="第二句"),
        "across": service.create("m9", start=12, end=60, note="跨两句"),
        "s1": service.create("m9.s1", start=2, end=6, note="第一句"),
        "whole": service.create("m9", note="整条"),
    }
    return [made[k].id for k in ("whole", "s1", "across", "s2", "s3")]


def test_the_notes_panel_lists_notes_in_text_order(qtbot, window):
    expected = _notes_on_measure_9(window)
    window.notes.reload()
    assert window.notes.panel.model.ids() == expected
    assert [a.id for a in window.notes.service.list(doc_id="plan")] == expected


def test_the_word_export_follows_the_text_and_groups_sentences_under_the_measure(
    qtbot, window, tmp_path: Path
):
    expected = _notes_on_measure_9(window)
    services = Services(window.ctx)
    notes = services.exports.study_notes()
    entries = [e for g in notes.groups for e in g.entries]
    assert [e.id for e in entries] == expected
    assert {e.heading for e in entries} == {MEASURE_HEADING}
    assert entries[1].citation.endswith("第三部分第9条第1句")  # the 出处 stays exact
    path, count = services.exports.export("docx", tmp_path / "笔记.docx")
    assert count == 5
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
    assert paragraphs.count(MEASURE_HEADING) == 1  # one heading for the five notes
    assert not any(p.startswith("第三部分第9条第") for p in paragraphs)  # none of its own
    quotes = [p for p in paragraphs if p.startswith("“")]
    node = services.library.node("m9", "plan")
    assert quotes[0] == f"“{node.text}”"
    assert quotes[1] == f"“{node.children[0].text[2:6]}”"
    assert quotes[2] == f"“{node.text[12:60]}”"
    markdown = services.exports.export("md", tmp_path / "笔记.md")[0].read_text("utf-8")
    assert markdown.count(MEASURE_HEADING) == 1
    assert markdown.index("整条") < markdown.index("第一句") < markdown.index("跨两句")
