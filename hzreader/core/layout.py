"""The blocks of a document around its numbered text: the cover notice, the table of contents,
boxed 专栏, the signature and date, the attachments (附件) at the end."""

from __future__ import annotations

import re
from dataclasses import replace

from hzreader.core.chrome import SENTENCE_END, is_full_date
from hzreader.core.doctitle import body_after_title, detect_title, mark_closing
from hzreader.core.frame import norm
from hzreader.core.lines import Line
from hzreader.core.numbering import classify

ANNEX_LABEL = re.compile(
    r"^(附[件表])\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})?\s*[：:]?\s*(.*)$"
)
_BOX = re.compile(r"^(专栏)\s*(\d{1,3})\s*(.*)$")
_PREFACES = frozenset({"序言", "前言"})
_TOC = "目录"
_TOC_ENTRY_MAX = 40
_COVER_WITHIN = 40
_CELL_MAX = 30
_NO_DATE_AFTER = 6


def _plain(lines: list[Line]) -> tuple[Line, ...]:
    return tuple(replace(ln, plain=True) for ln in lines)


def _cover(lines: list[Line], title: str | None) -> tuple[list[Line], Line | None]:
    """A notice that issues the document (印发…的通知, signed and dated) before its own title."""
    if not title:
        return lines, None
    want = norm(title)
    for k in range(1, min(len(lines), _COVER_WITHIN)):
        if norm(lines[k].text) != want or lines[k].plain:
            continue
        if not any(is_full_date(ln.text) for ln in lines[max(0, k - 3) : k]):
            continue
        head = lines[:k]
        block = detect_title(head)
        heading = block.title or head[0].text
        rest = body_after_title(head, block) if block.title else head[1:]
        cover = Line(heading, hint="cover", group=_plain(rest), no=head[0].no)
        return lines[k + 1 :], cover
    return lines, None


def _toc(lines: list[Line]) -> list[Line]:
    """目录 and the headings it lists, until the body repeats the first of them."""
    for i, line in enumerate(lines[:60]):
        if line.plain or norm(line.text) != _TOC:
            continue
        entries: list[Line] = []
        j = i + 1
        while j < len(lines):
            text = lines[j].text
            if len(text) > _TOC_ENTRY_MAX or SENTENCE_END.search(text):
                break
            if entries and norm(text) == norm(entries[0].text):
                break
            entries.append(lines[j])
            j += 1
        if len(entries) >= 2:
            toc = Line(_TOC, hint="toc", group=_plain(entries), no=line.no)
            return [*lines[:i], toc, *lines[j:]]
    return lines


def _label(line: Line) -> re.Match[str] | None:
    if line.plain or line.hint:
        return None
    m = ANNEX_LABEL.match(line.text)
    if m is None or SENTENCE_END.search(m.group(3)) or len(m.group(3)) > 60:
        return None
    return m


def _annex_start(lines: list[Line]) -> int | None:
    """Where the attachments begin: a 附件 label after the signature and date, or near the end
    of an undated text; a 附件： line above the date only lists them."""
    for i, line in enumerate(lines):
        if _label(line) is None or i + 1 >= len(lines):
            continue
        if any(is_full_date(ln.text) for ln in lines[max(0, i - 3) : i]):
            return i
        later = lines[i + 1 : i + 1 + _NO_DATE_AFTER]
        if 2 * i >= len(lines) and not any(is_full_date(ln.text) for ln in later):
            return i
    return None


def _annex(label: re.Match[str], line: Line, content: list[Line]) -> Line:
    title = label.group(3)
    if not title:
        block = detect_title(content)
        if block.title is not None and block.start == 0:
            title, content = block.title, content[block.end :]
    marker = label.group(1) + (label.group(2) or "")
    return Line(title or marker, marker=marker, hint="annex", group=tuple(content), no=line.no)


def _annexes(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    start = _annex_start(lines)
    if start is None:
        return lines, []
    annexes: list[Line] = []
    label, first, content = _label(lines[start]), lines[start], []
    for line in lines[start + 1 :]:
        nxt = _label(line)
        if nxt is not None and content:
            annexes.append(_annex(label, first, content))
            label, first, content = nxt, line, []
            continue
        content.append(line)
    annexes.append(_annex(label, first, content))
    return lines[:start], annexes


def _in_box(line: Line, header: Line) -> bool:
    if line.hint:
        return False
    if line.indent > header.indent or (line.plain and line.text.startswith("|")):
        return True
    return (
        not line.plain
        and len(line.text) <= _CELL_MAX
        and not SENTENCE_END.search(line.text)
        and classify(line.text).kind == ""
    )


def _boxes(lines: list[Line]) -> list[Line]:
    """专栏N and what it frames: the indented lines (or table cells) that follow it."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        m = None if line.plain or line.hint else _BOX.match(line.text)
        if m is None:
            out.append(replace(line, hint="preface") if _is_preface(line) else line)
            i += 1
            continue
        j = i + 1
        while j < len(lines) and _in_box(lines[j], line):
            j += 1
        marker = m.group(1) + m.group(2)
        box = Line(m.group(3) or marker, marker=marker, hint="box", group=tuple(lines[i + 1 : j]))
        out.append(replace(box, no=line.no, indent=line.indent))
        i = j
    return out


def _is_preface(line: Line) -> bool:
    return not line.plain and not line.hint and line.text in _PREFACES


def lay_out(lines: list[Line], *, title: str | None) -> list[Line]:
    """The body's lines with its blocks marked (`hint`) and gathered (`group`)."""
    lines, cover = _cover(lines, title)
    body, annexes = _annexes(_toc(lines))
    body = _boxes(mark_closing(body))
    annexes = [replace(a, group=tuple(_boxes(list(a.group)))) for a in annexes]
    return ([cover] if cover else []) + body + annexes
