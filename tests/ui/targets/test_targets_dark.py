"""The targets ledger at night: the side panel's sentence, the progress bars, the charts and
the record dialog's error stay legible in both themes, and follow a switch of theme."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import QApplication
from wcag import MARK, TEXT, ground, ink, luminance, pixel, ratio, switch

from hzreader.core.targets import Target
from hzreader.ui.targets.actual_dialog import ActualDialog
from hzreader.ui.targets.model import COL_NAME, COL_PROGRESS, ROW_ROLE

BAR_SHARE = 0.55  # the delegate's bar takes this much of the cell after 6 px each side


def _ledger(qtbot, window):
    service = window.services.targets
    recorded = (("人均生产总值", 17.0, "2023-12-31"), ("人均生产总值", 19.0, "2024-12-31"),
                ("全员劳动生产率", 13.5, "2024-12-31"))  # fmt: skip
    for name, value, day in recorded:  # met; half way
        target = next(t for t in service.targets() if t.name == name)
        service.record_actual("plan", target.id, value, day)
    window.findChild(QAction, "action_toggle_targets").trigger()
    view = window.targets.view
    qtbot.waitUntil(lambda: view.isVisible() and view.model.rowCount() > 0)
    view.resize(1200, 500)
    return view


def _row(view, name: str) -> int:
    names = [view.proxy.index(r, COL_NAME).data() for r in range(view.proxy.rowCount())]
    return names.index(name)


def _bar(view, name: str, at: float) -> QColor:
    """The colour the progress cell of a target paints `at` (0..1) along its bar."""
    table = view.table
    index = view.proxy.index(_row(view, name), COL_PROGRESS)
    table.scrollTo(index)
    rect = table.visualRect(index)
    assert table.viewport().rect().contains(rect), (rect, table.viewport().rect())
    width = (rect.width() - 12) * BAR_SHARE
    point = QPoint(round(rect.left() + 6 + width * at), rect.center().y())
    return table.viewport().grab().toImage().pixelColor(point)


def _behind(label) -> QColor:
    """What the window really paints around a label (a tab's page is not the window's
    colour): a point just left of it, in the panel's margin."""
    top = label.window()
    point = label.mapTo(top, QPoint(-3, label.height() // 2))
    return top.grab().toImage().pixelColor(point)


def _has(image: QImage, color: QColor, tolerance: int = 30) -> int:
    hits = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            d = abs(c.red() - color.red()) + abs(c.green() - color.green())
            if d + abs(c.blue() - color.blue()) < tolerance:
                hits += 1
    return hits


def _check_ledger(view, night: bool) -> list[str]:
    bad = []
    panel = view.panel
    view.side.setCurrentWidget(panel)
    QApplication.processEvents()  # laid out
    behind = _behind(panel.sentence)
    shown = ratio(ink(panel.sentence), behind)
    if shown < TEXT:
        bad.append(f"sentence {ink(panel.sentence).name()} on {behind.name()}: {shown:.2f}")
    if (luminance(ground(panel)) < 0.1) != night:
        bad.append(f"panel {ground(panel).name()}")
    track = _bar(view, "全员劳动生产率", 0.85)  # beyond the half-full bar
    for name, at in (("全员劳动生产率", 0.25), ("人均生产总值", 0.5)):
        bar = _bar(view, name, at)
        if ratio(bar, track) < MARK:
            bad.append(f"bar of {name} {bar.name()} on {track.name()}: {ratio(bar, track):.2f}")
    # The chart of the selected target: drawn on a paper of the theme, in colours that
    # stand out from it (those of chart_colors, found in the picture).
    view.side.setCurrentWidget(view.chart)
    chart = view.chart.target
    image = chart.grab().toImage()
    paper = image.pixelColor(2, 2)
    if (luminance(paper) < 0.1) != night:
        bad.append(f"chart paper {paper.name()}")
    if bad:
        return bad
    from hzreader.ui.targets.chart import chart_colors  # the colours it was drawn with

    colors = chart_colors()
    assert colors.paper == paper
    used = (
        ("ink", colors.ink, TEXT),
        ("muted", colors.muted, TEXT),
        ("goal", colors.goal, TEXT),
        ("actual", colors.actual, MARK),
    )
    for what, color, least in used:
        assert _has(image, color) > 3, what  # really drawn
        if ratio(color, paper) < least:
            bad.append(f"chart {what} {color.name()}: {ratio(color, paper):.2f}")
    overview = view.chart.overview.grab().toImage()
    for standing in ("met", "behind", "none"):
        fill = colors.standings[standing]
        assert _has(overview, fill) > 3, standing
        if ratio(fill, paper) < MARK or ratio(colors.counts[standing], fill) < TEXT:
            bad.append(f"overview {standing} {fill.name()}")
    return bad


def test_the_ledger_follows_the_theme(qtbot, window) -> None:
    view = _ledger(qtbot, window)
    view.select_target(view.proxy.index(_row(view, "人均生产总值"), 0).data(ROW_ROLE).target.id)
    qtbot.waitUntil(lambda: view.chart.target.row is not None)
    light = (ink(view.panel.sentence), _check_ledger(view, night=False))
    switch(window.look, "dark")  # while the ledger is open
    night = _check_ledger(view, night=True)
    switch(window.look, "light")
    assert not light[1] and not night, "\n".join(light[1] + night)
    assert light[0] == QColor("#5b5850") == ink(view.panel.sentence)  # light as it was
    assert pixel(view.chart.target, 2, 2) == QColor("#ffffff")


def test_the_record_dialogs_error_is_legible_at_night(qtbot, look) -> None:
    target = Target(name="城镇调查失业率", value=5.5, unit="%", comparator="<=", year=2025,
                    key="m1.s3", text="城镇调查失业率控制在5.5%以内")  # fmt: skip
    dialog = ActualDialog(target)
    qtbot.addWidget(dialog)
    dialog.show()
    switch(look, "dark")
    error = dialog.error_label
    assert luminance(ground(dialog)) < 0.1
    assert ratio(ink(error), ground(dialog)) >= TEXT, ink(error).name()
    switch(look, "light")
    assert ink(error) == QColor("#b3261e")
