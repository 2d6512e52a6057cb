"""The study map in the outline: a small muted disc beside each node, filled as it is read."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

SIZE = 10
STEPS = 8  # a part's disc fills in eighths
READ = QColor("#8da597")  # muted green-grey: read
NOTED = QColor("#c4953f")  # muted amber: annotated
RING = QColor("#c9c9c9")
translate = QCoreApplication.translate


@lru_cache(maxsize=64)
def study_icon(eighths: int, noted: bool) -> QIcon:
    """A disc read to `eighths`/8 (0: an empty ring, or nothing for a clause), ringed in
    amber when something in it is annotated."""
    ratio = 2.0
    pix = QPixmap(int(SIZE * ratio), int(SIZE * ratio))
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(1.5, 1.5, SIZE - 3, SIZE - 3)
    if eighths >= STEPS:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(READ)
        painter.drawEllipse(rect)
    elif eighths > 0:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(READ)
        painter.drawPie(rect, 90 * 16, -int(360 * 16 * eighths / STEPS))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(NOTED if noted else (RING if eighths < STEPS else READ), 1.2))
    painter.drawEllipse(rect)
    painter.end()
    return QIcon(pix)


@lru_cache(maxsize=1)
def blank_icon() -> QIcon:
    """Room for a mark, nothing drawn (unread clauses: the rows stay aligned)."""
    pix = QPixmap(SIZE, SIZE)
    pix.fill(Qt.GlobalColor.transparent)
    return QIcon(pix)


def icon_for(total: int, read: int, annotated: int, leaf: bool) -> QIcon:
    """The mark of a node from its tally."""
    if leaf and not read and not annotated:
        return blank_icon()
    eighths = round(STEPS * read / total) if total else 0
    if read and not eighths:
        eighths = 1  # something read shows
    return study_icon(eighths, bool(annotated))


def tooltip_for(total: int, read: int, annotated: int, leaf: bool) -> str:
    """The words of the mark."""
    if leaf:
        if annotated:
            return translate("StudyMarks", "已批注")
        return translate("StudyMarks", "已读") if read else translate("StudyMarks", "未读")
    return translate("StudyMarks", "已读 {0}/{1} 条，批注 {2} 条").format(read, total, annotated)
