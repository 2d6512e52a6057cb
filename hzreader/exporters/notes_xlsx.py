"""Study notes as one Excel sheet: a row per note with its citation, quote, note, tags, colour
and dates (real date cells), ready to sort and filter."""

from __future__ import annotations

from datetime import datetime
from typing import BinaryIO

from hzreader.exporters.model import StudyNotes
from hzreader.exporters.xlsx_sheet import Column, Row, write_table

_WHEN = "yyyy-mm-dd hh:mm"
REVIEW_COLOR = "C00000"


def _when(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def write_xlsx(notes: StudyNotes, handle: BinaryIO) -> None:
    """Write the sheet: each note once (grouped by several tags or not), in export order."""
    from openpyxl import Workbook

    from hzreader.exporters.docx_note import note_plain_text

    wb = Workbook()
    wb.properties.title = notes.title
    ws = wb.active
    ws.title = "笔记"
    columns = [
        Column("序号", 5, 5, center=True),
        Column("出处", 14, 26),
        Column("原文", 20, 40),
        Column("笔记", 20, 44),
        Column("标签", 8, 16),
        Column("颜色", 8, 10, center=True),
        Column("创建", 16, 16, number_format=_WHEN),
        Column("修改", 16, 16, number_format=_WHEN),
        Column("分组", 10, 18),
    ]
    rows = []
    seen: set[str] = set()
    for group in notes.groups:
        for e in group.entries:
            if e.id in seen:
                continue
            seen.add(e.id)
            rows.append(
                Row(
                    [
                        len(rows) + 1,
                        e.heading or e.citation,
                        e.quote,
                        note_plain_text(e.note) if e.note.strip() else "",
                        "\n".join(e.tags),
                        e.color_text,
                        _when(e.created),
                        _when(e.updated),
                        group.heading,
                    ],
                    color=REVIEW_COLOR if e.needs_review else None,
                )
            )
    write_table(ws, notes.title, columns, rows, subtitle=notes.subtitle, freeze_columns=2)
    wb.save(handle)
