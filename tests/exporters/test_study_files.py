"""Study notes written to real files and read back the way a user's tools would."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from hzreader.core.errors import BadInputError
from hzreader.exporters.to_csv import COLUMNS
from hzreader.services.composition import Services


def _export(ctx, fmt: str, path: Path, **kw) -> tuple[Path, int]:
    return Services(ctx).exports.export(fmt, path, **kw)


def test_html_is_self_contained_and_safe(noted_ctx, tmp_path: Path) -> None:
    path, count = _export(noted_ctx, "html", tmp_path / "notes.html")
    assert count == 5
    page = path.read_text(encoding="utf-8")
    for forbidden in ("<script", "alert(", "file://", "/etc/passwd", "onerror", "<img", "<link"):
        assert forbidden not in page, forbidden
    assert not re.search(r"\bsrc\s*=", page)
    assert not re.search(r"https?://", page)  # nothing remote at all
    assert "<strong>本局牵头</strong>" in page  # the note's Markdown is rendered
    assert "<li>摸清底数</li>" in page
    assert "第三部分第9条" in page and "共有产权住房" in page
    assert "@media print" in page and "Content-Security-Policy" in page
    assert page.index("一、主要目标") < page.index("三、促进城乡") < page.index("七、")


def test_markdown_keeps_plan_order_and_citations(noted_ctx, tmp_path: Path) -> None:
    path, _ = _export(noted_ctx, "md", tmp_path / "notes.md", tag="部门/发改")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# 《杭州争当")
    assert "> 共有产权住房" in text
    assert "**本局牵头**：与住建局对接试点方案" in text
    assert (
        "出处：《杭州争当浙江高质量发展建设共同富裕示范区城市范例的行动计划（2021—2025年）》第三部分第9条"
        in text
    )
    assert text.index("第三部分第9条") < text.index("第七部分第24条")
    assert "人才政策" not in text  # filtered out
    assert "标签：住房、部门/发改" in text


def _east_asia(run) -> str | None:
    rpr = run._r.rPr
    fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    return fonts.get(qn("w:eastAsia")) if fonts is not None else None


def test_docx_opens_and_holds_the_notes(noted_ctx, tmp_path: Path) -> None:
    path, count = _export(noted_ctx, "docx", tmp_path / "学习心得.docx", tag="部门/发改")
    assert count == 2
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    body = "\n".join(texts)
    assert texts[0].startswith("《杭州争当") and texts[0].endswith("学习笔记")
    assert "“共有产权住房”" in body
    assert "本局牵头：与住建局对接试点方案" in body
    assert (
        "出处：《杭州争当浙江高质量发展建设共同富裕示范区城市范例的行动计划（2021—2025年）》第三部分第9条"
        in body
    )
    assert "alert" not in body and "passwd" not in body
    runs = [r for p in document.paragraphs for r in p.runs]
    assert runs and all(_east_asia(r) for r in runs)
    title = document.paragraphs[0].runs[0]
    assert _east_asia(title) == "宋体" and title.bold
    chapter = next(p for p in document.paragraphs if p.text.startswith("三、"))
    assert _east_asia(chapter.runs[0]) == "黑体"
    quote = next(p for p in document.paragraphs if p.text == "“共有产权住房”")
    assert _east_asia(quote.runs[0]) == "仿宋" and quote.paragraph_format.left_indent > 0
    bold = [r for p in document.paragraphs for r in p.runs if r.text == "本局牵头"]
    assert bold and bold[0].bold
    with zipfile.ZipFile(path) as z:  # Word's default style carries the East Asian font too
        assert 'w:eastAsia="宋体"' in z.read("word/styles.xml").decode("utf-8")


def test_csv_has_bom_and_round_trips(noted_ctx, tmp_path: Path) -> None:
    path, count = _export(noted_ctx, "csv", tmp_path / "notes.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == 1 + count == 6
    by_key = {r[COLUMNS.index("key")]: dict(zip(COLUMNS, r, strict=True)) for r in rows[1:]}
    m9 = by_key["m9"]
    assert m9["quote"] == "共有产权住房"
    assert m9["note"].startswith("**本局牵头**：与住建局对接试点方案\n\n- 摸清底数")
    assert m9["tags"] == "住房; 部门/发改"
    assert m9["citation"].endswith("第三部分第9条")
    assert m9["doc"] == "plan" and len(m9["id"]) == 36
    # A note that starts like a formula is shown as text by Excel and WPS.
    assert by_key["g1"]["note"] == "'=SUM(A1:A9) 不应被当成公式"


def test_failed_export_leaves_the_old_file_and_no_temp(
    noted_ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "notes.docx"
    target.write_bytes(b"the previous export")

    def broken(*_args, **_kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("docx.document.Document.save", broken)
    with pytest.raises(Exception, match="磁盘已满"):
        _export(noted_ctx, "docx", target)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in out.iterdir()] == ["notes.docx"]  # no temp file left behind


def test_missing_folder_is_bad_input(noted_ctx, tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="不存在"):
        _export(noted_ctx, "md", tmp_path / "nowhere" / "notes.md")
    with pytest.raises(BadInputError, match="文件夹"):
        _export(noted_ctx, "md", tmp_path)
