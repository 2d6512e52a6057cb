"""Word tables in the 公文 style: A4 landscape, 仿宋/宋体 text, a header row on every page."""

from __future__ import annotations

from collections.abc import Sequence

from hzreader.exporters.to_docx import (
    BODY_FONT,
    GREY,
    HEADING_FONT,
    QUOTE_FONT,
    TITLE_FONT,
    add_run,
    set_fonts,
)

CELL_SIZE = 10.5  # 五号
HEADER_SIZE = 10.5


def landscape_document(title: str, subtitle: str):
    """A new A4-landscape document with the title block of the other exports."""
    from docx import Document as new_document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    doc = new_document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(25), Mm(22)
    section.left_margin, section.right_margin = Mm(22), Mm(20)
    normal = doc.styles["Normal"]
    set_fonts(normal.element, BODY_FONT)
    normal.font.size = Pt(CELL_SIZE)
    doc.core_properties.title = title
    head = doc.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(head, title, TITLE_FONT, 18, bold=True)
    sub = doc.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(sub, subtitle, QUOTE_FONT, 12, color=GREY)
    return doc


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def _no_split(row) -> None:
    from docx.oxml import OxmlElement

    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def add_table(doc, headers: Sequence[str], widths_mm: Sequence[float]):
    """A bordered table whose header row repeats on every printed page."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for cell, text, width in zip(table.rows[0].cells, headers, widths_mm, strict=True):
        cell.width = Mm(width)
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_run(p, text, HEADING_FONT, HEADER_SIZE, bold=True)
    _repeat_header(table.rows[0])
    # Word reads the cell widths, LibreOffice the grid: both are set.
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    table._widths = [Mm(w) for w in widths_mm]
    return table


def add_row(table, cells: Sequence[Sequence[tuple[str, dict]]], *, keep: bool = False):
    """A row; each cell is a list of (text, style) runs, style keys: bold, strike, underline,
    color, grey, center, size, font. "\\n" in a text starts a new paragraph."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import RGBColor

    row = table.add_row()
    if keep:
        _no_split(row)
    for cell, runs, width in zip(row.cells, cells, table._widths, strict=True):
        cell.width = width
        p = cell.paragraphs[0]
        for text, style in runs:
            parts = text.split("\n")
            for k, part in enumerate(parts):
                if k:
                    p = cell.add_paragraph()
                if style.get("center"):
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if not part:
                    continue
                color = style.get("color")
                run = add_run(
                    p,
                    part,
                    style.get("font", BODY_FONT),
                    style.get("size", CELL_SIZE),
                    bold=style.get("bold", False),
                    color=RGBColor.from_string(color)
                    if color
                    else (GREY if style.get("grey") else None),
                )
                run.font.strike = style.get("strike", False)
                run.font.underline = style.get("underline", False)
    return row


def add_group_row(table, text: str):
    """A heading row across the whole table (a chapter), shaded, kept with the next row."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    row = table.add_row()
    _no_split(row)
    merged = row.cells[0].merge(row.cells[-1])
    p = merged.paragraphs[0]
    p.paragraph_format.keep_with_next = True
    add_run(p, text, HEADING_FONT, HEADER_SIZE, bold=True)
    shade = OxmlElement("w:shd")
    shade.set(qn("w:val"), "clear")
    shade.set(qn("w:color"), "auto")
    shade.set(qn("w:fill"), "EDEDED")
    merged._tc.get_or_add_tcPr().append(shade)
    return row
