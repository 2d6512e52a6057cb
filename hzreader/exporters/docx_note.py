"""A note's Markdown as Word paragraphs: rendered and sanitised HTML, walked tag by tag."""

from __future__ import annotations

from collections.abc import Callable
from html.parser import HTMLParser

from docx.document import Document
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from hzreader.exporters.note_html import render_note

_BLOCKS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "tr", "dt", "dd"})
_BOLD = frozenset({"strong", "b", "h1", "h2", "h3", "h4", "h5", "h6", "th"})
_ITALIC = frozenset({"em", "i"})


class _Walker(HTMLParser):
    """Collects (paragraph prefix, [(text, bold, italic)]) from sanitised HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[tuple[str, list[tuple[str, bool, bool]]]] = []
        self.open: list[str] = []
        self.lists: list[list[int]] = []  # one counter per open list; [-1] means bullets
        self.current: list[tuple[str, bool, bool]] | None = None

    def _start_paragraph(self, prefix: str = "") -> None:
        self.current = []
        self.paragraphs.append((prefix, self.current))

    def handle_starttag(self, tag: str, attrs) -> None:
        self.open.append(tag)
        if tag in ("ul", "ol"):
            self.lists.append([-1] if tag == "ul" else [0])
        elif tag == "li":
            depth = "　" * max(len(self.lists) - 1, 0)
            if self.lists and self.lists[-1][0] >= 0:
                self.lists[-1][0] += 1
                self._start_paragraph(f"{depth}{self.lists[-1][0]}. ")
            else:
                self._start_paragraph(f"{depth}• ")
        elif tag in _BLOCKS:
            self._start_paragraph()
        elif tag == "br" and self.current is not None:
            self.current.append(("\n", False, False))
        elif tag in ("td", "th") and self.current:
            self.current.append(("　", False, False))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        if tag in self.open:
            while self.open and self.open.pop() != tag:
                pass
        if tag in _BLOCKS:
            self.current = None

    def handle_data(self, data: str) -> None:
        if not data.strip() and self.current is None:
            return
        if self.current is None:
            self._start_paragraph()
        bold = any(t in _BOLD for t in self.open)
        italic = any(t in _ITALIC for t in self.open)
        self.current.append((data, bold, italic))


def note_paragraphs(note: str) -> list[tuple[str, list[tuple[str, bool, bool]]]]:
    """A note's Markdown as (prefix, [(text, bold, italic)]) paragraphs, empty ones left out."""
    walker = _Walker()
    walker.feed(render_note(note))
    walker.close()
    return [
        (prefix, runs)
        for prefix, runs in walker.paragraphs
        if prefix or "".join(t for t, *_ in runs).strip()
    ]


def note_plain_text(note: str) -> str:
    """A note's Markdown as plain text, one line per paragraph (for table cells)."""
    return "\n".join(
        (prefix + "".join(t for t, *_ in runs)).strip() for prefix, runs in note_paragraphs(note)
    )


class NoteWriter:
    """Writes notes into a document with the given run maker, font and size."""

    def __init__(
        self,
        doc: Document,
        add_run: Callable,
        font: str,
        size: float,
        new_paragraph: Callable[[], Paragraph] | None = None,
    ) -> None:
        self.doc = doc
        self.add_run = add_run
        self.font = font
        self.size = size
        self.new_paragraph = new_paragraph or doc.add_paragraph

    def write(self, note: str) -> list[Paragraph]:
        """Append the note's paragraphs (none for an empty note)."""
        out = []
        for prefix, runs in note_paragraphs(note):
            p = self.new_paragraph()
            p.paragraph_format.first_line_indent = Pt(0 if prefix else self.size * 2)
            if prefix:
                self.add_run(p, prefix, self.font, self.size)
            for text, bold, italic in runs:
                for i, piece in enumerate(text.split("\n")):
                    if i:
                        self.add_run(p, "", self.font, self.size).add_break()
                    if piece:
                        self.add_run(p, piece, self.font, self.size, bold=bold, italic=italic)
            out.append(p)
        return out
