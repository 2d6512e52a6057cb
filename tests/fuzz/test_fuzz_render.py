"""The rendering door: any note renders (rich or plain) and goes into a Word file."""

from __future__ import annotations

import docx
from fuzzing import fuzz, hostile_text, storable
from hypothesis import given
from hypothesis import strategies as st

from hzreader.exporters.docx_note import NoteWriter
from hzreader.exporters.note_html import EXPORT, WIDGET, render
from hzreader.exporters.to_docx import BODY_FONT, add_run

notes = (
    hostile_text(max_pieces=30, run_len=3_000).map(storable).map(lambda t: t.replace("\x00", ""))
)


@fuzz(200)
@given(note=notes, profile=st.sampled_from([EXPORT, WIDGET]))
def test_any_note_renders_and_writes_into_word(note: str, profile) -> None:
    rendered = render(note, profile)
    assert isinstance(rendered.html, str)
    if not note.strip():
        assert rendered.html == ""  # (markup alone, <div>, may sanitise to nothing too)
    if rendered.plain:
        assert rendered.html.startswith(f"<p><em>{rendered.notice}</em></p>")
    document = docx.Document()
    NoteWriter(document, add_run, BODY_FONT, 14).write(note)
