"""Draws a target's progress as a small bullet chart: a track, a bar, the goal line, a label."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from hzreader.core.ledger import Progress
from hzreader.ui import theme
from hzreader.ui.targets.model import PROGRESS_ROLE

# (light, night): the bar stands out from its track, the goal line from the cell (≥ 3:1).
TRACK = (QColor("#e6e2d8"), QColor("#3b3d42"))
MET = (QColor("#3f9a5c"), QColor("#5cb87a"))
BEHIND = (QColor("#d8902a"), QColor("#e8a33d"))
GOAL_LINE = (QColor("#44413a"), theme.DARK.ink)
BAR_SHARE = 0.55  # of the cell width; the label takes the rest
_LEFT = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft


def bar_colors(ground: QColor) -> tuple[QColor, QColor, QColor, QColor]:
    """The track, the bar when met and when behind, and the goal line, for the palette in
    use, on a cell of this colour."""
    track = theme.shade(*TRACK)
    met = theme.legible(theme.shade(*MET), track, theme.MARK_CONTRAST)
    behind = theme.legible(theme.shade(*BEHIND), track, theme.MARK_CONTRAST)
    goal = theme.legible(theme.shade(*GOAL_LINE), ground, theme.MARK_CONTRAST)
    return track, met, behind, theme.legible(goal, track, theme.MARK_CONTRAST)


def cell_ground(opt: QStyleOptionViewItem) -> QColor:
    """What a cell is painted on: the selection, its own background, or the row's base."""
    if opt.state & QStyle.StateFlag.State_Selected:
        return opt.palette.color(QPalette.ColorRole.Highlight)
    if opt.backgroundBrush.style() != Qt.BrushStyle.NoBrush:
        return opt.backgroundBrush.color()
    alternate = opt.features & QStyleOptionViewItem.ViewItemFeature.Alternate
    return opt.palette.color(
        QPalette.ColorRole.AlternateBase if alternate else QPalette.ColorRole.Base
    )


class ProgressDelegate(QStyledItemDelegate):
    """Paints PROGRESS_ROLE; a cell without progress shows its text (未记录) greyed."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Background and selection as usual, then the chart instead of the text."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        label = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        progress: Progress | None = index.data(PROGRESS_ROLE)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = opt.palette.color(role)
        rect = QRectF(opt.rect).adjusted(6, 0, -6, 0)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if progress is None:
            muted = QColor(text_color)
            muted.setAlphaF(0.45)  # greyed, yet legible on the cell
            ground = cell_ground(opt)
            painter.setPen(theme.legible(theme.over(muted, ground), ground))
            painter.drawText(rect, _LEFT, label)
            painter.restore()
            return
        bar_height = max(6.0, min(10.0, rect.height() * 0.4))
        track = QRectF(
            rect.left(), rect.center().y() - bar_height / 2, rect.width() * BAR_SHARE, bar_height
        )
        track_color, met, behind, goal = bar_colors(cell_ground(opt))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track_color)
        painter.drawRoundedRect(track, 2, 2)
        filled = QRectF(track)
        filled.setWidth(track.width() * max(0.0, min(1.0, progress.fraction)))
        if filled.width() > 0:
            painter.setBrush(met if progress.met else behind)
            painter.drawRoundedRect(filled, 2, 2)
        # The goal: a full bar reaches this line.
        painter.setPen(goal)
        x = track.right() - 0.5
        painter.drawLine(QLineF(x, track.top() - 3, x, track.bottom() + 3))
        text_rect = QRectF(rect)
        text_rect.setLeft(track.right() + 8)
        painter.setPen(text_color)
        shown = f"{label} ✓" if progress.met else label
        painter.drawText(text_rect, _LEFT, shown)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Room for a bar and a label such as 偏差 +20%."""
        hint = super().sizeHint(option, index)
        width = option.fontMetrics.horizontalAdvance("偏差 +100% ✓") / (1 - BAR_SHARE) + 20
        return QSize(max(hint.width(), int(width)), hint.height())
