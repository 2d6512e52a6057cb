"""The ledger's charts, drawn with QPainter: the selected target's actuals over time against its
goal, and where all targets stand. Each paints into any rectangle, so the PNG export draws
the same picture as the screen, at print resolution (in the light palette: a picture for a
report; the screen follows the palette in use)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from hzreader.core.ledger import (
    APPROX_TOLERANCE,
    STANDING_LABELS,
    STANDINGS,
    LedgerRow,
    format_number,
    goal_text,
    projection,
    series,
    standing,
)
from hzreader.ui import theme

translate = QCoreApplication.translate  # the name pyside6-lupdate reads

STANDING_COLORS = {
    "met": QColor("#2e7d32"),
    "on_track": QColor("#1e88e5"),
    "behind": QColor("#e65100"),
    "none": QColor("#bdbdbd"),
}
GOAL_COLOR = QColor("#c62828")
ACTUAL_COLOR = QColor("#1565c0")
TREND_COLOR = QColor("#90a4ae")
GRID = QColor("#e6e6e6")  # quiet on purpose: the numbers beside it carry it
FRAME = QColor("#9e9e9e")
PAPER = QColor("#ffffff")
# The same at night, on the dark palette's base.
NIGHT_STANDING_COLORS = {
    "met": QColor("#66bb6a"),
    "on_track": QColor("#64b5f6"),
    "behind": QColor("#ffb74d"),
    "none": QColor("#8a8d93"),
}
NIGHT_GOAL_COLOR = QColor("#ef9a9a")
NIGHT_ACTUAL_COLOR = QColor("#8ab4f8")
NIGHT_GRID = QColor("#34363b")
NIGHT_FRAME = QColor("#5f6168")


@dataclass(frozen=True)
class ChartColors:
    """What the charts are drawn with, for one palette."""

    paper: QColor
    ink: QColor
    muted: QColor
    grid: QColor
    frame: QColor
    goal: QColor  # the goal's line and its name
    goal_band: QColor  # 左右: the band around the goal
    actual: QColor
    trend: QColor
    standings: dict[str, QColor]
    counts: dict[str, QColor]  # the numbers written on each standing's bar


def chart_colors(p: theme.Palette | None = None) -> ChartColors:
    """The charts' colours for a palette (the one in use by default): text legible on the
    paper (4.5:1), lines, points and bars standing out from it (3:1)."""
    p = p or theme.palette()
    night = p.dark
    paper = p.base if night else PAPER
    ink, muted = theme.legible(p.ink, paper), theme.legible(p.muted_ink, paper)

    def mark(light: QColor, dark: QColor, least: float = theme.MARK_CONTRAST) -> QColor:
        return theme.legible(dark if night else light, paper, least)

    # A bar with its number in the paper's colour: as legible as the number must be (the
    # grey of 未记录 carries the ink).
    standings = {}
    for s, c in STANDING_COLORS.items():
        least = theme.MARK_CONTRAST if s == "none" else theme.TEXT_CONTRAST
        standings[s] = mark(c, NIGHT_STANDING_COLORS[s], least)
    counts = {}
    for s, fill in standings.items():
        best = max((paper, ink), key=lambda c, fill=fill: theme.contrast(c, fill))
        counts[s] = theme.legible(best, fill)
    goal = mark(GOAL_COLOR, NIGHT_GOAL_COLOR, theme.TEXT_CONTRAST)  # its name is written in it
    band = QColor(goal)
    band.setAlpha(40 if night else 28)
    return ChartColors(
        paper=paper,
        ink=ink,
        muted=muted,
        grid=NIGHT_GRID if night else GRID,
        frame=NIGHT_FRAME if night else FRAME,
        goal=goal,
        goal_band=band,
        actual=mark(ACTUAL_COLOR, NIGHT_ACTUAL_COLOR),
        trend=mark(TREND_COLOR, TREND_COLOR),
        standings=standings,
        counts=counts,
    )


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(theme.HEADING_FAMILIES)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _goal(target) -> str:
    """core's goal_text (≥ 18 万元) with its full-width ＝ as the language writes it."""
    text = goal_text(target)
    return translate("TargetsModel", "＝") + text[1:] if text.startswith("＝") else text


