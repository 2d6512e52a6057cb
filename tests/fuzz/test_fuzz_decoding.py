"""The importers' door: any bytes, any encoding asked for, give a text or a clear refusal."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fuzzing import encodable, fuzz, hostile_text
from hypothesis import given
from hypothesis import strategies as st

from hzreader.core.errors import KnownError
from hzreader.core.textbounds import break_line, break_long_lines
from hzreader.importers import read_file
from hzreader.importers.decoding import _CONTROL, ENCODING_CHOICES, decode_bytes

ENCODINGS = st.sampled_from([None, *ENCODING_CHOICES, "utf-16-be", "latin-1", "不存在", ""])
BOMS = st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"])
texts = hostile_text(max_pieces=30, run_len=500)


@st.composite
def encoded(draw) -> bytes:
    """A text in some encoding, maybe behind a BOM, maybe cut short or with bytes changed."""
    text = draw(texts)
    codec = draw(st.sampled_from(["utf-8", "gb18030", "gbk", "utf-16-le", "utf-16-be", "big5"]))
    data = draw(BOMS) + text.encode(codec, errors=draw(st.sampled_from(["ignore", "replace"])))
    if data and draw(st.booleans()):
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1 :]
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return data


def _check(data: bytes, encoding: str | None) -> None:
    try:
        decoded = decode_bytes(data, name="x.txt", encoding=encoding or None)
    except KnownError as exc:
        assert str(exc).strip()
        return
    # The text can be stored (SQLite takes UTF-8) and holds no NUL.
    assert encodable(decoded.text) and "\x00" not in decoded.text
    assert decoded.encoding


@fuzz(300)
@given(data=st.binary(max_size=3000) | encoded(), encoding=ENCODINGS)
def test_any_bytes_decode_or_are_refused(data: bytes, encoding: str | None) -> None:
    _check(data, encoding)


@fuzz(200)
@given(text=texts, bom=st.booleans())
def test_utf8_text_comes_back_as_it_was(text: str, bom: bool) -> None:
    text = "".join(ch for ch in text if ch not in _CONTROL and ch != "\x00")
    if not encodable(text):
        text = text.encode("utf-8", "replace").decode("utf-8")
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    assert decode_bytes(data, name="x.txt").text == text.lstrip("\ufeff")


@pytest.fixture(scope="module")
def small_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("一、总体要求", level=1)
    document.add_paragraph("到2025年，人均生产总值突破18万元。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@fuzz(150, fixtures=True)
@given(
    suffix=st.sampled_from([".txt", ".md", ".docx", ".doc", ".pdf", ""]),
    junk=st.binary(max_size=2000),
    cuts=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=6),
    whole_docx=st.booleans(),
)
def test_any_file_reads_or_is_refused(
    tmp_path: Path, small_docx: bytes, suffix: str, junk: bytes, cuts, whole_docx: bool
) -> None:
    data = bytearray(small_docx if whole_docx else junk)
    for at, value in cuts:  # a damaged copy: bytes changed here and there
        if data:
            data[at % len(data)] = value
    path = tmp_path / f"文件{suffix}"
    path.write_bytes(bytes(data))
    try:
        read = read_file(path)
    except KnownError as exc:
        assert str(exc).strip()
        return
    assert read.text.strip() and encodable(read.text)


@fuzz(300)
@given(text=hostile_text(max_pieces=20, run_len=400), limit=st.integers(2, 120))
def test_long_lines_break_into_pieces_and_nothing_else_changes(text: str, limit: int) -> None:
    out = break_long_lines(text, limit)
    assert all(len(line) <= limit for line in out.splitlines())
    expected = [p for line in text.splitlines() for p in break_line(line, limit)]
    assert out.splitlines() == expected
    for line in text.splitlines():
        assert "".join(break_line(line, limit)) == line
