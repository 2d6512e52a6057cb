"""Paints search results: group rows with their counts, hits as snippets with marked matches."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from hzreader.ui import theme
from hzreader.ui.search.results_model import COUNT_ROLE, KIND_ROLE, QUOTE_ROLE, SPANS_ROLE

MATCH_BACKGROUND = "#ffdf8e"
MATCH_INK = "#7a3100"
NOTE_BADGE_BACKGROUND = "#dbe7f6"
NOTE_BADGE_INK = "#1f4e80"
PAD_X = 6
PAD_Y = 4
_Index = QModelIndex | QPersistentModelIndex


def snippet_html(text: str, spans: list[tuple[int, int]]) -> str:
    """The snippet HTML-escaped, each match in a coloured bold run."""
    parts: list[str] = []
    last = 0
    for start, end in sorted(spans):
        if start < last:
            continue
        parts.append(html.escape(text[last:start]))
        parts.append(
            f'<span style="background-color:{MATCH_BACKGROUND};color:{MATCH_INK};'
            f'font-weight:600">{html.escape(text[start:end])}</span>'
        )
        last = end
    parts.append(html.escape(text[last:]))
    return "".join(parts)


class SearchResultDelegate(QStyledItemDelegate):
    """Group rows: label and count; hit rows: a wrapped snippet (and a 笔记 badge for notes)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cache: dict[tuple[int, int, bool], QTextDocument] = {}

    def clear_cache(self) -> None:
        """Forget laid-out snippets (new results, or another font)."""
        self._cache.clear()

    # -- hits ----------------------------------------------------------------------------

    def _hit_html(self, index: _Index, selected: bool) -> str:
        body = snippet_html(str(index.data() or ""), list(index.data(SPANS_ROLE) or []))
        if index.data(KIND_ROLE) != "note":
            return body
        quote = html.escape(str(index.data(QUOTE_ROLE) or ""))
        word = html.escape(self.tr("笔记"))
        badge = (
            f'<span style="background-color:{NOTE_BADGE_BACKGROUND};color:{NOTE_BADGE_INK};'
            f'font-weight:600">&nbsp;{word}&nbsp;</span>'
        )
        # On a selected row the quote takes the selection's text colour, like the rest.
        quoted = (
            f"“{quote}”"
            if selected
            else f'<span style="color:{theme.palette().muted_ink.name()}">“{quote}”</span>'
        )
        return f"{badge}&nbsp;{quoted}<br/>{body}"

    def _document(
        self, index: _Index, font: QFont, width: int, selected: bool = False
    ) -> QTextDocument:
        slot = (index.internalId(), width, selected)
        doc = self._cache.get(slot)
        if doc is None:
            doc = QTextDocument()
            doc.setDocumentMargin(0)
            doc.setDefaultFont(font)
            doc.setHtml(self._hit_html(index, selected))
            doc.setTextWidth(max(40, width))
            self._cache[slot] = doc
        return doc

    @staticmethod
    def _text_width(option: QStyleOptionViewItem, index: _Index) -> int:
        if option.rect.width() > 0:
            return option.rect.width() - 2 * PAD_X
        view = option.widget
        if view is None:
            return 300
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        indent = view.indentation() if hasattr(view, "indentation") else 0
        return view.viewport().width() - indent * (depth + 1) - 2 * PAD_X

    # -- Qt overrides --------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """The row's background and selection as usual, then its own content."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        label = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ink = opt.palette.color(role)
        kind = index.data(KIND_ROLE)
        painter.save()
        if kind in ("hit", "note"):
            width = opt.rect.width() - 2 * PAD_X
            doc = self._document(index, opt.font, width, selected)
            painter.translate(QPointF(opt.rect.left() + PAD_X, opt.rect.top() + PAD_Y))
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette.setColor(QPalette.ColorRole.Text, ink)
            doc.documentLayout().draw(painter, context)
        else:
            self._paint_group(painter, opt, label, index, ink, selected)
        painter.restore()

    def _paint_group(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        label: str,
        index: _Index,
        ink: QColor,
        selected: bool,
    ) -> None:
        font = QFont(opt.font)
        font.setBold(index.data(KIND_ROLE) == "doc" or not index.parent().parent().isValid())
        painter.setFont(font)
        rect = QRectF(opt.rect).adjusted(PAD_X, 0, -PAD_X, 0)
        count = str(index.data(COUNT_ROLE) or 0)
        metrics = painter.fontMetrics()
        count_width = metrics.horizontalAdvance(count) + 12
        muted = QColor(ink) if selected else QColor(theme.palette().muted_ink)
        painter.setPen(muted)
        align = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, align | Qt.AlignmentFlag.AlignRight, count)
        text_rect = rect.adjusted(0, 0, -count_width, 0)
        shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(text_rect.width()))
        painter.setPen(ink)
        painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignLeft, shown)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """Group rows one line; hit rows as tall as their wrapped snippet."""
        if index.data(KIND_ROLE) in ("hit", "note"):
            width = self._text_width(option, index)
            doc = self._document(index, option.font, width)
            return QSize(width + 2 * PAD_X, int(doc.size().height()) + 2 * PAD_Y + 2)
        return QSize(100, option.fontMetrics.height() + 2 * PAD_Y + 2)
