"""Notes in the reader: translucent highlight spans, margin markers, colour swatches."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from hzreader.core.annotation import Annotation
from hzreader.ui.markdown_view import first_lines, tooltip_html
from hzreader.ui.notes.colors import HIGHLIGHT_ALPHA, NoteColor, highlight_color, marker_color
from hzreader.ui.reader import Z_HIGHLIGHTS, Marker, Span

NOTES_LAYER = "notes"
WHOLE_NODE_ALPHA = 70  # a note on a whole measure tints it; highlights inside stay clear
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
    """Spans (reader positions) and margin markers for the notes of the document shown."""
    spans: list[Span] = []
    markers: list[Marker] = []
    for a in annotations:
        if a.needs_review or a.key not in reader.map:
            continue  # its place is uncertain: it is listed for review instead
        length = reader.map.span(a.key).text_length
        start = reader.text_position(a.key, a.start or 0)
        end = reader.text_position(a.key, a.end if a.end is not None else length)
        if end <= start:
            continue
        color = colors.get(a.color)
        hex_value = color.hex if color else "#fff1a8"
        tip = note_tooltip(a, color)
        whole = (a.start or 0) == 0 and (a.end is None or a.end >= length) and length > 40
        alpha = WHOLE_NODE_ALPHA if whole else HIGHLIGHT_ALPHA
        spans.append(Span(start, end, highlight_color(hex_value, alpha), tip, a.id))
        if a.note.strip():
            markers.append(Marker(start, marker_color(hex_value), tip, a.id))
    return _mark_overlaps(spans), markers


def _mark_overlaps(spans: list[Span]) -> list[Span]:
    """Underline every span that overlaps another, so both stay visible where they meet."""
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    overlapping: set[int] = set()
    reach_end, reach_index = -1, -1
    for i, span in enumerate(ordered):
        if span.start < reach_end:
            overlapping.update((i, reach_index))
        if span.end > reach_end:
            reach_end, reach_index = span.end, i
    return [s._replace(underline=i in overlapping) for i, s in enumerate(ordered)]


def show_notes(reader, annotations: Iterable[Annotation], colors: dict[str, NoteColor]) -> int:
    """Put the notes' highlights and markers on the reader; the number of spans shown."""
    spans, markers = layer_items(reader, annotations, colors)
    reader.set_layer(NOTES_LAYER, spans, z=Z_HIGHLIGHTS)
    reader.set_markers(NOTES_LAYER, markers)
    return len(spans)
