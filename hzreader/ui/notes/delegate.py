"""How a note looks in the notes panel: a colour bar, the quote, the note, tags and source."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from hzreader.core.annotation import Annotation
from hzreader.ui import theme
from hzreader.ui.markdown_view import plain_preview
from hzreader.ui.notes.colors import NoteColor, highlight_color, marker_color
from hzreader.ui.notes.model import ANNOTATION_ROLE

PAD = 6
MIN_CARD_WIDTH = 100  # the list stretches a card to its width; this only bounds it
BAR = 5
REVIEW_INK = (QColor("#b3261e"), QColor("#ff8a80"))  # (light, night): 【需复核】, 需复核 N
SEPARATOR = "  ·  "
_TITLED = re.compile(r"^(《[^》]*》)(.*)$", re.DOTALL)


def elide_citation(metrics: QFontMetrics, citation: str, width: int) -> str:
    """A citation in `width` pixels: the document's title is shortened (《杭州…》第10条),
    never the clause; only a clause too long by itself is cut, at its end."""
    if metrics.horizontalAdvance(citation) <= width:
        return citation
    m = _TITLED.match(citation)
    if m is None:
        return metrics.elidedText(citation, Qt.TextElideMode.ElideRight, width)
    title, clause = m.group(1), m.group(2)
    room = width - metrics.horizontalAdvance("《》" + clause)
    if room >= metrics.horizontalAdvance("…"):
        inner = metrics.elidedText(title[1:-1], Qt.TextElideMode.ElideRight, room)
        return f"《{inner}》{clause}"
    return metrics.elidedText(clause.strip(), Qt.TextElideMode.ElideRight, width)


def meta_text(metrics: QFontMetrics, tags: list[str], citation: str, date: str, width: int) -> str:
    """The card's last line (#tags · citation · date) in `width` pixels: the citation's
    document title gives way first, then the tags, then the date; the clause stays."""
    tag_text = " ".join("#" + t for t in tags)
    titled = _TITLED.match(citation)
    clause = titled.group(2) if titled else citation
    for before, after in (([tag_text], [date]), ([], [date])):
        fixed = [p for p in (*before, *after) if p]
        room = width - sum(metrics.horizontalAdvance(p + SEPARATOR) for p in fixed)
        shown = elide_citation(metrics, citation, room) if citation else ""
        line = SEPARATOR.join(p for p in (*before, shown, *after) if p)
        if metrics.horizontalAdvance(line) <= width and shown.endswith(clause):
            return line
    if citation:
        return elide_citation(metrics, citation, width)
    return metrics.elidedText(tag_text, Qt.TextElideMode.ElideRight, width)


class NoteCardDelegate(QStyledItemDelegate):
    """Three lines a note, all the same height (so the list asks for few rows at a time)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.colors: dict[str, NoteColor] = {}

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.88))
        return option.font, small

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        """Fixed: three lines and padding, whatever the row holds."""
        body, small = self._fonts(option)
        height = 2 * QFontMetrics(body).lineSpacing() + QFontMetrics(small).lineSpacing()
        # A small width: the list gives each card the viewport's width, however narrow.
        return QSize(MIN_CARD_WIDTH, height + 2 * PAD + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        """Paint the card (a plain placeholder while the row is not fetched)."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget
            )
        a: Annotation | None = index.data(ANNOTATION_ROLE)
        if a is None:
            return
        painter.save()
        rect = option.rect
        color = self.colors.get(a.color)
        hex_value = color.hex if color else "#fff1a8"
        painter.fillRect(
            QRect(rect.left() + 2, rect.top() + 3, BAR, rect.height() - 6), marker_color(hex_value)
        )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ink = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        # Chosen as the card is painted, for the palette in use: legible on what the card
        # is drawn on (the list, or the selection's colour).
        card = option.palette.color(
            QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        )
        muted = ink if selected else theme.legible(theme.palette().muted_ink, card)
        body, small = self._fonts(option)
        left = rect.left() + BAR + 2 * PAD
        width = rect.width() - (left - rect.left()) - PAD
        y = rect.top() + PAD
        line = QFontMetrics(body).lineSpacing()

        quote = a.quote.replace("\n", " ")
        if a.needs_review:
            quote = self.tr("【需复核】") + quote
        painter.setFont(body)
        metrics = QFontMetrics(body)
        quote_rect = QRect(left, y, width, line)
        quote_ink = ink
        if not selected:
            shade = theme.layer_color(highlight_color(hex_value, 90))  # night reading too
            shown = min(metrics.horizontalAdvance(quote), width)
            painter.fillRect(QRect(left - 2, y + 1, shown + 4, line - 1), shade)
            if a.needs_review:
                quote_ink = theme.legible(theme.shade(*REVIEW_INK), theme.over(shade, card))
        painter.setPen(quote_ink)
        elided = metrics.elidedText(quote, Qt.TextElideMode.ElideRight, width)
        painter.drawText(
            quote_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
        )

        note = plain_preview(a.note) or self.tr("（无笔记）")
        painter.setPen(ink if a.note.strip() else muted)
        painter.drawText(
            QRect(left, y + line, width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(note, Qt.TextElideMode.ElideRight, width),
        )

        painter.setFont(small)
        small_metrics = QFontMetrics(small)
        date = (a.updated or a.created)[:10]
        painter.setPen(muted)
        painter.drawText(
            QRect(left, y + 2 * line, width, small_metrics.lineSpacing() + 2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            meta_text(small_metrics, a.tags, a.citation, date, width),
        )
        painter.restore()
