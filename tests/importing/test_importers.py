"""Reading files: encodings decided by BOM, UTF-8, GB18030, detection; refusals with reasons."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from hzreader.core.errors import BadInputError
from hzreader.importers import MAX_BYTES, read_file

TEXT = "关于推进共同富裕的通知\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、保障措施\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("gbk"), "gbk"),
        ((TEXT + "䶮").encode("gb18030"), "gb18030"),
    ],
)
def test_encodings_detected(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    got = read_file(path)
    assert got.encoding == expected
    assert got.text.startswith(TEXT)
    assert got.warnings == []


def test_utf16_without_bom_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(TEXT.encode("utf-16-le"))
    got = read_file(path)
    assert (got.encoding, got.text) == ("utf-16-le", TEXT)
    assert "推测" in got.warnings[0]


def test_chosen_encoding_wins_or_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(TEXT.encode("gbk"))
    assert read_file(path, encoding="GB2312").text == TEXT
    with pytest.raises(BadInputError, match="无法用 utf-8 解码"):
        read_file(path, encoding="utf-8")
    with pytest.raises(BadInputError, match="未知的文字编码"):
        read_file(path, encoding="no-such-codec")


def test_markdown_read_like_text(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# 标题\n正文。", encoding="utf-8")
    got = read_file(path)
    assert (got.format, got.text, got.source_name) == ("md", "# 标题\n正文。", "a.md")


def test_docx_headings_become_markdown_headings(policy_docx: Path) -> None:
    got = read_file(policy_docx)
    lines = got.text.split("\n")
    assert got.encoding == "docx" and got.format == "docx"
    assert lines[:5] == [
        "关于支持山区县跨越式高质量发展的意见",
        "（2023年2月10日）",
        "为推动山区县加快发展，现提出如下意见。",
        "# 一、总体要求",
        "## （一）指导思想",
    ]
    assert "| 人均可支配收入增幅 | 高于全省 |" in lines
    assert lines[-1] == "3.加强组织领导。建立省级统筹协调机制。"


def _refused(path: Path, match: str) -> None:
    with pytest.raises(BadInputError, match=match):
        read_file(path)


def test_refusals(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(MAX_BYTES + 1)
    _refused(big, "文件太大")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    _refused(binary, "不是文本文件")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    _refused(empty, "空文件")
    blank = tmp_path / "blank.md"
    blank.write_text(" \n\u3000\n\t\n", encoding="utf-8")
    _refused(blank, "空文件")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 this is not a zip")
    _refused(broken, "文件已损坏")
    renamed = tmp_path / "notes.docx"
    renamed.write_text("其实是文本", encoding="utf-8")
    _refused(renamed, "文件已损坏")
    _refused(tmp_path / "a.pdf", "不支持的文件类型")
    _refused(tmp_path / "old.doc", r"另存为 \.docx")
    _refused(tmp_path / "missing.txt", "找不到文件")
    garbage = tmp_path / "garbage.txt"
    garbage.write_bytes(bytes(range(128, 256)) * 20)
    with pytest.raises(BadInputError):
        read_file(garbage)
