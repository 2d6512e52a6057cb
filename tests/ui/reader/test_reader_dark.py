"""The notice a large document shows while it is laid out (正在排版…): its grey legible on
the reader's paper in both themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from wcag import TEXT, ratio, switch

from hzreader.ui import theme
from hzreader.ui.reader.loading import waiting_text


def _ink(text) -> QColor:
    block = text.begin()
    fragment = next(iter(block)).fragment()
    assert "正在排版" in fragment.text()
    return fragment.charFormat().foreground().color()


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_the_waiting_notice_is_legible_on_the_paper(qtbot, look, mode) -> None:
    switch(look, mode)
    owner = QObject()
    text = waiting_text(
        "杭州市国民经济和社会发展第十四个五年规划", theme.Typography.for_size(13), owner
    )
    shown, paper = _ink(text), theme.palette().paper
    assert ratio(shown, paper) >= TEXT, (
        f"{shown.name()} on {paper.name()}: {ratio(shown, paper):.2f}"
    )
    if mode == "light":
        assert shown == QColor("#6b6b6b")  # as it was
