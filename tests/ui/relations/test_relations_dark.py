"""The 相关条款 dock at night: the status line and the grey of weak matches stay legible in
both themes, and follow a switch of theme while they are shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from wcag import TEXT, ground, ink, luminance, ratio, switch

from hzreader.ui.relations.match_list import MatchRow
from hzreader.ui.relations.panel import RelatedPanel

ROWS = [
    MatchRow("brief", "p3", "第3段 住房保障", 0.62, ("共有产权住房",), "完善住房保障体系"),
    MatchRow("brief", "p7", "第7段", 0.12, (), "城市更新"),  # weak
]


def _colours(panel: RelatedPanel) -> list[tuple[str, QColor, QColor]]:
    """(what, ink, what it is drawn on) of the status line and every row of the list."""
    base = panel.list.palette().color(QPalette.ColorRole.Base)
    out = [("status", ink(panel.status), ground(panel))]
    for i in range(panel.list.topLevelItemCount()):
        group = panel.list.topLevelItem(i)
        for j in range(group.childCount()):
            item = group.child(j)
            brush = item.foreground(0)  # its own grey, else the list's text
            own = brush.style() != Qt.BrushStyle.NoBrush
            shown = brush.color() if own else panel.list.palette().color(QPalette.ColorRole.Text)
            out.append((item.text(0), shown, base))
    return out


def test_the_related_clauses_follow_the_theme(qtbot, look) -> None:
    panel = RelatedPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_groups([("杭州行动计划亮相", ROWS)])
    light = _colours(panel)
    switch(look, "dark")  # while the list is shown
    night = _colours(panel)
    switch(look, "light")
    bad = [f"{what} {a.name()} on {b.name()}: {ratio(a, b):.2f}"
           for what, a, b in light + night if ratio(a, b) < TEXT]  # fmt: skip
    assert not bad, "\n".join(bad)
    assert all(luminance(b) < 0.1 for _w, _a, b in night)
    weak = {when: next(a for what, a, _b in rows if what == "第7段")
            for when, rows in (("light", light), ("night", night))}  # fmt: skip
    assert weak["light"] != weak["night"]  # the weak rows tinted again
    assert light[0][1] == QColor("#6b6b6b")  # the status line as it was
