"""The notes' layer in the reader as plain geometry: translucent spans and margin markers.

Light on purpose (no Markdown view): the first frame draws the notes with it, from the
quick start's read of the database, before the notes feature has loaded; the notes
controller draws them again, with their tooltips, once it has the services."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from hzreader.core.annotation import Annotation
from hzreader.ui.notes.colors import HIGHLIGHT_ALPHA, NoteColor, highlight_color, marker_color
from hzreader.ui.reader import Z_HIGHLIGHTS, Marker, Span

NOTES_LAYER = "notes"
WHOLE_NODE_ALPHA = 70  # a note on a whole measure tints it; highlights inside stay clear

Tooltip = Callable[[Annotation, NoteColor | None], str]


def layer_items(
    reader,
    annotations: Iterable[Annotation],
    colors: dict[str, NoteColor],
    tooltip: Tooltip | None = None,
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
        tip = tooltip(a, color) if tooltip is not None else ""
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


def draw_notes(
    reader,
    annotations: Iterable[Annotation],
    colors: dict[str, NoteColor],
    tooltip: Tooltip | None = None,
) -> int:
    """Put the notes' highlights and markers on the reader; the number of spans shown."""
    spans, markers = layer_items(reader, annotations, colors, tooltip)
    reader.set_layer(NOTES_LAYER, spans, z=Z_HIGHLIGHTS)
    reader.set_markers(NOTES_LAYER, markers)
    return len(spans)


def first_frame_notes(reader, annotations: list[Annotation], colors: list[tuple]) -> int:
    """The notes of the document shown, drawn with the first frame (no tooltips yet)."""
    by_name = {name: NoteColor(name, label, hex_) for name, label, hex_ in colors}
    return draw_notes(reader, annotations, by_name)
