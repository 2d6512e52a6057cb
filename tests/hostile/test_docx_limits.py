"""Word documents judged by their zip's central directory: bombs and strangers refused, fast."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from hostile_files import _CONTENT_TYPES, _RELS, docx_bomb, docx_with_image, real_docx
from hzcli import run
from inproc import run_main

from hzreader.core import limits
from hzreader.core.errors import BadInputError
from hzreader.importers import docx_reader, read_file
from hzreader.importers.docx_check import check_docx


def _doc_ids(data_dir: Path) -> list[str]:
    out = run_main("docs", "--json", data_dir=data_dir)
    assert out.code == 0, out.err
    return [d["id"] for d in json.loads(out.out)]


def _refused_in_one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hzreader: "), err
    assert "Traceback" not in err
    return lines[0]


def test_the_bomb_is_refused_from_its_directory_and_nothing_is_added(tmp_path: Path) -> None:
    bomb = docx_bomb(tmp_path / "通知.docx", inflated_mb=450)
    assert bomb.stat().st_size < 1_000_000
    with zipfile.ZipFile(bomb) as z:
        assert z.getinfo("word/document.xml").file_size > 400 * 1024 * 1024
    data_dir = tmp_path / "data"
    before = _doc_ids(data_dir)
    # The real command line, as a user runs it (bench/hostile.py measures how fast).
    out = run("import", str(bomb), data_dir=data_dir, timeout=60)
    assert out.returncode == 2 and out.stdout == ""
    line = _refused_in_one_line(out.stderr)
    assert "word/document.xml" in line and "压缩炸弹" in line and "200 倍" in line
    assert _doc_ids(data_dir) == before


def test_inflation_past_the_totals_is_refused_even_at_a_normal_ratio(tmp_path: Path) -> None:
    # No single ratio is odd (about 50:1), the totals are: all parts, and the XML parts.
    big = docx_with_image(tmp_path / "big.docx", image_mb=110)
    with pytest.raises(BadInputError, match=r"解压后共有 110\.\d MB，最多可导入 100\.0 MB"):
        read_file(big)
    xml = real_docx(tmp_path / "xml.docx", inflated_mb=40)
    with pytest.raises(BadInputError, match=r"文字部分解压后有 40\.\d MB，最多可导入 32\.0 MB"):
        read_file(xml)
    # An image of 40 MB is fine: images count in the total only, and are never parsed.
    assert "加快推进共同富裕" in read_file(docx_with_image(tmp_path / "ok.docx", image_mb=40)).text


def _zip(path: Path, parts: dict[str, bytes], **kwargs) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, **kwargs) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        for name, data in parts.items():
            z.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        ({"xl/workbook.xml": b"<workbook/>"}, "这是Excel 表格（.xlsx），不是 Word 文档"),
        ({"ppt/presentation.xml": b"<p/>"}, "PowerPoint"),
        ({"word/document.xml": b"<w/>", "payload.exe": b"MZ"}, "不会有的部件“payload.exe”"),
        ({"word/document.xml": b"<w/>", "word/../../etc/x": b"x"}, "部件“word/../../etc/x”"),
        ({"word/document.xml": b"<w/>", "/abs.xml": b"x"}, "不会有的部件“/abs.xml”"),
    ],
)
def test_parts_a_word_document_does_not_hold(tmp_path: Path, parts, message) -> None:
    path = _zip(tmp_path / "x.docx", parts)
    with pytest.raises(BadInputError, match=message):
        check_docx(path)


def test_too_many_parts(tmp_path: Path) -> None:
    parts = {f"word/media/image{i}.png": b"" for i in range(limits.DOCX_MAX_PARTS)}
    path = _zip(tmp_path / "many.docx", parts)
    most = f"个部件，Word 文档最多只会有 {limits.DOCX_MAX_PARTS:,} 个"
    with pytest.raises(BadInputError, match=most):
        check_docx(path)


def test_encrypted_and_old_and_broken_files(tmp_path: Path) -> None:
    ole = tmp_path / "old.docx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(BadInputError, match=r"旧版 \.doc 或加密"):
        check_docx(ole)
    text = tmp_path / "text.docx"
    text.write_text("这不是压缩包", encoding="utf-8")
    with pytest.raises(BadInputError, match=r"文件已损坏或不是 \.docx 格式"):
        check_docx(text)
    # Bit 0 of a part's flags: encrypted (zipfile cannot write one; set it in the directory).
    enc = _zip(tmp_path / "enc.docx", {"word/document.xml": b"<w/>"})
    raw = bytearray(enc.read_bytes())
    central = raw.rfind(b"PK\x01\x02")
    raw[central + 8] |= 0x1
    enc.write_bytes(bytes(raw))
    with pytest.raises(BadInputError, match="文档已加密"):
        check_docx(enc)


def test_a_directory_that_understates_a_part_cannot_inflate_past_it(tmp_path: Path) -> None:
    # The directory says 1 kB; the data inflates to 5 MB. zipfile stops at the declared size
    # and fails the CRC: the file is refused as damaged, never inflated.
    path = real_docx(tmp_path / "liar.docx", inflated_mb=5, declare_bytes=1024)
    with pytest.raises(BadInputError, match="文件已损坏"):
        read_file(path)


def test_text_past_the_limit_is_refused_before_it_is_all_read(tmp_path: Path, monkeypatch) -> None:
    path = real_docx(tmp_path / "long.docx", inflated_mb=1)
    monkeypatch.setattr(docx_reader, "MAX_TEXT_CHARS", 10_000)
    seen: list[int] = []
    real_line = docx_reader._paragraph_line

    def counting(p, styles):
        seen.append(1)
        return real_line(p, styles)

    monkeypatch.setattr(docx_reader, "_paragraph_line", counting)
    with pytest.raises(BadInputError, match="的文字超过"):
        read_file(path)
    with zipfile.ZipFile(path) as z:
        total = z.read("word/document.xml").count(b"<w:p>")
    # About 10,000 characters' worth of paragraphs were read, not the whole megabyte.
    assert 10_000 / 60 < len(seen) < total / 10


def test_the_fast_reader_reads_paragraphs_as_python_docx_does(tmp_path: Path) -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    document = docx.Document()
    document.add_heading("一、总体要求", level=1)
    p = document.add_paragraph("到2025年，")
    p.add_run("人均生产总值").bold = True
    run = p.add_run("突破18万元\t（预期）")
    run.add_break()  # a line break: "\n"
    from docx.enum.text import WD_BREAK

    p.add_run("下页").add_break(WD_BREAK.PAGE)  # a page break: nothing
    link = OxmlElement("w:hyperlink")
    inner = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "链接文字"
    inner.append(t)
    link.append(inner)
    p._p.append(link)
    hyphen = OxmlElement("w:r")
    hyphen.append(OxmlElement("w:noBreakHyphen"))
    p._p.append(hyphen)
    deleted = OxmlElement("w:del")  # tracked deletions are not text
    gone = OxmlElement("w:r")
    dt = OxmlElement("w:delText")
    dt.text = "删掉的"
    gone.append(dt)
    deleted.append(gone)
    p._p.append(deleted)
    document.add_paragraph("二、重点任务", style="Heading 2")
    path = tmp_path / "runs.docx"
    document.save(str(path))

    reread = docx.Document(str(path))
    for element in reread.element.body.iterchildren(qn("w:p")):
        assert docx_reader.paragraph_text(element) == Paragraph(element, reread).text
    text = docx_reader.read_docx(path)
    assert text.splitlines()[0] == "# 一、总体要求"
    assert "突破18万元\t（预期）" in text and "链接文字-" in text and "删掉的" not in text
    assert "## 二、重点任务" in text
