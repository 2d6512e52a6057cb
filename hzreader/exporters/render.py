"""Pick the exporter for a format and write its file atomically."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from hzreader.core.files import write_atomic
from hzreader.exporters.model import StudyNotes


def to_bytes(fmt: str, notes: StudyNotes) -> bytes | None:
    """The file's content for the text formats; None for DOCX and XLSX (written by their
    libraries)."""
    if fmt == "md":
        from hzreader.exporters.to_markdown import render_markdown

        return render_markdown(notes).encode("utf-8")
    if fmt == "html":
        from hzreader.exporters.to_html import render_html

        return render_html(notes).encode("utf-8")
    if fmt == "csv":
        from hzreader.exporters.to_csv import render_csv

        return render_csv(notes).encode("utf-8-sig")
    if fmt in ("docx", "xlsx"):
        return None
    raise ValueError(f"unknown study-notes format {fmt}")


def write(
    fmt: str, notes: StudyNotes, path: Path, progress: Callable[[int], None] | None = None
) -> Path:
    """Render `notes` as `fmt` into `path` (whole or not at all); `progress(n)` hears how
    many entries of a Word file are laid out so far."""
    data = to_bytes(fmt, notes)
    if fmt == "xlsx":
        from hzreader.exporters.notes_xlsx import write_xlsx

        return write_atomic(path, lambda handle: write_xlsx(notes, handle))
    if data is None:
        from hzreader.exporters.to_docx import build_docx

        document = build_docx(notes, progress)

        def save(handle: BinaryIO) -> None:
            document.save(handle)

        return write_atomic(path, save)
    return write_atomic(path, lambda handle: handle.write(data))
