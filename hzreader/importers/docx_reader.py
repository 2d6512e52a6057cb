"""Word (.docx) to text: paragraphs as typed, headings as Markdown headings, tables as rows."""

from __future__ import annotations

import re
from pathlib import Path

from hzreader.core.errors import BadInputError
from hzreader.core.limits import MAX_TEXT_CHARS
from hzreader.core.textbounds import too_many_chars
from hzreader.i18n import Errors
from hzreader.importers.docx_check import check_docx

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*([1-6])$", re.IGNORECASE)
_P, _RUN, _HYPERLINK = f"{_W}p", f"{_W}r", f"{_W}hyperlink"
_PPR, _PSTYLE, _VAL = f"{_W}pPr", f"{_W}pStyle", f"{_W}val"
# The run children that python-docx reads as text (w:t, tabs, breaks, hyphens), read here by
# tag: its XPath per paragraph made a long document take a minute.
_RUN_TEXT = frozenset(_W + t for t in ("t", "tab", "ptab", "br", "cr", "noBreakHyphen"))


class _Styles:
    """Paragraph style names by style id, read once (python-docx looks each one up anew)."""

    def __init__(self, document) -> None:
        from docx.enum.style import WD_STYLE_TYPE

        self.names: dict[str, str] = {}
        self.default = ""
        try:
            for style in document.styles:
                if style.type == WD_STYLE_TYPE.PARAGRAPH and style.style_id:
                    self.names[style.style_id] = style.name or ""
            default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
            self.default = (default.name or "") if default is not None else ""
        except (KeyError, ValueError):
            pass  # a broken styles part: no headings by style, the text still reads

    def of(self, p) -> str:
        """The style name of a w:p element (the default paragraph style when it names none)."""
        ppr = p.find(_PPR)
        style = ppr.find(_PSTYLE) if ppr is not None else None
        style_id = style.get(_VAL) if style is not None else None
        return self.names.get(style_id, self.default) if style_id else self.default


def _run_text(run) -> str:
    return "".join(str(e) for e in run if e.tag in _RUN_TEXT)


def paragraph_text(p) -> str:
    """The text of a w:p element, as python-docx's Paragraph.text gives it."""
    parts: list[str] = []
    for child in p:
        if child.tag == _RUN:
            parts.append(_run_text(child))
        elif child.tag == _HYPERLINK:
            parts.extend(_run_text(r) for r in child if r.tag == _RUN)
    return "".join(parts)


def _paragraph_line(p, styles: _Styles) -> str:
    text = paragraph_text(p).strip()
    if not text:
        return ""
    heading = _HEADING_STYLE.match(styles.of(p))
    if heading:
        # One line per heading: the parser sees its level the way it sees Markdown.
        return "#" * int(heading.group(1)) + " " + " ".join(text.split("\n"))
    return text


def _table_lines(table) -> list[str]:
    lines: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            value = " ".join(cell.text.split())
            # Merged cells come back once per grid column; show them once.
            if not cells or cells[-1] != value:
                cells.append(value)
        if any(cells):
            lines.append("| " + " | ".join(cells) + " |")
    return lines


def _read(path: Path) -> tuple[list[str], int]:
    import docx
    from docx.table import Table

    document = docx.Document(str(path))
    styles = _Styles(document)
    body = document.element.body
    lines: list[str] = []
    chars = 0
    for element in body.inner_content_elements:
        if element.tag == _P:
            new = [_paragraph_line(element, styles)]
        else:
            new = _table_lines(Table(element, document))
        lines.extend(new)
        chars += sum(len(line) + 1 for line in new)
        if chars > MAX_TEXT_CHARS:
            break  # the caller refuses it; no need to read the rest
    return lines, chars


def read_docx(path: Path) -> str:
    """The text of a .docx in reading order; BadInputError when it is broken or too big."""
    check_docx(path)
    try:
        lines, chars = _read(path)
    except Exception as exc:
        # python-docx fails on a damaged package in many ways (zip, XML, missing parts);
        # all of them mean the same to the user.
        raise BadInputError(
            Errors.tr(
                "无法读取 Word 文档 {0}：文件已损坏或不是 .docx 格式"
                "（可在 Word/WPS 中打开后另存为 .docx 再导入）"
            ).format(path.name)
        ) from exc
    if chars > MAX_TEXT_CHARS:
        raise too_many_chars(path.name)
    return "\n".join(line for line in lines if line)
