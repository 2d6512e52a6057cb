"""The ledger's charts: a target's actuals against its goal, where all targets stand, as PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import QFileDialog

from hzreader.ui.targets.chart import ACTUAL_COLOR, GOAL_COLOR, STANDING_COLORS, chart_colors
from hzreader.ui.targets.model import ROW_ROLE


def _open_ledger(qtbot, window):
    window.findChild(QAction, "action_toggle_targets").trigger()
    view = window.targets.view
    qtbot.waitUntil(lambda: view.isVisible() and view.model.rowCount() > 0)
    return view


def _select(view, name: str) -> None:
    for r in range(view.proxy.rowCount()):
        if view.proxy.index(r, 0).data(ROW_ROLE).target.name == name:
            view.select_target(view.proxy.index(r, 0).data(ROW_ROLE).target.id)
            return
    raise AssertionError(name)


def _has(image: QImage, color: QColor, tolerance: int = 40) -> int:
    """How many sampled pixels are close to `color`."""
    hits = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - color.red()) + abs(c.green() - color.green())
                + abs(c.blue() - color.blue()) < tolerance
            ):  # fmt: skip
                hits += 1
    return hits


def _record(window, name: str, *values: tuple[str, float]) -> None:
    service = window.services.targets
    target = next(t for t in service.targets() if t.name == name)
    for day, value in values:
        service.record_actual("plan", target.id, value, day)


def test_the_selected_targets_actuals_are_drawn_against_its_goal(qtbot, window) -> None:
    _record(
        window, "人均生产总值", ("2021-12-31", 14.9), ("2022-12-31", 15.3), ("2023-12-31", 15.8)
    )
    view = _open_ledger(qtbot, window)
    view.side.setCurrentWidget(view.chart)
    view.resize(1100, 420)
    _select(view, "人均生产总值")
    chart = view.chart.target
    qtbot.waitUntil(lambda: chart.row is not None and chart.row.target.name == "人均生产总值")
    assert len(chart.row.actuals) == 3
    image = chart.grab().toImage()
    assert _has(image, ACTUAL_COLOR) > 20  # the line of actuals
    assert _has(image, GOAL_COLOR) > 8  # the goal line
    _select(view, "城镇调查失业率")  # nothing recorded: the goal only
    qtbot.waitUntil(lambda: chart.row.target.name == "城镇调查失业率")
    empty = chart.grab().toImage()
    assert _has(empty, ACTUAL_COLOR) < 5 and _has(empty, GOAL_COLOR) > 8


def test_the_overview_counts_where_every_target_stands(qtbot, window) -> None:
    _record(window, "人均生产总值", ("2023-12-31", 19))  # met
    _record(window, "城乡居民收入倍差", ("2023-12-31", 2.5))  # a ceiling far exceeded: behind
    view = _open_ledger(qtbot, window)
    view.side.setCurrentWidget(view.chart)
    overview = view.chart.overview
    qtbot.waitUntil(lambda: len(overview.rows) == 33)
    from hzreader.core.ledger import overview as counts

    assert counts(overview.rows) == {"met": 1, "on_track": 0, "behind": 1, "none": 31}
    image = overview.grab().toImage()
    shown = chart_colors().standings  # the grey of 未记录 deepened to stand out (3:1)
    assert _has(image, shown["met"]) > 3 and _has(image, shown["none"]) > 50
    assert shown["met"] == STANDING_COLORS["met"]


def test_the_charts_export_as_png(qtbot, window, monkeypatch, tmp_path: Path) -> None:
    _record(window, "人均生产总值", ("2022-12-31", 15.3), ("2023-12-31", 15.8))
    view = _open_ledger(qtbot, window)
    _select(view, "人均生产总值")
    out = tmp_path / "图表"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    view.chart_action.trigger()
    path = tmp_path / "图表.png"
    assert path.read_bytes().startswith(b"\x89PNG")
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1600, 1200)
    assert _has(image, ACTUAL_COLOR) > 50 and _has(image, GOAL_COLOR) > 50


def test_a_value_at_the_ends_of_the_plot_stays_inside_it() -> None:
    """The first actual sits on the plot's left edge: its value ran over the axis' numbers."""
    from PySide6.QtCore import QRectF, Qt

    from hzreader.ui.targets.chart import value_label_box

    plot = QRectF(58, 30, 300, 120)
    box, align = value_label_box(plot.left(), 40, 24, plot)
    assert box.left() > plot.left() and align & Qt.AlignmentFlag.AlignLeft
    box, align = value_label_box(plot.right() - 3, 40, 24, plot)
    assert box.right() < plot.right() and align & Qt.AlignmentFlag.AlignRight
    box, align = value_label_box(200, 40, 24, plot)
    assert box.center().x() == 200 and align == Qt.AlignmentFlag.AlignCenter


def test_the_overviews_labels_are_not_cut_to_a_thin_bars_height(qtbot, window) -> None:
    """At the smallest bar height (8 px) the chapter names are drawn whole, not clipped."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    from hzreader.ui.targets.chart import paint_overview

    rows = window.services.targets.ledger()
    image = QImage(420, 120, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_overview(painter, QRectF(0, 0, 420, 120), rows)
    painter.end()
    # The label column of the first group (全部): the rows that hold ink.
    inked = [
        y
        for y in range(image.height())
        if any(image.pixelColor(x, y).lightness() < 128 for x in range(10, 70))
    ]
    groups = [[inked[0]]]
    for y in inked[1:]:
        if y - groups[-1][-1] <= 1:
            groups[-1].append(y)
        else:
            groups.append([y])
    title, first = groups[0], groups[1]
    assert len(title) > 8 and len(first) > 9, (title, first)  # taller than the 8 px bar


def test_overview_rows_fit_the_room_and_keep_bars_as_tall_as_their_labels() -> None:
    from hzreader.ui.targets.chart import overview_rows

    assert overview_rows(400, 4, 12) == (4, 22.0, 6.0)  # room to spare: full bars
    for room, groups in ((60, 10), (104, 10), (150, 8), (44, 3)):
        shown, bar, gap = overview_rows(room, groups, 12)
        assert 1 <= shown <= groups and bar >= 10  # no bar thinner than its label
        assert shown * (bar + gap) - gap <= room + 0.01, (room, groups, shown, bar, gap)
    assert overview_rows(104, 10, 12)[0] < 10  # not all fit: fewer rows, not thinner ones


def test_a_low_overview_of_many_chapters_keeps_its_bars_off_the_legend(qtbot, window) -> None:
    """Ten bars in 170 px ran over the legend and each other (at 8 px, their numbers and
    names overlapped); now as many as fit are drawn and a line says how many are left out."""
    import dataclasses

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    from hzreader.ui.targets.chart import chart_colors, paint_overview

    rows = window.services.targets.ledger()
    rows = [dataclasses.replace(r, chapter_number=str(i % 9 + 1)) for i, r in enumerate(rows)]
    image = QImage(620, 170, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_overview(painter, QRectF(0, 0, 620, 170), rows, chart_colors())
    painter.end()
    bar = chart_colors().standings["none"].rgb()  # nothing is recorded: one colour a bar

    def bands(x: int, color: int = bar) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for y in range(image.height()):
            if image.pixelColor(x, y).rgb() == color:
                if out and out[-1][1] == y - 1:
                    out[-1] = (out[-1][0], y)
                else:
                    out.append((y, y))
        return out

    bars = bands(590)  # the bars' right end, where neither numbers nor the legend reach
    squares = bands(84, chart_colors().standings["met"].rgb())  # the legend's first square
    assert 2 <= len(bars) < 10, bars  # not all ten fit
    assert all(b - a + 1 >= 10 for a, b in bars), bars  # none thinner than a label
    assert len(squares) == 1 and squares[0][0] > bars[-1][1] + 10, (bars, squares)  # the note
    assert squares[0][1] < image.height() - 3


def test_the_exported_picture_grows_to_show_every_chapter(qtbot, window) -> None:
    """A picture for a report has no window to enlarge: with many chapters it is taller, and
    every chapter has its bar."""
    import dataclasses

    from hzreader.ui.targets.chart import chart_colors, chart_png, overview_bars

    rows = window.services.targets.ledger()
    assert QImage.fromData(chart_png(None, rows)).size().toTuple() == (1600, 1200)
    many = [dataclasses.replace(r, chapter_number=str(i % 14 + 1)) for i, r in enumerate(rows)]
    assert len(overview_bars(many)) == 15
    image = QImage.fromData(chart_png(None, many))
    assert image.width() == 1600 and image.height() > 1200
    bar = chart_colors().standings["none"].rgb()
    x = image.width() - 50  # the bars' right end (780 of 800 logical pixels)
    bands, inside = 0, False
    for y in range(image.height()):
        on = image.pixelColor(x, y).rgb() == bar
        bands += on and not inside
        inside = on
    assert bands == 15, bands


def test_the_nothing_recorded_message_stands_clear_of_the_goal_line(qtbot, window) -> None:
    """With no actual value the plot is centred on the goal, and the message was drawn across
    its dashed line."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    from hzreader.ui.targets.chart import paint_target

    row = window.services.targets.ledger()[0]
    assert not row.actuals
    colors = chart_colors()
    image = QImage(800, 372, QImage.Format.Format_ARGB32)
    image.fill(colors.paper)
    painter = QPainter(image)
    paint_target(painter, QRectF(0, 0, 800, 372), row, colors)
    painter.end()

    def near(color: QColor, of: QColor) -> bool:
        return all(
            abs(a - b) < 40 for a, b in zip(color.getRgb()[:3], of.getRgb()[:3], strict=True)
        )

    def reddish(color: QColor) -> bool:  # the goal's line, antialiased over two rows
        return color.red() - color.green() > 50

    assert reddish(colors.goal)
    goal_rows = [
        y for y in range(image.height())
        if sum(reddish(image.pixelColor(x, y)) for x in range(100, 700)) > 150
    ]  # fmt: skip
    assert goal_rows, "no goal line"
    text_rows = {
        y for y in range(image.height())
        for x in range(300, 500)
        if near(image.pixelColor(x, y), colors.muted)
    }  # fmt: skip
    assert text_rows, "no message"
    assert all(abs(y - g) > 3 for y in text_rows for g in goal_rows), (goal_rows, sorted(text_rows))


def test_the_overview_asks_room_for_a_bar_of_each_chapter(qtbot, window) -> None:
    """In the window the overview had about 100 px: the plan's four bars did not all fit."""
    from hzreader.ui.targets.chart import OverviewChart, overview_bars

    chart = OverviewChart()
    qtbot.addWidget(chart)
    rows = window.services.targets.ledger()
    chart.set_rows(rows)
    assert len(overview_bars(rows)) == 4
    chart.resize(420, chart.minimumHeight())
    image = chart.grab().toImage()
    bar = chart_colors().standings["none"].rgb()
    bands, inside = 0, False
    for y in range(image.height()):
        on = image.pixelColor(395, y).rgb() == bar
        bands += on and not inside
        inside = on
    assert bands == 4, (chart.minimumHeight(), bands)