def _nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round values for an axis from lo to hi (1, 2, 2.5 or 5 times a power of ten apart)."""
    raw = (hi - lo or abs(hi) or 1.0) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = (lo // step) * step
    ticks, value = [], first
    while value <= hi + step * 1e-9:
        if value >= lo - step * 1e-9:
            ticks.append(round(value, 10))
        value += step
    return ticks


def value_label_box(
    cx: float, top: float, width: float, plot: QRectF
) -> tuple[QRectF, Qt.AlignmentFlag]:
    """Where a point's value is written: centred above it, or inside the plot at its ends,
    where centred it would run over the axis' numbers or the goal's name."""
    box = QRectF(cx - 40, top, 80, 16)
    if cx - width / 2 - 2 < plot.left():
        box.moveLeft(plot.left() + 2)
        return box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    if cx + width / 2 + 2 > plot.right():
        box.moveRight(plot.right() - 2)
        return box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return box, Qt.AlignmentFlag.AlignCenter


def paint_target(
    painter: QPainter, rect: QRectF, row: LedgerRow | None, colors: ChartColors | None = None
) -> None:
    """One target: its actuals as a line over time, the goal as a line across, the trend."""
    c = colors or chart_colors()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, c.paper)
    pad = 10
    painter.setPen(c.ink)
    painter.setFont(_font(10.5, True))
    if row is None:
        painter.setPen(c.muted)
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignCenter,
            translate("chart", "选择一项指标，看它的实际值和目标"),
        )
        painter.restore()
        return
    t = row.target
    title = QRectF(rect.left() + pad, rect.top() + pad * 0.6, rect.width() - 2 * pad, 20)
    painter.drawText(
        title,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        translate("chart", "{0}　目标 {1}（{2}年）").format(t.name, _goal(t), t.year)
        if t.year
        else translate("chart", "{0}　目标 {1}").format(t.name, _goal(t)),
    )
    points = series(row)
    ahead = projection(row)
    values = [v for _d, v in points] + [t.value] + ([ahead[1]] if ahead else [])
    if t.comparator == "~":
        values += [t.value * (1 - APPROX_TOLERANCE), t.value * (1 + APPROX_TOLERANCE)]
    lo, hi = min(values), max(values)
    margin = (hi - lo) * 0.15 or abs(hi) * 0.1 or 1.0
    lo, hi = lo - margin, hi + margin
    if min(values) >= 0 > lo:
        lo = 0.0
    today = date.today()
    start = points[0][0] if points else date(today.year, 1, 1)
    end = max([points[-1][0] if points else today] + ([date(t.year, 12, 31)] if t.year else []))
    if (end - start).days < 60:
        start, end = start - timedelta(days=180), end + timedelta(days=180)
    plot = QRectF(
        rect.left() + 58,
        title.bottom() + 8,
        rect.width() - 58 - 64,
        rect.height() - title.height() - 44,
    )
    if plot.width() < 40 or plot.height() < 30:
        painter.restore()
        return

    def x(day: date) -> float:
        return plot.left() + plot.width() * (day - start).days / max(1, (end - start).days)

    def y(value: float) -> float:
        return plot.bottom() - plot.height() * (value - lo) / (hi - lo)

    painter.setFont(_font(8.5))
    for tick in _nice_ticks(lo, hi):
        painter.setPen(QPen(c.grid, 1))
        painter.drawLine(QPointF(plot.left(), y(tick)), QPointF(plot.right(), y(tick)))
        painter.setPen(c.muted)
        label = QRectF(rect.left(), y(tick) - 8, plot.left() - rect.left() - 6, 16)
        painter.drawText(
            label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, format_number(tick)
        )
    # A line where each year begins; the year's name in the middle of its span, so that a
    # value of 31 December sits at the end of its own year.
    for year in range(start.year, end.year + 1):
        first, last = max(start, date(year, 1, 1)), min(end, date(year, 12, 31))
        if year > start.year:
            painter.setPen(QPen(c.grid, 1))
            painter.drawLine(QPointF(x(first), plot.top()), QPointF(x(first), plot.bottom()))
        if x(last) - x(first) >= 28:
            painter.setPen(c.muted)
            middle = (x(first) + x(last)) / 2
            label = QRectF(middle - 30, plot.bottom() + 4, 60, 16)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, str(year))
    painter.setPen(QPen(c.frame, 1))
    painter.drawRect(plot)
    # The goal: a band for 左右, a line otherwise; the target year's end as a dotted line.
    if t.comparator == "~":
        band = QRectF(
            plot.left(),
            y(t.value * (1 + APPROX_TOLERANCE)),
            plot.width(),
            y(t.value * (1 - APPROX_TOLERANCE)) - y(t.value * (1 + APPROX_TOLERANCE)),
        )
        painter.fillRect(band, c.goal_band)
    pen = QPen(c.goal, 1.6, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(QPointF(plot.left(), y(t.value)), QPointF(plot.right(), y(t.value)))
    painter.setFont(_font(8.5, True))
    word = translate("chart", "上限") if t.comparator == "<=" else translate("chart", "目标")
    painter.drawText(
        QRectF(plot.right() + 4, y(t.value) - 9, 60, 18),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        f"{word} {format_number(t.value)}",
    )
    if t.year:
        painter.setPen(QPen(c.goal, 1, Qt.PenStyle.DotLine))
        end_x = x(date(t.year, 12, 31))
        painter.drawLine(QPointF(end_x, plot.top()), QPointF(end_x, plot.bottom()))
    if not points:
        painter.setPen(c.muted)
        painter.setFont(_font(9.5))
        # Clear of the goal's line (with nothing recorded, the plot is centred on it).
        goal_y = y(t.value)
        above = QRectF(plot.left(), plot.top(), plot.width(), goal_y - plot.top() - 2)
        below = QRectF(plot.left(), goal_y + 2, plot.width(), plot.bottom() - goal_y - 2)
        painter.drawText(
            above if above.height() >= below.height() else below,
            Qt.AlignmentFlag.AlignCenter,
            translate("chart", "尚未记录实际值（双击指标记录）"),
        )
        painter.restore()
        return
    if ahead is not None:
        painter.setPen(QPen(c.trend, 1.2, Qt.PenStyle.DashLine))
        painter.drawLine(
            QPointF(x(points[-1][0]), y(points[-1][1])), QPointF(x(ahead[0]), y(ahead[1]))
        )
    path = QPainterPath()
    for i, (day, value) in enumerate(points):
        (path.moveTo if i == 0 else path.lineTo)(QPointF(x(day), y(value)))
    painter.setPen(QPen(c.actual, 2.2))
    painter.drawPath(path)
    color = c.standings[standing(row)]
    painter.setFont(_font(8.5))
    for i, (day, value) in enumerate(points):
        last = i == len(points) - 1
        painter.setPen(QPen(c.paper, 1.5))
        painter.setBrush(color if last else c.actual)
        painter.drawEllipse(QPointF(x(day), y(value)), 4.5, 4.5)
        painter.setPen(c.ink)
        # Above the point, or below it when that would run into the title; inside the plot
        # at its ends, where centred it would run over the axis' numbers or the goal's name.
        top = y(value) - 22 if y(value) - 22 >= plot.top() else y(value) + 6
        shown = format_number(value)
        width = painter.fontMetrics().horizontalAdvance(shown)
        box, align = value_label_box(x(day), top, width, plot)
        painter.drawText(box, align, shown)
    painter.restore()


def overview_rows(room: float, groups: int, line: float) -> tuple[int, float, float]:
    """(rows shown, bar height, gap) for `groups` bars in `room` pixels, with labels of
    `line` pixels: bars of at most 22 px, none thinner than its label, so fewer rows than
    groups when they do not all fit (paint_overview then gives the last one to a line saying
    how many are left out)."""
    least = max(8.0, line - 2)  # a label may stand 1 px over each edge of its bar
    fit = max(1, int((room + 3) // (least + 3)))
    shown = min(groups, fit)
    slot = room / max(1, shown)
    gap = min(6.0, max(3.0, slot * 0.25))
    return shown, max(least, min(22.0, slot - gap)), gap


def overview_bars(rows: list[LedgerRow]) -> list[tuple[str, list[LedgerRow]]]:
    """The overview's bars, (label, targets): all of them, then each chapter (when more than
    one)."""
    groups: list[tuple[str, list[LedgerRow]]] = [(translate("chart", "全部"), rows)]
    chapters: dict[str, list[LedgerRow]] = {}
    for r in rows:
        chapters.setdefault(r.chapter_number or "—", []).append(r)
    if len(chapters) > 1:
        groups += [
            (translate("chart", "第{0}部分").format(n) if n != "—" else n, rs)
            for n, rs in chapters.items()
        ]
    return groups


def overview_height(rows: list[LedgerRow], bar: float = 14, most: int = 0) -> float:
    """The height at which the overview draws every bar (or the `most` first) `bar` px high:
    paint_overview's title (32 px), legend (20) and margin (10), and a little to spare."""
    bars = len(overview_bars(rows))
    return 66 + (min(bars, most) if most else bars) * (bar + 4)


