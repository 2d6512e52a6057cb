"""Study notes as CSV (UTF-8 with a BOM, so Excel opens it as Unicode)."""

from __future__ import annotations

import csv
import io

from hzreader.exporters.model import StudyNotes

COLUMNS = ("citation", "quote", "note", "tags", "colour", "created", "updated", "doc", "key", "id")
# A cell starting with one of these is run as a formula by Excel and WPS (CSV injection);
# a leading apostrophe makes them show it as text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """The cell text, with a leading ' when a spreadsheet would take it for a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def render_csv(notes: StudyNotes) -> str:
    """One row per note (each once, even when grouped by several tags), plan order."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    seen: set[str] = set()
    for group in notes.groups:
        for e in group.entries:
            if e.id in seen:
                continue
            seen.add(e.id)
            row = (
                e.citation,
                e.quote,
                e.note,
                "; ".join(e.tags),
                e.color_text,
                e.created,
                e.updated,
                e.doc,
                e.key,
                e.id,
            )
            writer.writerow([safe_cell(v) for v in row])
    return buffer.getvalue()
