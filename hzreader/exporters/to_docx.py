"""Study notes as a Word document in the style of official papers (公文)."""

from __future__ import annotations

import re
from collections.abc import Callable
from copy import deepcopy
from functools import lru_cache

from docx import Document as new_document
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from hzreader.exporters.docx_note import NoteWriter
from hzreader.exporters.docx_text import xml_safe
from hzreader.exporters.model import StudyNotes, meta_line, with_headings

LATIN = "Times New Roman"
TITLE_FONT = "宋体"  # 方正小标宋 is missing on most machines; bold 宋体 is the usual stand-in
HEADING_FONT = "黑体"
SUBHEADING_FONT = "楷体"
QUOTE_FONT = "仿宋"
BODY_FONT = "宋体"
GREY = RGBColor(0x59, 0x59, 0x59)


def set_fonts(element, east_asia: str, latin: str = LATIN) -> None:
    """Give a run or style its fonts, East Asian included, so Word and WPS show them."""
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    # A theme font attribute wins over a named font in Word: drop them.
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:cs"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)


def add_run(
    paragraph: Paragraph,
    text: str,
    font: str,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
    color: RGBColor | None = None,
):
    """A run with its East Asian and Latin fonts, size and weight."""
    text = xml_safe(text)
    r = paragraph._p.add_r()
    # One copy of a ready-made property element: setting each property through
    # python-docx searches the element's children again for every one of them.
    r.insert(0, deepcopy(_run_properties(font, size, bold, italic, str(color) if color else "")))
    run = Run(r, paragraph)
    if text and not _SPECIAL.search(text):
        t = OxmlElement("w:t")
        t.text = text
        if text != text.strip():
            t.set(qn("xml:space"), "preserve")  # as python-docx does: keep outer spaces
        r.append(t)
    elif text:
        run.text = text  # tabs and line breaks become their own elements
    return run


_SPECIAL = re.compile(r"[\t\n\r]")


@lru_cache(maxsize=128)
def _run_properties(font: str, size: float, bold: bool, italic: bool, color: str):
    """The <w:rPr> of a run in this style, made once through python-docx (never changed:
    add_run inserts copies)."""
    run = Paragraph(OxmlElement("w:p"), None).add_run()
    set_fonts(run._r, font)
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run._r.rPr


def new_paragraph(doc: Document, style: str | None = None) -> Paragraph:
    """A paragraph at the end of the body. Document.add_paragraph finds the body's section
    properties (its last child) by walking every paragraph already there: an export of
    thousands of notes spent most of its time there, at 99 %."""
    body = doc.element.body
    try:
        last = body[-1]  # not len(body): lxml counts an element's children one by one
    except IndexError:
        last = None
    sect = last if last is not None and last.tag == qn("w:sectPr") else None
    p = OxmlElement("w:p")
    if sect is not None:
        sect.addprevious(p)
    else:
        body.append(p)
    paragraph = Paragraph(p, doc._body)
    if style is not None:
        paragraph.style = doc.styles[style]
    return paragraph


def _setup(doc: Document) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    normal = doc.styles["Normal"]
    set_fonts(normal.element, BODY_FONT)
    normal.font.size = Pt(14)
    normal.paragraph_format.line_spacing = Pt(28)
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        style = doc.styles[name]
        set_fonts(style.element, HEADING_FONT)
        style.font.color.rgb = RGBColor(0, 0, 0)


def _heading(doc: Document, text: str, level: int, font: str, size: float) -> None:
    p = new_paragraph(doc, f"Heading {level}")
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(6)
    add_run(p, text, font, size, color=RGBColor(0, 0, 0))


def build_docx(notes: StudyNotes, progress: Callable[[int], None] | None = None) -> Document:
    """A python-docx Document: title, chapter headings, quoted clause, note, citation;
    `progress(n)` is told how many entries are written so far."""
    doc = new_document()
    _setup(doc)
    doc.core_properties.title = notes.title
    title = new_paragraph(doc)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(title, notes.title, TITLE_FONT, 22, bold=True)
    sub = new_paragraph(doc)
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(sub, notes.subtitle, QUOTE_FONT, 12, color=GREY)
    several = len(notes.documents()) > 1
    current_doc = None
    writer = NoteWriter(doc, add_run, BODY_FONT, 14, lambda: new_paragraph(doc))
    written = 0
    for group in notes.groups:
        if several and group.document and group.document != current_doc:
            current_doc = group.document
            _heading(doc, f"《{current_doc}》", 1, HEADING_FONT, 16)
        _heading(doc, group.heading, 2 if several else 1, HEADING_FONT, 16)
        for entry, headed in with_headings(group.entries):
            if headed:
                head = new_paragraph(doc)
                head.paragraph_format.space_before = Pt(10)
                add_run(head, entry.heading, SUBHEADING_FONT, 16, bold=True)
            quote = new_paragraph(doc)
            quote.paragraph_format.left_indent = Pt(32)
            quote.paragraph_format.first_line_indent = Pt(0)
            add_run(quote, f"“{entry.quote}”", QUOTE_FONT, 16)
            if entry.needs_review:
                add_run(quote, "（原文已变动，待核对）", QUOTE_FONT, 12, color=GREY)
            writer.write(entry.note)
            cite = new_paragraph(doc)
            cite.paragraph_format.space_after = Pt(8)
            add_run(cite, f"出处：{entry.citation}", QUOTE_FONT, 10.5, color=GREY)
            add_run(cite, "", QUOTE_FONT, 10.5).add_break()
            add_run(cite, meta_line(entry), QUOTE_FONT, 10.5, color=GREY)
            written += 1
            if progress is not None and written % 20 == 0:
                progress(written)
    if not notes.groups:
        add_run(new_paragraph(doc), "（没有符合条件的笔记）", BODY_FONT, 14)
    if progress is not None:
        progress(written)  # laid out: the file is written next
    return doc
