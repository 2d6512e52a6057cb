"""The window's layout at any screen size (issue 11, item 15)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from hzreader.ui.outline.model import KIND_ROLE
from hzreader.ui.shell.window_layout import first_size


def _column_chars(reader) -> float:
    frame = reader.document().rootFrame().frameFormat()
    column = reader.viewport().width() - frame.leftMargin() - frame.rightMargin()
    return column / reader._typo.em


def test_the_first_window_is_a_share_of_the_screen():
    assert first_size(QRect(0, 0, 1024, 700)) == (960, 640)
    assert first_size(QRect(0, 0, 1920, 1040)) == (1600, 915)
    assert first_size(QRect(0, 0, 800, 600)) == (800, 600)  # a small screen: all of it
    assert first_size(QRect(0, 0, 3840, 2100)) == (1600, 1100)


def test_a_first_start_fits_its_screen(qtbot, window):
    available = window.screen().availableGeometry()
    assert (window.width(), window.height()) == first_size(available)
    assert window.width() <= available.width() and window.height() <= available.height()
    assert available.contains(window.geometry().center())  # centred on it


def test_the_outline_is_resizable_and_keeps_its_width(qtbot, window, restart):
    outline = window.outline
    assert outline.width() >= 140
    wider = outline.width() + 90
    window.resizeDocks([outline], [wider], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: outline.width() == wider)
    again = restart(window)
    qtbot.waitUntil(lambda: again.outline.width() == wider)


def test_a_cut_chapter_title_is_whole_in_its_tooltip(window):
    model = window.outline.model
    top = [model.index(r, 0) for r in range(model.rowCount())]
    chapter = next(i for i in top if i.data().startswith("二、"))
    assert chapter.data(KIND_ROLE) == "chapter"
    node = window.library.node("c2", "plan")
    assert chapter.data(Qt.ItemDataRole.ToolTipRole) == f"{node.marker}{node.title}"


def test_the_column_has_a_maximum_on_a_wide_window(qtbot, window):
    window.resize(1900, 1000)
    qtbot.waitUntil(lambda: window.width() == 1900)
    qtbot.wait(50)
    assert window.reader.width() > 45 * window.reader._typo.em  # room for more
    assert 38 <= _column_chars(window.reader) <= 40.5  # but the measure stays


def test_docks_yield_before_the_column_gets_short(qtbot, window):
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: window.width() == 1600)
    window.resizeDocks([window.outline, window.docks.notes], [340, 380], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: window.outline.width() == 340)
    window.resize(960, 640)  # a 1024×700 screen
    qtbot.waitUntil(lambda: window.width() == 960)
    qtbot.waitUntil(lambda: window.outline.width() < 340, timeout=2000)
    assert _column_chars(window.reader) >= 27.5  # an official page's line, not 14
    assert window.outline.isVisible() and window.docks.notes.isVisible()
    assert window.outline.width() >= 140 and window.docks.notes.width() >= 140


def test_the_first_dock_widths_keep_the_measure_on_a_1024_screen(qtbot, window):
    """The notes dock cannot go below its filters' minimum (the 需复核 button made it wider):
    the outline gives up what the notes keep, so the column still has its measure."""
    from hzreader.ui.shell.window_layout import first_dock_widths

    window.resize(960, 640)  # the first window on a 1024×700 screen
    qtbot.waitUntil(lambda: window.width() == 960)
    first_dock_widths(window, window.outline, window.docks.notes)
    notes = window.docks.notes
    qtbot.waitUntil(lambda: window.outline.width() < 200)
    qtbot.wait(50)
    assert notes.width() >= notes.minimumSizeHint().width()
    assert _column_chars(window.reader) >= 27.5  # 25 when the outline kept its share


def test_the_notes_filters_shorten_their_choice_with_an_ellipsis(qtbot, window):
    notes = window.docks.notes
    window.resizeDocks([notes], [notes.minimumSizeHint().width()], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: notes.width() <= notes.minimumSizeHint().width() + 2)
    panel = window.notes.panel
    boxes = [panel.scope_box, panel.tag_box, panel.color_box, panel.order_box]
    shown = [box.shown_text() for box in boxes]
    assert any(s != box.currentText() for s, box in zip(shown, boxes, strict=True))  # narrow
    for text, box in zip(shown, boxes, strict=True):
        assert text == box.currentText() or (text.endswith("…") and len(text) > 1), text


def test_a_wide_notes_dock_shows_every_filter_whole(qtbot, window):
    """At 1920 wide the tag box had the 需复核 button's width and cut 全部标签."""
    for key, tag in (("m9", "部门/发改"), ("m10", "住房")):
        window.notes.service.create(key, note="要点", tags=[tag])
    qtbot.waitUntil(lambda: window.notes.panel.tag_box.count() > 2)
    window.resize(1600, 915)
    qtbot.waitUntil(lambda: window.width() == 1600)
    notes = window.docks.notes
    window.resizeDocks([notes], [352], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: notes.width() == 352)
    panel = window.notes.panel
    for box in (panel.scope_box, panel.tag_box, panel.color_box, panel.order_box):
        assert box.width() >= notes.width() / 4, box.objectName()  # the tag box had 74 px
        assert box.shown_text() == box.currentText()


def test_a_narrow_notes_dock_fits_its_cards_without_a_sideways_scroll(qtbot, window):
    """At 1024×700 the notes list was narrower than the cards' 200 px and cut them."""
    window.notes.service.create("m9", note="本局牵头：与住建局对接试点方案", tags=["部门/发改"])
    panel = window.notes.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.list.setFixedWidth(170)  # as narrow as the list got under xcb's wider fonts
    qtbot.waitUntil(lambda: panel.list.width() == 170)
    qtbot.wait(50)
    card = panel.list.visualRect(panel.model.index(0, 0))
    assert card.width() <= panel.list.viewport().width()
    assert panel.list.horizontalScrollBar().maximum() == 0
