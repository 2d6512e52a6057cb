"""The notes room at night: the count line, the 需复核 button, the note cards' secondary
text and red 【需复核】 quote, the tag tree's greys and the editor's headings stay legible on
what they are drawn on, in both themes and after a switch of theme while they are open."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from wcag import TEXT, behind, ground, ink, luminance, pixel, ratio, switch

from hzreader.core.annotation import Annotation
from hzreader.services.composition import Services
from hzreader.ui.notes.editor import NoteEditor
from hzreader.ui.notes.panel import NotesPanel

GREY = QColor("#6b6b6b")  # the light theme's grey, which stays
RED = QColor("#b3261e")
FG = Qt.ItemDataRole.ForegroundRole

NOTES = [
    Annotation("a1", "plan", "m9", "共有产权住房", note="**本局牵头**", tags=["部门/住建"],
               created="2025-03-01T08:00:00", citation="《杭州》第三部分第9条"),
    Annotation("a2", "plan", "m12", "城乡融合发展", note="", needs_review=True,
               created="2025-03-02T08:00:00", citation="《杭州》第三部分第12条"),
]  # fmt: skip


def _review(qtbot, window):
    """Two notes in the window, one of them waiting for review (as re-anchoring leaves it)."""
    from hzreader.storage.annotations import get_row
    from hzreader.storage.engine import write_session

    service = Services(window.ctx).annotations
    kept = service.create("m9.s2", quote="共有产权住房", note="**本局牵头**", tags=["部门/住建"])
    lost = service.create("m12", quote="就业", note="原文变了")
    with write_session(window.ctx.sessions) as session:
        get_row(session, lost.id).needs_review = True
    window.refresh_notes()
    panel = window.notes.panel
    qtbot.waitUntil(lambda: panel.review_button.text() == "需复核 1")
    qtbot.waitUntil(lambda: window.notes.tags.model.count("部门") == 1)
    return kept


def _button_grounds(button) -> list[QColor]:
    """What the 需复核 button really paints behind its text, unchecked and checked: a
    column just inside its left edge."""
    out = []
    for checked in (False, True):
        button.setChecked(checked)
        QApplication.processEvents()
        image = button.grab().toImage()
        out += [image.pixelColor(3, y) for y in range(3, image.height() - 3)]
    button.setChecked(False)
    return out


def _room(window, editor) -> list[tuple[str, QColor, QColor]]:
    """(what, ink, what it is drawn on) of the room's quiet texts."""
    panel, tags = window.notes.panel, window.notes.tags
    button = panel.review_button
    shown = button.palette().color(QPalette.ColorRole.ButtonText)
    assert panel.count_label.isVisible()
    out = [("count", ink(panel.count_label), behind(panel.count_label))]
    out += [("需复核", shown, back) for back in _button_grounds(button)]
    base = tags.tree.palette().color(QPalette.ColorRole.Base)
    model = tags.model
    root = model.index(0, 0)
    out.append(("全部笔记", _fg(root), base))
    for row in range(model.rowCount()):
        out.append((f"count {row}", _fg(model.index(row, 1)), base))
    out.append(("citation", ink(editor.citation_label), ground(editor)))
    for heading in _headings(editor):
        out.append((heading.text(), ink(heading), ground(editor)))
    return out


def _fg(index) -> QColor:
    """A row's own text colour (a colour or a brush)."""
    return QBrush(index.data(FG)).color()


def _headings(editor) -> list[QLabel]:
    wanted = ("笔记（Markdown）", "预览")
    found = [label for label in editor.findChildren(QLabel) if label.text() in wanted]
    assert len(found) == 2
    return found


def _short(rows) -> list[str]:
    return [f"{what} {a.name()} on {b.name()}: {ratio(a, b):.2f}"
            for what, a, b in rows if ratio(a, b) < TEXT]  # fmt: skip


