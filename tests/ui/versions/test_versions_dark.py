"""需复核 and the old-edition tag at night: a card's texts legible on the card, its edge
standing out, the tag dark on the dark page, in both themes and after a switch of theme."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel
from wcag import MARK, TEXT, ink, luminance, pixel, ratio, sheet_color, switch

from hzreader.ui.reader import ReaderView
from hzreader.ui.versions.banner import OldEditionBanner
from hzreader.ui.versions.review_panel import ReviewCard, ReviewPanel


def _card(i: int, color: str) -> ReviewCard:
    candidate = "m6" if i else None  # the first one without a place in the new edition
    return ReviewCard(f"a{i}", "共有产权住房", "本局牵头", color, "plan", "m5",
                      "第二部分第5条（旧版）", "构建热带雨林式创新创业生态", "new", candidate,
                      "第二部分第6条", "新版的条款")  # fmt: skip


CARDS = [_card(i, color) for i, color in enumerate(("#fff1a8", "#c6ddff"))]


def _card_colours(panel: ReviewPanel) -> list[str]:
    """What falls short on each card: its texts on its background (as painted), its edge."""
    bad = []
    for card in panel.cards.values():
        back = pixel(card, card.width() - 6, 3)
        edge = pixel(card, 1, card.height() // 2)
        if ratio(edge, back) < MARK:
            bad.append(f"edge {edge.name()} on {back.name()}: {ratio(edge, back):.2f}")
        for label in card.findChildren(QLabel):
            shown = ink(label)
            if ratio(shown, back) < TEXT:
                bad.append(f"{label.text()[:8]} {shown.name()} on {back.name()}")
    return bad


def test_review_cards_follow_the_theme(qtbot, look) -> None:
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    panel.resize(320, 600)
    panel.show()
    panel.set_cards(CARDS)
    qtbot.waitUntil(lambda: all(c.isVisible() for c in panel.cards.values()))
    card = panel.cards["a0"]
    light = (pixel(card, card.width() - 6, 3), [ink(label) for label in card.findChildren(QLabel)])
    light_bad = _card_colours(panel)
    switch(look, "dark")  # while the cards are shown
    night = pixel(card, card.width() - 6, 3)
    night_bad = _card_colours(panel)
    switch(look, "light")
    assert not light_bad and not night_bad, "\n".join(light_bad + night_bad)
    assert luminance(night) < 0.1, night.name()  # no white card in the dark dock
    # Light as it was: the card's paper, where the note was (red) and could go (green).
    assert light[0] == QColor("#fffdf8") == pixel(card, card.width() - 6, 3)
    assert light[1][2:] == [QColor("#7a2e2e"), QColor("#1f5e2e")]


def test_the_old_edition_tag_is_dark_at_night(qtbot, look) -> None:
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(700, 400)
    reader.show()
    banner = OldEditionBanner(reader)
    banner.show_old("new", "杭州行动计划（2024年修订）")

    def shown() -> tuple[QColor, QColor, QColor]:
        sheet = banner.button.styleSheet()
        back = pixel(banner.button, banner.button.width() // 2, 2)
        return back, sheet_color(sheet, "color"), sheet_color(sheet, "background", ":hover")

    light = shown()
    switch(look, "dark")  # while the tag is shown
    night = shown()
    switch(look, "light")
    for back, text, hover in (light, night):
        assert ratio(text, back) >= TEXT and ratio(text, hover) >= TEXT, text.name()
    assert luminance(night[0]) < 0.1 and luminance(night[2]) < 0.1, night[0].name()
    assert light == (QColor("#fbe9e7"), QColor("#8e2a1d"), QColor("#f8d7d1"))
    assert shown() == light
