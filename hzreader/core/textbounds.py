"""A text to import within the limits: refused when too big, over-long lines broken up.

`check_text` runs on the decoded text before anything is parsed (cheap counts only).
`break_long_lines` is the first step of parsing: a line longer than MAX_LINE_CHARS (a text
pasted without its line breaks, a table flattened into one line) becomes several lines, cut
at sentence ends where there are any, so the parser makes many nodes of it and the reader
never lays out millions of characters as one block.
"""

from __future__ import annotations

import re

from hzreader.core.errors import BadInputError
from hzreader.core.limits import (
    MAX_LINE_CHARS,
    MAX_TEXT_CHARS,
    MAX_TEXT_LINES,
    MAX_TEXT_UNITS,
)
from hzreader.i18n import Errors

SENTENCE_MARKS = "。！？；!?;"
# A sentence end with the closing marks that belong to it (…。” stays one piece).
_SENTENCE_END = re.compile(r"[。！？；!?;][。！？；!?;”’）》」』)】]*")
# Where a clause ends, for a piece that holds no sentence end.
_CLAUSE_END = re.compile(r"[，、,：:　 \t]+")
# str.splitlines' line boundaries (the ones the parser's cleanup honours, and a few more).
_LINE_END = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _count_lines(text: str) -> int:
    return text.count("\n") + 1


def too_many_chars(name: str, count: int | None = None) -> BadInputError:
    """The refusal of a text past MAX_TEXT_CHARS characters (`count` None: not counted out)."""
    if count is None:
        return BadInputError(
            Errors.tr("{0} 的文字超过 {1:,} 个字符的上限。请把它分成几个文件再导入").format(
                name, MAX_TEXT_CHARS
            )
        )
    return BadInputError(
        Errors.tr(
            "{0} 的文字太多：{1:,} 个字符，最多可导入 {2:,} 个字符。请把它分成几个文件再导入"
        ).format(name, count, MAX_TEXT_CHARS)
    )


def check_text(text: str, name: str) -> None:
    """BadInputError when a text is past a limit: characters, lines, lines and sentence ends."""
    if len(text) > MAX_TEXT_CHARS:
        raise too_many_chars(name, len(text))
    lines = _count_lines(text)
    if lines > MAX_TEXT_LINES:
        raise BadInputError(
            Errors.tr(
                "{0} 的行数太多：{1:,} 行，最多可导入 {2:,} 行。请把它分成几个文件再导入"
            ).format(name, lines, MAX_TEXT_LINES)
        )
    units = lines + sum(text.count(mark) for mark in SENTENCE_MARKS)
    if units > MAX_TEXT_UNITS:
        raise BadInputError(
            Errors.tr(
                "{0} 的段落和句子太多：约 {1:,} 个，最多可导入 {2:,} 个。请把它分成几个文件再导入"
            ).format(name, units, MAX_TEXT_UNITS)
        )


def within_limits(text: str) -> bool:
    """True when `text` is within every limit of check_text."""
    try:
        check_text(text, "")
    except BadInputError:
        return False
    return True


def _cut(line: str, start: int, limit: int) -> int:
    """Where the piece of `line` that starts at `start` ends (at most `limit` characters)."""
    hard = start + limit
    # Look for a natural end in the second half of the piece only: pieces stay long enough
    # to read as paragraphs, and each character is searched at most twice (linear time).
    low = start + limit // 2
    for pattern in (_SENTENCE_END, _CLAUSE_END):
        end = None
        for m in pattern.finditer(line, low, hard):
            end = m.end()
        if end is not None:
            return end
    return hard


def break_line(line: str, limit: int = MAX_LINE_CHARS) -> list[str]:
    """`line` as pieces of at most `limit` characters whose concatenation is `line`."""
    pieces: list[str] = []
    start = 0
    while len(line) - start > limit:
        end = _cut(line, start, limit)
        pieces.append(line[start:end])
        start = end
    pieces.append(line[start:])
    return pieces


def break_long_lines(text: str, limit: int = MAX_LINE_CHARS) -> str:
    """The text with every line longer than `limit` broken into lines of at most `limit`.

    Nothing else changes: a text without such lines is returned as it is, and the pieces of a
    broken line are joined by "\\n" (removing those line breaks gives the text back)."""
    if len(text) <= limit or max(map(len, text.splitlines())) <= limit:
        return text
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    for line in lines:
        body = line.rstrip(_LINE_END)
        if len(body) <= limit:
            out.append(line)
            continue
        out.append("\n".join(break_line(body, limit)))
        out.append(line[len(body) :])
    return "".join(out)