def test_the_notes_room_follows_a_switch_of_theme(qtbot, window) -> None:
    note = _review(qtbot, window)
    editor = window.notes.open_editor(note.id)  # open while the theme changes
    light = _room(window, editor)
    switch(window.look, "dark")
    night = _room(window, editor)
    later = window.notes.open_editor(note.id)  # one built at night
    built = [("citation", ink(later.citation_label), ground(later))]
    built += [(h.text(), ink(h), ground(later)) for h in _headings(later)]
    button_at_night = _button_grounds(window.notes.panel.review_button)
    switch(window.look, "light")
    again = _room(window, editor)
    assert not _short(night + built), "\n".join(_short(night + built))
    assert all(luminance(b) < 0.1 for what, _a, b in night if what != "需复核")
    assert all(luminance(b) < 0.2 for b in button_at_night), "a light button at night"
    for rows in (light, again):  # the light theme as it was
        colours = {what: a.name() for what, a, _b in rows}
        assert {c for w, c in colours.items() if w != "需复核"} == {GREY.name()}, colours
        assert colours["需复核"] == RED.name()
        assert not _short(rows), "\n".join(_short(rows))
    panel = window.notes.panel
    panel.set_counts(2, 0)  # none waiting: the button as any other
    assert panel.review_button.palette().color(QPalette.ColorRole.ButtonText) != RED
    assert not panel.review_button.font().bold()


def _quote(editor) -> tuple[QColor, QColor]:
    """The editor's quoted clause: its ink and the box it is drawn in (at its right end)."""
    label = editor.quote_label
    return ink(label), pixel(label, label.width() - 4, label.height() // 2)


def test_the_editors_quote_box_follows_the_theme(qtbot, look) -> None:
    def editor() -> NoteEditor:
        made = NoteEditor([], [])
        made.ask_unsaved = lambda: "discard"
        qtbot.addWidget(made)
        made.quote_label.setText("“共有产权住房”")
        made.show()
        QApplication.processEvents()
        return made

    opened = editor()
    light = _quote(opened)
    switch(look, "dark")  # while it is open
    night = [_quote(opened), _quote(editor())]  # and one built at night
    switch(look, "light")
    again = _quote(opened)
    bad = [f"{a.name()} on {b.name()}: {ratio(a, b):.2f}" for a, b in night if ratio(a, b) < TEXT]
    assert not bad, bad
    assert all(luminance(b) < 0.1 for _a, b in night), "a light box at night"
    for shown, box in (light, again):  # the light theme as it was
        assert box == QColor("#f6f3ea") and ratio(shown, box) >= TEXT


def _cards(qtbot, look, mode: str, monkeypatch):
    """A notes panel listing NOTES, the second card selected; what its cards write, with
    the colour each text is drawn in and what the card paints just left of it."""
    panel = NotesPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 400)
    by_id = {a.id: a for a in NOTES}
    panel.model.set_fetch(lambda ids: [by_id[i] for i in ids])
    panel.model.set_ids(by_id)
    panel.show()
    qtbot.waitExposed(panel)
    switch(look, mode)  # while the cards are shown
    written: list[tuple[str, QColor, QRect, bool]] = []
    draw = QPainter.drawText
    state = {"selected": False}

    def record(painter, *args):
        if isinstance(args[0], QRect) and len(args) == 3:
            written.append((args[2], QColor(painter.pen().color()), args[0], state["selected"]))
        return draw(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", record)
    view = panel.list
    rows = []
    for selected in (False, True):
        view.selectionModel().clear()
        if selected:
            view.setCurrentIndex(panel.model.index(1))
        state["selected"] = selected
        written.clear()
        image = view.viewport().grab().toImage()
        for text, color, rect, sel in written:
            behind = image.pixelColor(rect.left() - 1, rect.center().y())
            rows.append((("selected " if sel else "") + text, color, behind))
    monkeypatch.undo()
    assert len(rows) == 12, rows  # three lines a card, two cards, twice
    return rows


def test_note_cards_are_legible_at_night(qtbot, look, monkeypatch) -> None:
    rows = _cards(qtbot, look, "dark", monkeypatch)
    bad = _short(rows)
    assert not bad, "\n".join(bad)
    assert all(luminance(b) < 0.2 for what, _a, b in rows if not what.startswith("selected"))


def test_note_cards_keep_their_light_colours(qtbot, look, monkeypatch) -> None:
    rows = _cards(qtbot, look, "light", monkeypatch)
    unselected = [r for r in rows if not r[0].startswith("selected")]
    assert not _short(unselected), "\n".join(_short(unselected))
    colours = {what: a for what, a, _b in unselected}
    assert colours["（无笔记）"] == GREY
    assert colours["【需复核】城乡融合发展"] == RED
    assert [a for what, a, _b in unselected if what.startswith("#部门/住建")] == [GREY]
