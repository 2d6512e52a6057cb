"""Hostile input files, written by streaming (never held whole in memory): for tests and bench/.

- `docx_bomb`: a small .docx whose word/document.xml inflates to hundreds of MB;
- `one_long_line`: millions of characters with no line break (with or without sentence ends);
- `many_short_lines`: a text of a million short lines;
- `deep_note`: Markdown nesting blockquotes (or lists, emphasis) thousands of levels deep.
"""

from __future__ import annotations

import random
import struct
import zlib
from pathlib import Path

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
# One paragraph of a plausible policy text, padded with spaces the way justified text pasted
# from a PDF often is: the stream compresses about 600:1, like the bomb of issue 18.
_PARAGRAPH = (
    '<w:p><w:r><w:t xml:space="preserve">{n}. 加快推进共同富裕示范区建设，完善收入分配制度，'
    "扩大中等收入群体，缩小城乡区域发展差距。{pad}</w:t></w:r></w:p>"
)
_PAD = 12_000


def _segment(data: bytes, *, final: bool, level: int = 9) -> bytes:
    """Raw deflate blocks of `data` that refer to nothing before them (a fresh compressor)."""
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH)


class _ZipWriter:
    """A minimal zip writer for entries given as deflate segments (sizes known up front)."""

    def __init__(self, out) -> None:
        self.out = out
        self.central: list[bytes] = []

    def add(self, name: str, segments: list[tuple[bytes, int]], crc: int, size: int) -> None:
        """`segments`: (compressed bytes, times written); `crc` and `size` of the inflated data."""
        raw = name.encode()
        csize = sum(len(s) * n for s, n in segments)
        offset = self.out.tell()
        fields = (20, 0, 8, 0, 0x21, crc, csize, size, len(raw))
        self.out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + raw)
        for seg, times in segments:
            for _ in range(times):
                self.out.write(seg)
        self.central.append(
            struct.pack("<IH", 0x02014B50, 20)
            + struct.pack("<HHHHHIIIHHHHHII", *fields, 0, 0, 0, 0, 0, offset)
            + raw
        )

    def add_bytes(self, name: str, data: bytes) -> None:
        """A small entry given whole."""
        self.add(name, [(_segment(data, final=True), 1)], zlib.crc32(data), len(data))

    def close(self) -> None:
        """The central directory and its end record."""
        start = self.out.tell()
        for entry in self.central:
            self.out.write(entry)
        size = self.out.tell() - start
        n = len(self.central)
        self.out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, n, n, size, start, 0))


def _repeated_docx(
    path: Path,
    block: bytes,
    inflated_mb: float,
    declare: int | None,
    part: str = "word/document.xml",
    level: int = 9,
) -> Path:
    head = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{_W}"><w:body>'
    ).encode()
    tail = b"</w:body></w:document>"
    times = max(1, round((inflated_mb * 1024 * 1024 - len(head) - len(tail)) / len(block)))
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    segments = [
        (_segment(head, final=False), 1),
        (_segment(block, final=False, level=level), times),
        (_segment(tail, final=True), 1),
    ]
    size = len(head) + times * len(block) + len(tail)
    with path.open("wb") as out:
        z = _ZipWriter(out)
        z.add_bytes("[Content_Types].xml", _CONTENT_TYPES.encode())
        z.add_bytes("_rels/.rels", _RELS.encode())
        if part != "word/document.xml":
            z.add_bytes("word/document.xml", head + _PARAGRAPH.format(n=1, pad="").encode() + tail)
        z.add(part, segments, crc, size if declare is None else declare)
        z.close()
    return path


def docx_bomb(path: Path, inflated_mb: float = 450) -> Path:
    """A valid .docx whose word/document.xml inflates to about `inflated_mb` MB (< 4 GiB),
    about 600 times its compressed size (450 MB from 0.75 MB, like issue 18's bomb).

    One block of paragraphs is compressed once and written again and again: the file is built
    in well under a second, and nothing near its inflated size is ever in memory."""
    pad = " " * _PAD
    block = "".join(_PARAGRAPH.format(n=i % 100, pad=pad) for i in range(86)).encode()
    return _repeated_docx(path, block, inflated_mb, None)


def real_docx(path: Path, inflated_mb: float, *, declare_bytes: int | None = None) -> Path:
    """A .docx of ordinary numbered paragraphs (about 50:1 compressed), `inflated_mb` MB of XML.

    `declare_bytes`: a central directory that understates the part's size (a lying zip)."""
    plain = (
        "<w:p><w:r><w:t>{n}. 加快推进共同富裕示范区建设，完善收入分配制度，"
        "扩大中等收入群体。</w:t></w:r></w:p>"
    )
    block = "".join(plain.format(n=i) for i in range(2000)).encode()
    return _repeated_docx(path, block, inflated_mb, declare_bytes)


def docx_with_image(path: Path, image_mb: float) -> Path:
    """A small Word document with one image part of `image_mb` MB (about 6:1 compressed)."""
    block = bytes(random.Random(18).choices(b"ab", k=1 << 20))
    return _repeated_docx(path, block, image_mb, None, part="word/media/image1.png", level=1)


def one_long_line(path: Path, chars: int = 5_000_000, *, sentences: bool = True) -> Path:
    """`chars` characters without a line break; with `sentences`, a 。 every ~40 characters."""
    unit = "推进共同富裕示范区建设完善收入分配制度扩大中等收入群体缩小差距" + (
        "。" if sentences else "，"
    )
    if not sentences:
        unit = unit.replace("，", "")
    with path.open("w", encoding="utf-8", newline="") as out:
        left = chars
        block = unit * (65536 // len(unit))
        while left > 0:
            piece = block[:left]
            out.write(piece)
            left -= len(piece)
    return path


def many_short_lines(path: Path, lines: int = 1_000_000) -> Path:
    """A text of `lines` short lines (a list exported one item per line)."""
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for start in range(0, lines, 10_000):
            out.write(
                "".join(f"第{i}项工作推进。\n" for i in range(start, min(lines, start + 10_000)))
            )
    return path


def deep_note(depth: int = 5000, kind: str = "quote") -> str:
    """Markdown nested `depth` levels: blockquotes, lists, or emphasis."""
    if kind == "quote":
        return ">" * depth + " 转发的邮件里引用的邮件"
    if kind == "list":
        return "\n".join("  " * i + f"- 第{i}层" for i in range(depth))
    if kind == "emphasis":
        return "*" * depth + "强调" + "*" * depth
    if kind == "table":
        row = "| " + " | ".join("格" for _ in range(depth)) + " |"
        rule = "|" + "---|" * depth
        return "\n".join([row, rule, *([row] * 50)])
    raise ValueError(kind)