def paint_overview(
    painter: QPainter, rect: QRectF, rows: list[LedgerRow], colors: ChartColors | None = None
) -> None:
    """All targets: how many are met, on track, behind or not recorded, overall and by chapter."""
    c = colors or chart_colors()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, c.paper)
    pad = 10
    painter.setPen(c.ink)
    painter.setFont(_font(10.5, True))
    title = QRectF(rect.left() + pad, rect.top() + pad * 0.6, rect.width() - 2 * pad, 20)
    painter.drawText(
        title,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        translate("chart", "全部指标进度（共 {0} 项）").format(len(rows)),
    )
    groups = overview_bars(rows)
    legend_h = 20
    top = title.bottom() + 6
    small = _font(8.5)
    metrics = QFontMetricsF(small)
    shown, bar_h, gap = overview_rows(
        rect.bottom() - pad - legend_h - top, len(groups), metrics.height()
    )
    hidden: list[tuple[str, list[LedgerRow]]] = []
    if shown < len(groups):  # the last row says how many chapters did not fit (全部 stays)
        keep = max(1, shown - 1)
        groups, hidden = groups[:keep], groups[keep:]
    label_w = 70
    width = rect.width() - 2 * pad - label_w - 10
    painter.setFont(small)
    for i, (label, members) in enumerate(groups):
        counts = {s: 0 for s in STANDINGS}
        for r in members:
            counts[standing(r)] += 1
        y0 = top + i * (bar_h + gap)
        painter.setPen(c.ink)
        # Not clipped to a thin bar's height: 全部 lost the top of 全 at 14 px.
        painter.drawText(
            QRectF(rect.left() + pad, y0, label_w, bar_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip,
            label,
        )
        x0 = rect.left() + pad + label_w
        for s in STANDINGS:
            if not counts[s]:
                continue
            w = width * counts[s] / max(1, len(members))
            cell = QRectF(x0, y0, w, bar_h)
            painter.fillRect(cell, c.standings[s])
            number = str(counts[s])
            # Only where the number fits in its cell: over a thin bar it ran onto the next.
            if metrics.height() <= bar_h + 3 and metrics.horizontalAdvance(number) + 4 <= w:
                painter.setPen(c.counts[s])
                painter.drawText(
                    cell, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextDontClip, number
                )
            x0 += w
    if hidden and len(groups) < shown:  # a row of its own, when there is one
        painter.setPen(c.ink)
        painter.drawText(
            QRectF(rect.left() + pad, top + len(groups) * (bar_h + gap), width + label_w, bar_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip,
            translate("chart", "另有 {0} 个部分（放大窗口可见）").format(len(hidden)),
        )
    # The legend right under the bars (at the bottom of a tall chart it stood far from them).
    bars_end = top + shown * (bar_h + gap)
    legend_top = min(bars_end + 2, rect.bottom() - legend_h - pad * 0.4)
    totals = {s: 0 for s in STANDINGS}
    for r in rows:
        totals[standing(r)] += 1
    x0, y0 = rect.left() + pad + label_w, legend_top
    for s in STANDINGS:
        painter.fillRect(QRectF(x0, y0 + 5, 10, 10), c.standings[s])
        text = translate("chart", "{0} {1}").format(
            translate("chart", STANDING_LABELS[s]), totals[s]
        )
        painter.setPen(c.ink)
        box = QRectF(x0 + 14, y0, 110, legend_h)
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        x0 += painter.fontMetrics().horizontalAdvance(text) + 30
    painter.restore()


class TargetChart(QWidget):
    """The selected target's actuals over time against its goal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("target_chart")
        self.row: LedgerRow | None = None
        self.setMinimumSize(260, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_row(self, row: LedgerRow | None) -> None:
        """Draw this target (None: a hint to choose one)."""
        self.row = row
        self.update()

    def paintEvent(self, _event) -> None:
        """Draw into the widget."""
        painter = QPainter(self)
        paint_target(painter, QRectF(self.rect()), self.row)
        painter.end()

    def retranslate(self) -> None:
        """After a switch of language (ui/shell/language.py): drawn again in the new one."""
        self.update()


class OverviewChart(QWidget):
    """Where all targets of the document stand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targets_overview")
        self.rows: list[LedgerRow] = []
        self.setMinimumSize(260, 110)

    def set_rows(self, rows: list[LedgerRow]) -> None:
        """Draw these targets (with room for a bar of each chapter, up to twelve)."""
        self.rows = list(rows)
        self.setMinimumHeight(max(110, int(overview_height(self.rows, bar=12, most=12))))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        """Room for the overall bar, a few chapters and the legend."""
        return QSize(420, max(170, self.minimumHeight()))

    def paintEvent(self, _event) -> None:
        """Draw into the widget."""
        painter = QPainter(self)
        paint_overview(painter, QRectF(self.rect()), self.rows)
        painter.end()

    def retranslate(self) -> None:
        """After a switch of language (ui/shell/language.py): drawn again in the new one."""
        self.update()


def chart_png(row: LedgerRow | None, rows: list[LedgerRow], width: int = 1600) -> bytes:
    """Both charts, one above the other, as PNG bytes at print resolution (light, whatever
    the theme: a picture for a report)."""
    colors = chart_colors(theme.LIGHT)
    scale = width / 800  # drawn as on an 800-pixel-wide screen, scaled to print resolution
    # 600 by 800 as on the screen; taller when the overview needs more for all its chapters.
    target_h = 600 * 0.62
    logical = QRectF(0, 0, 800, target_h + max(600 - target_h, overview_height(rows)))
    height = int(logical.height() * scale)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(colors.paper)
    painter = QPainter(image)
    painter.scale(scale, scale)
    split = target_h
    paint_target(painter, QRectF(0, 0, logical.width(), split), row, colors)
    paint_overview(
        painter, QRectF(0, split, logical.width(), logical.height() - split), rows, colors
    )
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class ChartPanel(QWidget):
    """The two charts of the ledger, one above the other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledger_charts")
        self.target = TargetChart(self)
        self.overview = OverviewChart(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.target, 3)
        layout.addWidget(self.overview, 2)

    def show_row(self, row: LedgerRow | None) -> None:
        """The selected target."""
        self.target.set_row(row)

    def set_rows(self, rows: list[LedgerRow]) -> None:
        """Every target of the document."""
        self.overview.set_rows(rows)

    def png(self, width: int = 1600) -> bytes:
        """What the panel shows, as a PNG image for a report."""
        return chart_png(self.target.row, self.overview.rows, width)
