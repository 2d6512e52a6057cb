"""Lines mended where a conversion broke them: PDF page breaks, a full stop on the next line,
letter-spaced names, tables flattened into one cell per line."""

from __future__ import annotations

import re
from dataclasses import replace

from hzreader.core.chrome import SENTENCE_END
from hzreader.core.lines import Line
from hzreader.core.numbering import classify

_IDEOGRAPH_END = re.compile(r"[\u4e00-\u9fff]$")
_ENDS_CLOSED = re.compile(r"[。！？；：，、,;:!?）)”’》」』】]$")
_LETTER_SPACED = re.compile(r"^[\u4e00-\u9fff](?: [\u4e00-\u9fff])+$")
_ORPHAN = re.compile(r"^([。；])\s*(.*)$")
_CELL_MAX = 30
_HEADER_MAX = 8


def unspace(text: str) -> str:
    """国 家 能 源 局 (justified, one character at a time) as 国家能源局."""
    return text.replace(" ", "") if _LETTER_SPACED.match(text) else text


def _can_continue(line: Line) -> bool:
    return not line.plain and not line.hint and not line.text.startswith("#")


def _orphan_marks(lines: list[Line]) -> list[Line]:
    """（一）坚持政府主导 / 。各级政府…: the full stop belongs to the heading above it."""
    out: list[Line] = []
    for line in lines:
        m = _ORPHAN.match(line.text)
        prev = out[-1] if out else None
        if m and prev is not None and _can_continue(prev) and not _ENDS_CLOSED.search(prev.text):
            out[-1] = replace(prev, text=prev.text + m.group(1))
            if m.group(2):
                out.append(replace(line, text=m.group(2)))
            continue
        out.append(line)
    return out


def _page_breaks(lines: list[Line]) -> list[Line]:
    """A paragraph cut mid-word by a page break (…加强研发、测 / 试、标准…) joined again.

    Only a line that is running text (it holds a sentence end) and stops on a bare
    character, followed by a line that opens with no numbering, is taken for a cut.
    """
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _can_continue(prev)
            and _can_continue(line)
            and SENTENCE_END.search(prev.text)
            and _IDEOGRAPH_END.search(prev.text)
            and classify(line.text).kind == ""
            and (SENTENCE_END.search(line.text) or _ENDS_CLOSED.search(line.text))
        ):
            out[-1] = replace(prev, text=prev.text + line.text)
            continue
        out.append(line)
    return out


def _is_cell(line: Line) -> bool:
    return (
        not line.plain
        and not line.hint
        and len(line.text) <= _CELL_MAX
        and not SENTENCE_END.search(line.text)
    )


def _table_at(lines: list[Line], i: int) -> tuple[list[list[str]], int] | None:
    """A table flattened one cell a line (序号 / 指标 / … / 1 / …): its rows and its end."""
    if lines[i].text != "序号":
        return None
    width = 1
    while (
        i + width < len(lines)
        and width <= _HEADER_MAX
        and _is_cell(lines[i + width])
        and lines[i + width].text != "1"
    ):
        width += 1
    if width < 2:
        return None
    rows = [[ln.text for ln in lines[i : i + width]]]
    j, number = i + width, 1
    while j + width <= len(lines) and lines[j].text == str(number):
        cells = lines[j : j + width]
        if not all(_is_cell(c) for c in cells):
            break
        rows.append([c.text for c in cells])
        j, number = j + width, number + 1
    return (rows, j) if len(rows) >= 2 else None


def _tables(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    i = 0
    while i < len(lines):
        found = _table_at(lines, i)
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        rows, end = found
        for row, start in zip(rows, range(i, end, len(rows[0])), strict=True):
            text = "| " + " | ".join(row) + " |"
            out.append(replace(lines[start], text=text, plain=True))
        i = end
    return out


def repair(lines: list[Line]) -> list[Line]:
    """The lines with conversion damage undone (nothing added, nothing dropped)."""
    lines = [replace(ln, text=unspace(ln.text)) if " " in ln.text else ln for ln in lines]
    return _tables(_page_breaks(_orphan_marks(lines)))
