"""The recent searches' ▾ is drawn in the field's own text colour, by day and at night."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from wcag import ratio, switch

from hzreader.ui.search.box import ARROW_SIZE, SearchBox


def _arrow_ink(box: SearchBox):
    image = box.recent_action.icon().pixmap(ARROW_SIZE, ARROW_SIZE).toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)  # inside the triangle


def test_the_arrow_takes_the_text_colour_and_follows_a_switch_of_theme(qtbot, look):
    box = SearchBox()
    qtbot.addWidget(box)
    field = box.field
    for mode in ("light", "dark"):
        switch(look, mode)
        qtbot.waitUntil(
            lambda: _arrow_ink(box).rgb() == field.palette().color(QPalette.ColorRole.Text).rgb()
        )
        ground = field.palette().color(QPalette.ColorRole.Base)
        assert ratio(_arrow_ink(box), ground) >= 4.5, mode  # legible on the field
    assert field.palette().color(QPalette.ColorRole.Base).lightness() < 128  # it was night
