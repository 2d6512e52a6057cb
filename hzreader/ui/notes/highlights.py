"""Notes in the reader: translucent highlight spans, margin markers, colour swatches."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from hzreader.core.annotation import Annotation
from hzreader.ui.markdown_view import first_lines, tooltip_html
from hzreader.ui.notes.colors import NoteColor
from hzreader.ui.notes.layer import NOTES_LAYER, _mark_overlaps, draw_notes
from hzreader.ui.notes.layer import layer_items as _layer_items
from hzreader.ui.reader import Marker, Span

__all__ = ["NOTES_LAYER", "_mark_overlaps", "layer_items", "note_tooltip", "show_notes"]
TOOLTIP_LINES = 6


def note_tooltip(a: Annotation, color: NoteColor | None) -> str:
    """What hovering a highlight shows: colour meaning, tags, the note's first lines."""
    head = color.title() if color else a.color
    if a.tags:
        head += "  #" + "  #".join(a.tags)
    return _tooltip(head, a.note, a.quote[:120])


@lru_cache(maxsize=20_000)
def _tooltip(head: str, note: str, quote: str) -> str:
    # Cached: every change redraws all the highlights of a document, most of them unchanged.
    body = first_lines(note, TOOLTIP_LINES, 240) if note.strip() else quote
    return tooltip_html(head, body)


def layer_items(
    reader, annotations: Iterable[Annotation], colors: dict[str, NoteColor]
) -> tuple[list[Span], list[Marker]]:
    """Spans (reader positions) and margin markers for the notes, with their tooltips."""
    return _layer_items(reader, annotations, colors, note_tooltip)


def show_notes(reader, annotations: Iterable[Annotation], colors: dict[str, NoteColor]) -> int:
    """Put the notes' highlights and markers, with tooltips, on the reader; spans shown."""
    return draw_notes(reader, annotations, colors, note_tooltip)
