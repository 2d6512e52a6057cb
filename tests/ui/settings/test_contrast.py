"""Text stays legible on every mark the reader draws, in both themes: WCAG contrast ≥ 4.5:1
between the ink and what is under it, computed from the colours the reader really paints
(its paper, the ink of its text, the backgrounds of its extra selections, its selection)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette, QTextCursor
from wcag import luminance, ratio

from hzreader.core.annotation import COLOR_NAMES
from hzreader.ui.search.marks import SearchMarks

LEAST = 4.5


def composite(paper: QColor, layers: list[QColor]) -> QColor:
    r, g, b = paper.red(), paper.green(), paper.blue()
    for c in layers:
        a = c.alpha() / 255
        r, g, b = (
            c.red() * a + r * (1 - a),
            c.green() * a + g * (1 - a),
            c.blue() * a + b * (1 - a),
        )
    return QColor(round(r), round(g), round(b))


def under(reader, position: int) -> QColor:
    """What the reader paints under the character at `position`: its layers over the paper."""
    paper = reader.palette().color(QPalette.ColorRole.Base)
    layers = [
        s.format.background().color()
        for s in reader.extraSelections()
        if s.cursor.selectionStart() <= position < s.cursor.selectionEnd()
    ]
    return composite(paper, layers)


def ink(reader, position: int) -> QColor:
    cursor = QTextCursor(reader.document())
    cursor.setPosition(position + 1)  # the format of the character before the cursor
    return cursor.charFormat().foreground().color()


@pytest.fixture
def marked(window):
    """The window with one highlight of every colour (on plain text, not the bold title)."""
    service = window.services.annotations
    doc = window.document
    nodes = [n for n in doc.walk() if n.kind == "measure" and len(n.text) > 80][: len(COLOR_NAMES)]
    for node, color in zip(nodes, COLOR_NAMES, strict=True):
        service.create(node.key, doc_id=doc.id, start=40, end=70, color=color)
    window.notes.reload()
    places = [window.reader.text_position(n.key, 55) for n in nodes]
    assert len(window.reader.extraSelections()) >= len(COLOR_NAMES)
    plain = window.reader.text_position(nodes[0].key, 20)
    return window, places, plain


def _check(reader, places, what) -> list[str]:
    bad = []
    for place in places:
        shown = ratio(ink(reader, place), under(reader, place))
        if shown < LEAST:
            bad.append(f"{what} at {place}: {shown:.2f}")
    return bad


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_text_is_legible_on_every_mark_in_both_themes(marked, mode):
    window, places, plain = marked
    reader = window.reader
    window.look.choose_theme(mode)
    bad = _check(reader, places, "highlight")
    # Search marks alone and over every highlight, the current one over them.
    marks = SearchMarks(reader)
    spans = [(p - 2, p + 2) for p in [plain, *places]]
    marks.set_marks(spans, ("search", "x"))
    bad += _check(reader, [plain, *places], "search mark")
    for i in range(len(spans)):
        marks.go_to(i, reveal=False)
        bad += _check(reader, [spans[i][0] + 1], "current search mark")
    marks.clear()
    # The mark after a jump, at its strongest, over plain text and over a highlight.
    for place in [plain, *places]:
        reader.flash_range(place - 2, place + 2)
        bad += _check(reader, [place], "flash")
    # Selected text: the selection colour under the selected ink.
    palette = reader.palette()
    shown = ratio(palette.color(QPalette.ColorRole.HighlightedText),
                  palette.color(QPalette.ColorRole.Highlight))  # fmt: skip
    if shown < LEAST:
        bad.append(f"selection: {shown:.2f}")
    window.look.choose_theme("light")
    assert not bad, "\n".join(bad)


def test_the_theme_retints_paper_ink_and_highlights(marked):
    window, places, _plain = marked
    reader = window.reader
    window.look.choose_theme("light")
    light = [(under(reader, p).name(), ink(reader, p).name()) for p in places]
    window.look.choose_theme("dark")
    dark = [(under(reader, p).name(), ink(reader, p).name()) for p in places]
    window.look.choose_theme("light")
    assert all(a != b for a, b in zip(light, dark, strict=True))
    # Night: dark under light ink, each colour still told apart from the others.
    assert all(luminance(QColor(bg)) < luminance(QColor(fg)) for bg, fg in dark)
    assert len({bg for bg, _fg in dark}) == len(dark)


def test_the_check_fails_on_a_bad_colour():
    navy = QColor(40, 40, 160, 220)  # a dark mark under dark ink
    assert ratio(QColor("#1f1f1f"), composite(QColor("#fdfcf8"), [navy])) < LEAST
    assert ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
