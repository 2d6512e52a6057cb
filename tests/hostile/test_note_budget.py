"""One strange note never blocks the others: past the render budget it is shown as plain text."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from hostile_files import deep_note
from inproc import run_main

from hzreader.exporters.note_html import (
    NOTICE_BROKEN,
    NOTICE_COMPLEX,
    NOTICE_DEEP,
    NOTICE_LONG,
    WIDGET,
    Budget,
    lookahead_cost,
    render,
    render_note,
    source_depth,
)
from hzreader.services.composition import Services

ORDINARY = {
    "m9": "**本局牵头**：与住建局对接试点方案\n\n- 摸清底数\n- 报送方案",
    "m2": "人才政策*要细化*，见[通知](https://example.org/a)",
    "g1": "> 引用一段原文\n\n我们的看法：要抓落实",
}
STRANGE = {
    "m3": deep_note(5000, "quote"),
    "m4": deep_note(1000, "list"),  # 1 MB of indentation
    "m5": deep_note(40_000, "emphasis"),
    "m6": deep_note(400, "table"),
    "m7": "<div>" * 50_000 + "嵌套的网页",
    "m8": "[" * 50_000,
}


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        (deep_note(5000, "quote"), NOTICE_DEEP),
        (deep_note(200, "list"), NOTICE_DEEP),
        (deep_note(40_000, "emphasis"), NOTICE_DEEP),
        ("**" * 150 + "x", NOTICE_DEEP),
        ("<div>" * 5_000, NOTICE_DEEP),  # within the marks: Markdown's HTML is measured
        ("<div>" * 6_000, NOTICE_COMPLEX),
        ("<b>" * 3_000, NOTICE_DEEP),  # few marks, but Markdown's HTML nests 3,000 deep
        ("[" * 5_000, NOTICE_COMPLEX),
        ("[a](" * 2_000, NOTICE_COMPLEX),
        (deep_note(300, "table"), NOTICE_COMPLEX),
        ("字" * 100_001, NOTICE_LONG),
        ("行\n" * 5_000, NOTICE_LONG),
        ("a\n: b\n" * 800, NOTICE_BROKEN),  # the def_list extension recurses per definition
    ],
)
def test_notes_past_the_budget_become_plain_text_with_a_notice(text: str, notice: str) -> None:
    rendered = render(text)
    assert rendered.plain and rendered.notice == notice
    assert rendered.html.startswith(f"<p><em>{notice}</em></p>")
    # The text is all there, escaped, never markup.
    assert "<div>" not in rendered.html and "<blockquote>" not in rendered.html
    assert rendered.html.count("<p>") >= 2


def test_ordinary_notes_render_as_before() -> None:
    html = render_note(ORDINARY["m9"])
    assert "<strong>本局牵头</strong>" in html and "<li>摸清底数</li>" in html
    link = render(ORDINARY["m2"])
    assert not link.plain and 'rel="noopener noreferrer"' in link.html
    widget = render(ORDINARY["m2"], WIDGET)
    assert "noopener" not in widget.html and "<em>要细化</em>" in widget.html
    assert render("第一行\n第二行", WIDGET).html == "<p>第一行<br>\n第二行</p>"
    assert render("   ") == render("") and render("").html == ""
    # Deep but within the budget: rendered.
    assert render(deep_note(90, "quote")).html.count("<blockquote>") == 90


def test_the_measures_are_linear_estimates() -> None:
    assert source_depth("> > > x\n        - y") == 3
    assert source_depth("***强调***") == 1
    assert lookahead_cost("[a](b) [c]") == 2 + 3 + 2  # each [ to its ], and ]( to its )
    assert lookahead_cost("[[[") == 3 + 2 + 1
    assert lookahead_cost("[x\n\ny]") == 2  # a paragraph end stops the look-ahead
    small = Budget(chars=10)
    assert render("十一个字十一个字十一个", budget=small).notice == NOTICE_LONG


def test_a_preview_can_shorten_the_plain_text() -> None:
    rendered = render("长" * 200_000, WIDGET, max_plain_chars=1_000)
    # 1,000 characters of the note, and the 长 of 过长 in the notice.
    assert rendered.notice == NOTICE_LONG and rendered.html.count("长") == 1_001
    assert rendered.html.endswith("…</p>")


@pytest.fixture
def mixed_ctx(app_ctx):
    """The plan with three ordinary notes and six that no renderer should be asked to nest."""
    service = Services(app_ctx).annotations
    for key, note in {**ORDINARY, **STRANGE}.items():
        service.create(key, note=note, tags=["学习"])
    return app_ctx


def _docx_text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


@pytest.mark.parametrize("fmt", ["html", "docx", "md"])
def test_an_export_with_strange_notes_holds_every_note(mixed_ctx, tmp_path: Path, fmt) -> None:
    out_file = tmp_path / f"心得.{fmt}"
    out = run_main(
        "export", "--format", fmt, "-o", str(out_file), "--json", data_dir=mixed_ctx.paths.root
    )
    assert out.code == 0, out.err
    assert json.loads(out.out)["count"] == len(ORDINARY) + len(STRANGE)
    text = _docx_text(out_file) if fmt == "docx" else out_file.read_text(encoding="utf-8")
    if fmt == "md":
        # Markdown is written as typed: every note, as it is.
        assert all(note.strip() in text for note in {**ORDINARY, **STRANGE}.values())
        return
    for marker in ("本局牵头", "要细化", "我们的看法：要抓落实"):
        assert marker in text
    # Each strange note is there, as plain text under its notice: two too deep (the quote,
    # the emphasis), two too long (the list's megabyte, the 50,000 <div>), two too complex.
    counts = [text.count(n) for n in (NOTICE_DEEP, NOTICE_LONG, NOTICE_COMPLEX)]
    assert counts == [2, 2, 2]
    # The deep quote is there as the text the user typed, not as 5,000 nested quotes.
    if fmt == "html":
        assert "&gt;" * 5000 + " 转发的邮件里引用的邮件" in text
        assert text.count("<blockquote>") < 10
    else:
        assert ">" * 5000 + " 转发的邮件里引用的邮件" in text
        assert "第999层" in text and "嵌套的网页" in text
