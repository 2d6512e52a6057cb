"""Word (.docx) to text: paragraphs as typed, headings as Markdown headings, tables as rows."""

from __future__ import annotations

import re
from pathlib import Path

from hzreader.core.errors import BadInputError
from hzreader.i18n import Errors

_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*([1-6])$", re.IGNORECASE)


def _style_name(paragraph) -> str:
    try:
        style = paragraph.style
    except (KeyError, ValueError):
        return ""
    return (style.name or "") if style is not None else ""


def _paragraph_line(paragraph) -> str:
    text = paragraph.text.strip()
    if not text:
        return ""
    heading = _HEADING_STYLE.match(_style_name(paragraph))
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


def read_docx(path: Path) -> str:
    """The text of a .docx in reading order; BadInputError when the file is broken."""
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(str(path))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Paragraph):
                lines.append(_paragraph_line(block))
            elif isinstance(block, Table):
                lines.extend(_table_lines(block))
    except Exception as exc:
        # python-docx fails on a damaged package in many ways (zip, XML, missing parts);
        # all of them mean the same to the user.
        raise BadInputError(
            Errors.tr(
                "无法读取 Word 文档 {0}：文件已损坏或不是 .docx 格式"
                "（可在 Word/WPS 中打开后另存为 .docx 再导入）"
            ).format(path.name)
        ) from exc
    return "\n".join(line for line in lines if line)
