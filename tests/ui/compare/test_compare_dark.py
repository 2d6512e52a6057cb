"""与旧版对比 and 对照阅读 at night: the summary bar, its words and the status lines stay
legible in both themes, and follow a switch of theme while they are shown."""

from __future__ import annotations

import re

import pytest
from editions import edition
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame
from wcag import TEXT, ground, ink, luminance, pixel, ratio, switch

from hzreader.ui.compare.parallel_view import ParallelPane


@pytest.fixture
def compared(qtbot, window, tmp_path):
    """The edited plan imported as the next edition, compared with the old one."""
    path = tmp_path / "next.txt"
    path.write_text(edition(), encoding="utf-8")
    result = window.services.editions.import_version(path, "plan")
    window.reload_library(result.document.id)
    compare = window.compare
    compare.edition_action.trigger()
    qtbot.waitUntil(lambda: compare.edition is not None, timeout=30000)
    return compare.edition_view


def _bar_texts(view) -> tuple[QColor, list[tuple[str, QColor]]]:
    """The bar's background as painted, and every text colour on it: the title, the
    position, each word of the summary."""
    bar = pixel(view.findChild(QFrame, "edition_bar"), 2, 2)
    texts = [("title", ink(view.title)), ("position", ink(view.position))]
    spans = re.findall(r'color:(#[0-9a-fA-F]{6})">([^<]+)<', view.summary.text())
    assert len(spans) == 4, view.summary.text()
    texts += [(word.strip(), QColor(color)) for color, word in spans]
    return bar, texts


def test_the_edition_bar_follows_the_theme(qtbot, window, compared) -> None:
    view = compared
    light_bar, light = _bar_texts(view)
    switch(window.look, "dark")  # while the comparison is shown
    night_bar, night = _bar_texts(view)
    switch(window.look, "light")
    bad = [f"{what} {c.name()} on {bg.name()}: {ratio(c, bg):.2f}"
           for bg, texts in ((light_bar, light), (night_bar, night))
           for what, c in texts if ratio(c, bg) < TEXT]  # fmt: skip
    assert not bad, "\n".join(bad)
    assert luminance(night_bar) < 0.1, night_bar.name()  # no light bar over the night page
    assert light_bar == QColor("#f3f1ea") == _bar_texts(view)[0]  # light as it was
    assert dict(light)["position"] == QColor("#555555")


def test_the_parallel_status_follows_the_theme(qtbot, look) -> None:
    pane = ParallelPane()
    qtbot.addWidget(pane)
    pane.show()
    pane.status.setText("右侧：《杭州行动计划亮相》第3段")
    assert ink(pane.status) == QColor("#555555")
    switch(look, "dark")
    assert luminance(ground(pane)) < 0.1
    assert ratio(ink(pane.status), ground(pane)) >= TEXT, ink(pane.status).name()
