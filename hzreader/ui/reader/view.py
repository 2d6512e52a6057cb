"""The reader: one document laid out for reading, with key ↔ position maps and span layers."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip, QWidget

from hzreader.core.model import Document
from hzreader.ui import theme
from hzreader.ui.reader.docmap import DocumentMap
from hzreader.ui.reader.layers import Z_FLASH, Z_HIGHLIGHTS, LayerStack, Marker, Span
from hzreader.ui.reader.loading import Built, DocumentLoader, waiting_text

FLASH_LAYER = "flash"
FLASH_MS = 1500
SCROLL_SETTLE_MS = 120


class SelectionRef(NamedTuple):
    """A selection as the smallest node holding it and offsets in that node's text."""

    key: str
    start: int
    end: int
    text: str


class ReaderView(QTextEdit):
    """Read-only view of a Document; positions are characters of its QTextDocument."""

    current_key_changed = Signal(str)  # the node at the top of the view, or under the cursor
    viewport_moved = Signal()  # scrolling settled (debounced)
    point_size_changed = Signal(int)
    span_activated = Signal(str, object)  # layer name, span data: a click on a span with data
    marker_activated = Signal(str, object)  # layer name, marker data
    first_painted = Signal()  # the text is on screen for the first time
    about_to_jump = Signal()  # a jump the user asked for leaves the place in view (history)
    document_ready = Signal()  # a document load_document() laid out off the UI thread is shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setUndoRedoEnabled(False)
        # A fixed scroll bar keeps the column width from flipping as the layout settles.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self._paint_paper()
        self.viewport().setMouseTracking(True)
        # A reader, not an editor: no blinking caret until the keyboard is used to select.
        self.setCursorWidth(0)

        self._document_model: Document | None = None
        self._map = DocumentMap()
        self._typo = theme.Typography.for_size(theme.DEFAULT_POINT_SIZE)
        self._layers = LayerStack()
        self._context_actions: list = []
        self._pinned_scroll: int | None = None
        self._scroll_timer = QTimer(self, singleShot=True, interval=SCROLL_SETTLE_MS)
        self._scroll_timer.timeout.connect(self._scroll_settled)
        # start() with no argument: valueChanged's int would become the interval.
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._scroll_timer.start())
        self.cursorPositionChanged.connect(self._cursor_moved)
        self._flash = None  # the fading mark after a jump: made at the first jump
        self._flash_range = (0, 0)
        self._painted = False
        self._gutter = 0.0  # room kept right of the text for margin labels
        self._loader = DocumentLoader(self)
        self._loader.built.connect(self._take)
        self._then: Callable[[], None] | None = None  # what waits for the text being built
        # hold_until_shown(): a document built while the view is hidden, set when it shows.
        self._hold = False
        self._held: Built | None = None

    # -- content -------------------------------------------------------------------------

    def set_document(self, document: Document, point_size: float | None = None) -> None:
        """Show a document (at a font size) at once; layers of the previous one are dropped."""
        self._begin(document, point_size)
        self._take(self._loader.load(document, self._typo, at_once=True))

    def load_document(self, document: Document, point_size: float | None = None) -> bool:
        """Show a document; a large one is laid out on a pool thread while the view shows
        a short notice, and document_ready follows. True when it is shown already."""
        self._begin(document, point_size)
        built = self._loader.load(document, self._typo)
        if built is not None:
            self._take(built)
            return True
        self._map = DocumentMap()
        self.setDocument(waiting_text(document.title, self._typo, self))
        self._then = self._ready
        return False

    def _ready(self) -> None:
        self.verticalScrollBar().setValue(0)
        self.document_ready.emit()

    def loading(self) -> bool:
        """True while a document or a zoom is being laid out off the UI thread."""
        return self._loader.busy()

    def hold_until_shown(self) -> None:
        """Give the view the next documents only once it is shown, at its real width.

        Qt lays a document out as soon as a view gets it: a hidden view is as narrow as a
        few characters, so the text of a window being built would be laid out once at that
        width and again when the window shows. Held, it is laid out once, before the first
        paint (the map of positions is there at once; the layers wait with the text)."""
        self._hold = True

    def _begin(self, document: Document, point_size: float | None) -> None:
        self._document_model = document
        self._layers.clear()
        if self._flash is not None:
            self._flash.stop()
        self._then = None
        if point_size is not None:
            self._typo = theme.Typography.for_size(theme.clamp_point_size(point_size))

    def document_model(self) -> Document | None:
        """The document shown."""
        return self._document_model

    def point_size(self) -> int:
        """The base font size (zoom)."""
        return int(self._typo.point_size)

    def set_point_size(self, size: float) -> None:
        """Zoom to a base font size, keeping the text at the top of the view in place."""
        size = theme.clamp_point_size(size)
        if size == self.point_size():
            return
        anchor = self.top_anchor()
        self._typo = theme.Typography.for_size(size)

        waiting = self._then  # a document still being laid out: it is shown first

        def settle() -> None:
            if waiting is not None:
                waiting()
            if anchor:
                self.scroll_to_key(*anchor)
            self.point_size_changed.emit(size)

        self._relayout(settle)

    def _relayout(self, settle) -> None:
        """Lay the document out again with the current typography (off the UI thread when
        it is large), then call `settle`."""
        if self._document_model is None:
            settle()
            return
        built = self._loader.load(self._document_model, self._typo)
        self._then = settle
        if built is not None:
            self._take(built)

    def apply_look(self) -> None:
        """The look (theme, typeface, line height) changed: paper and ink now, and the text
        laid out again at once, the first line in view staying where it is."""
        self._paint_paper()
        anchor = self.top_anchor() if len(self._map) else None
        self._typo = theme.Typography.for_size(self.point_size())
        waiting = self._then  # a document still being laid out: it is shown first

        def settle() -> None:
            if waiting is not None:
                waiting()
            if anchor:
                self.scroll_to_key(*anchor)
            self.viewport().update()

        self._relayout(settle)

    def _paint_paper(self) -> None:
        p = theme.palette()
        palette = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Base, p.paper)
            palette.setColor(group, QPalette.ColorRole.Text, p.ink)
            palette.setColor(group, QPalette.ColorRole.Highlight, p.selection)
            palette.setColor(group, QPalette.ColorRole.HighlightedText, p.ink)
        self.setPalette(palette)

    def changeEvent(self, event) -> None:
        """The window's palette changed (a theme switch): keep the reader's paper on top."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not getattr(self, "_painting", False):
            self._painting = True
            try:
                if self.palette().color(QPalette.ColorRole.Base) != theme.palette().paper:
                    self._paint_paper()
            finally:
                self._painting = False

    def _take(self, built: Built) -> None:
        """Show a document laid out by the loader, then do what was waiting for it."""
        built.text.setParent(self)  # the view owns it: replaced, it is deleted
        self._map = built.map
        if self._hold and not self.isVisible():
            if self._held is not None and self._held is not built:
                self._held.text.deleteLater()
            self._held = built  # showEvent gives it to the view
            return
        self._held = None
        # The column's margins before the view has it: Qt lays it out once, not twice.
        self._update_column(built.text)
        self.setDocument(built.text)
        # The view's cursor must be at the start, or Qt would scroll to keep it visible.
        self.setTextCursor(QTextCursor(built.text))
        self._apply_layers()
        then, self._then = self._then, None
        if then is None:
            self.verticalScrollBar().setValue(0)
        else:
            then()

    # -- positions -----------------------------------------------------------------------

    @property
    def map(self) -> DocumentMap:
        """Keys ↔ positions of the document shown."""
        return self._map

    def node_range(self, key: str) -> tuple[int, int]:
        """[start, end) of a node (marker, text and child nodes) in the reader's text."""
        span = self._map.span(key)
        return span.start, span.end

    def text_position(self, key: str, offset: int = 0) -> int:
        """The reader position of a character offset in a node's own text."""
        return self._map.text_position(key, offset)

    def key_at(self, position: int) -> str | None:
        """The smallest node (sentences included) at a reader position."""
        return self._map.key_at(position)

    def position_at(self, point: QPoint) -> int:
        """The reader position nearest a point of the viewport."""
        return self.cursorForPosition(point).position()

    def top_position(self) -> int:
        """The position at the start of the first line in view."""
        return self.position_at(QPoint(int(self._column_left()) + 2, self._scroll_pad() + 2))

    def top_key(self) -> str | None:
        """The smallest node at the top of the view."""
        return self.key_at(self.top_position())

    def top_anchor(self) -> tuple[str, int] | None:
        """(key, offset in its text) of the first line in view: what to save and restore."""
        position = self.top_position()
        key = self.key_at(position)
        return None if key is None else (key, self._map.node_offset(key, position))

    # -- navigation ----------------------------------------------------------------------

    def scroll_to_key(self, key: str, offset: int = 0, *, flash: bool = False) -> bool:
        """Bring a node (at an offset of its text) to the top of the view; False if unknown."""
        if key not in self._map:
            return False
        span = self._map.span(key)
        position = span.start if offset <= 0 else self._map.text_position(key, offset)
        self.scroll_to_position(position)
        self._pinned_scroll = self.verticalScrollBar().value()
        self.current_key_changed.emit(key)
        if flash:
            self.flash_range(span.start, span.text_start + span.text_length)
        return True

    def go_to_key(self, key: str, offset: int = 0, *, flash: bool = False) -> bool:
        """A jump the user asked for (outline, notes, search, ledger): the view scrolls to the
        node and the text cursor goes there too, so ↓ or PgDn go on from the place jumped
        to instead of from where the cursor was before; False if the key is unknown."""
        if key in self._map:
            self.about_to_jump.emit()
        if not self.scroll_to_key(key, offset, flash=flash):
            return False
        span = self._map.span(key)
        self.place_cursor(span.start if offset <= 0 else self._map.text_position(key, offset))
        return True

    def place_cursor(self, position: int) -> None:
        """Put the text cursor (no selection) at a position without moving the view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        bar = self.verticalScrollBar()
        value = bar.value()
        self.setTextCursor(cursor)
        # setTextCursor scrolls a cursor out of view into view: the jump decided the view.
        bar.setValue(value)

    def reveal_in_context(self, position: int, context: str | None = None) -> None:
        """Show a place (a search hit) with the heading of what holds it: the context node
        (its measure) at the top when the place is then in view with a line below it,
        else the place a third of the way down; the text cursor goes to the place."""
        self.about_to_jump.emit()
        if context is not None and context in self._map:
            self.scroll_to_key(context)
        else:
            self.scroll_to_position(position)
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        rect = self.cursorRect(cursor)
        height = self.viewport().height()
        if rect.top() < 0 or rect.bottom() > height - 2 * self._typo.line_px:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - height // 3)
            self._pinned_scroll = bar.value()
        self.place_cursor(position)

    def scroll_to_position(self, position: int) -> None:
        """Scroll so the line holding `position` is the first one in view."""
        doc = self.document()
        # Lay out the whole text first: the scroll range is final only then.
        doc.documentLayout().blockBoundingRect(doc.lastBlock())
        cursor = QTextCursor(doc)
        cursor.setPosition(max(0, min(position, doc.characterCount() - 1)))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top() - self._scroll_pad())

    def flash_range(self, start: int, end: int) -> None:
        """Mark a range for a moment (a background that fades out)."""
        if self._flash is None:
            from PySide6.QtCore import QVariantAnimation  # its type, at the first jump

            self._flash = QVariantAnimation(self, startValue=0.0, endValue=1.0, duration=FLASH_MS)
            self._flash.valueChanged.connect(self._flash_step)
            self._flash.finished.connect(lambda: self.clear_layer(FLASH_LAYER))
        self._flash.stop()
        self._flash_range = (start, end)
        self._flash_step(0.0)
        self._flash.start()

    def _flash_step(self, value: float) -> None:
        # Hold the mark for a while, then fade it out.
        fade = 1.0 if value < 0.5 else max(0.0, (1.0 - value) * 2)
        color = QColor(theme.FLASH)
        color.setAlphaF(0.75 * fade)
        self.set_layer(FLASH_LAYER, [Span(*self._flash_range, color)], z=Z_FLASH)

    # -- layers --------------------------------------------------------------------------

    def set_layer(self, name: str, spans: Iterable[Span | tuple], z: int = Z_HIGHLIGHTS) -> None:
        """Replace one named layer of coloured spans (highlights, search matches, ...)."""
        self._layers.set(name, spans, z)
        self._apply_layers()

    def clear_layer(self, name: str) -> None:
        """Remove one layer."""
        self.set_layer(name, [])

    def layer(self, name: str) -> list[Span]:
        """The spans of a layer."""
        return self._layers.get(name)

    def highlight_spans(self, spans: Iterable[Span | tuple]) -> None:
        """Colour (start, end, QColor) spans in the default highlight layer."""
        self.set_layer("highlight", spans)

    def spans_at(self, position: int) -> list[tuple[str, Span]]:
        """(layer, span) of every span at a position, topmost first."""
        return self._layers.spans_at(position)

    def set_markers(self, name: str, markers: Iterable[Marker]) -> None:
        """Replace one named set of margin markers (e.g. where notes are)."""
        items = list(markers)
        if items:
            self._layers.markers[name] = items
        else:
            self._layers.markers.pop(name, None)
        self.viewport().update()

    def markers(self, name: str) -> list[Marker]:
        """The markers of one set."""
        return list(self._layers.markers.get(name, []))

    def _apply_layers(self) -> None:
        if self._held is not None:
            return  # the positions are those of the text held for the first show
        self.setExtraSelections(self._layers.selections(self.document()))

    # -- selection -----------------------------------------------------------------------

    def selected_text(self) -> str:
        """The selection as plain text with real line breaks."""
        text = self.textCursor().selectedText()
        return text.replace("\u2029", "\n").replace("\u2028", "\n").replace("\ufffc", "")

    def selection_range(self) -> tuple[int, int] | None:
        """[start, end) of the selection, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return cursor.selectionStart(), cursor.selectionEnd()

    def selection_key_range(self) -> SelectionRef | None:
        """The smallest node holding the whole selection, with offsets in its text."""
        bounds = self.selection_range()
        if bounds is None:
            return None
        key = self._map.covering_key(*bounds)
        if key is None:
            return None
        start, end = (self._map.node_offset(key, p) for p in bounds)
        return SelectionRef(key, start, end, self.selected_text())

    def select_range(self, start: int, end: int) -> None:
        """Select [start, end) of the reader's text."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def set_context_actions(self, actions: list) -> None:
        """The actions of the reader's context menu (None for a separator)."""
        self._context_actions = list(actions)

    def context_actions(self) -> list:
        """The actions of the reader's context menu (None for a separator)."""
        return list(self._context_actions)

    # -- layout --------------------------------------------------------------------------

    def _scroll_pad(self) -> int:
        return round(self._typo.em * 0.5)

    def _column_left(self) -> float:
        frame = self.document().rootFrame().frameFormat()
        return frame.leftMargin() + frame.border() + frame.padding()

    def comfortable_width(self) -> int:
        """The reader's width for a column of COMFORT_CHARS characters (the 28 of an
        official page), with its margins and scroll bar: docks yield to it first."""
        em = self._typo.em
        side = em * 2.5  # the least margin, where the note markers stand
        bar = self.verticalScrollBar().sizeHint().width()
        right = max(side, self._gutter + em * 0.9) if self._gutter else side  # margin labels
        return round(theme.COMFORT_CHARS * em + side + right + bar + 2 * self.frameWidth())

    def set_gutter(self, width: float) -> None:
        """Keep `width` pixels right of the text for margin labels (0: none), moving the
        column left, or narrowing it, only when the centred column leaves too little."""
        if abs(width - self._gutter) < 1:
            return
        anchor = self.top_anchor() if self.isVisible() and len(self._map) else None
        self._gutter = width
        self._update_column()
        if anchor:
            self.scroll_to_key(*anchor)

    def label_font(self) -> QFont:
        """The font of margin labels: the body face, smaller."""
        return theme.body_font(max(7.0, self._typo.point_size * 0.8))

    def _update_column(self, doc: QTextDocument | None = None) -> None:
        """Centre a text column of at most COLUMN_CHARS (40) characters in the view (of the
        document shown, or of `doc`, about to be)."""
        doc = doc if doc is not None else self.document()
        width = self.viewport().width()
        side = max(self._typo.em * 2.5, (width - self._typo.column_px) / 2)
        left = right = side
        need = self._gutter + self._typo.em * 0.9
        # Room for margin labels, unless it would leave the text shorter than an official
        # page's line (a narrow window: the labels then share the plain margin).
        roomy = width - need - side >= self._typo.em * theme.COMFORT_CHARS
        if self._gutter and right < need and roomy:
            right = need
            left = max(self._typo.em * 2.5, min(side, width - self._typo.column_px - right))
        frame = doc.rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - left) < 1 and abs(fmt.rightMargin() - right) < 1:
            return
        fmt.setLeftMargin(left)
        fmt.setRightMargin(right)
        frame.setFrameFormat(fmt)

    # -- Qt overrides --------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        """Keep the column centred and the first line in view where it was."""
        anchor = self.top_anchor() if self.isVisible() and len(self._map) else None
        super().resizeEvent(event)
        self._update_column()
        if anchor and event.oldSize().width() != event.size().width():
            self.scroll_to_key(*anchor)

    def showEvent(self, event) -> None:
        """A document held while the view was hidden is laid out now, at the real width (the
        view has its size by now; the window's own showEvent, which restores the reading
        position, comes after its children's)."""
        super().showEvent(event)
        self._hold = False
        if self._held is not None:
            self._take(self._held)

    def keyPressEvent(self, event) -> None:
        """Show the caret once the keyboard moves it (Shift+arrows select)."""
        self.setCursorWidth(1)
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:
        """Ctrl + wheel zooms through the same path as the zoom actions."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_point_size(self.point_size() + (1 if steps > 0 else -1))
            event.accept()
            return
        super().wheelEvent(event)

    def contextMenuEvent(self, event) -> None:
        """Our own menu: the window's actions, in Chinese, instead of Qt's default one."""
        if not self._context_actions:
            return
        menu = QMenu(self)
        for action in self._context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(event.globalPos())

    def viewportEvent(self, event) -> bool:
        """Tooltips of spans and margin markers."""
        if event.type() == QEvent.Type.ToolTip:
            tip = self._tooltip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mouseMoveEvent(self, event) -> None:
        """A hand over a margin label: it is a link."""
        super().mouseMoveEvent(event)
        hit = self._marker_at(event.position().toPoint()) if self._layers.markers else None
        shape = Qt.CursorShape.PointingHandCursor if hit and hit[1].label else None
        if shape is not None:
            self.viewport().setCursor(shape)
        elif self.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor:
            self.viewport().setCursor(Qt.CursorShape.IBeamCursor)

    def mouseReleaseEvent(self, event) -> None:
        """A click (not a drag) on a margin marker is an intent to open it. A click in the
        text places the cursor, inside a highlight too: a note on a whole measure must not
        make every click there open its editor."""
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        hit = self._marker_at(event.position().toPoint())
        if hit:
            self.marker_activated.emit(hit[0], hit[1].data)

    def mouseDoubleClickEvent(self, event) -> None:
        """A double click on a span with data (a highlight) opens it; elsewhere it selects
        a word, as usual."""
        if event.button() == Qt.MouseButton.LeftButton:
            point = event.position().toPoint()
            if self._marker_at(point) is None:
                for name, span in self.spans_at(self.position_at(point)):
                    if span.data is not None:
                        self.span_activated.emit(name, span.data)
                        event.accept()
                        return
        super().mouseDoubleClickEvent(event)

    def paintEvent(self, event) -> None:
        """The text, then the margin markers."""
        super().paintEvent(event)
        if not self._painted and self._document_model is not None:
            self._painted = True
            self.first_painted.emit()
        if not self._layers.markers:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.label_font())
        for rect, _name, marker in self._marker_rects() + self._label_rects():
            if marker.label:
                painter.setPen(theme.on_paper(marker.color, theme.TEXT_CONTRAST))
                painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 self.label_text(marker.label, rect.width()))  # fmt: skip
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(theme.on_paper(marker.color))
                painter.drawRoundedRect(rect, 2, 2)
        painter.end()

    # -- internals -----------------------------------------------------------------------

    def _lines_in_view(self, labels: bool) -> list[list[tuple[QRect, str, Marker]]]:
        """Markers (or labels) beside the lines in view, grouped by line, in text order."""
        lines: dict[int, list[tuple[QRect, str, Marker]]] = {}
        for name, marker in self._layers.all_markers():
            if bool(marker.label) != labels:
                continue
            cursor = QTextCursor(self.document())
            cursor.setPosition(marker.position)
            line = self.cursorRect(cursor)
            if line.bottom() >= 0 and line.top() <= self.viewport().height():
                lines.setdefault(line.top(), []).append((line, name, marker))
        for on_line in lines.values():
            on_line.sort(key=lambda item: item[2].position)
        return list(lines.values())

    def _marker_rects(self) -> list[tuple[QRectF, str, Marker]]:
        """(rect in the viewport, layer, marker) of every marker beside a line in view."""
        size = max(4.0, self._typo.em * 0.35)
        x = self._column_left() - self._typo.em * 1.1
        out = []
        for on_line in self._lines_in_view(labels=False):
            # Several on one line stand side by side, in text order, the last nearest the text.
            for k, (line, name, marker) in enumerate(on_line):
                left = x - (len(on_line) - 1 - k) * (size + 3)
                rect = QRectF(left, line.top() + 2, size, max(size, line.height() - 4))
                out.append((rect, name, marker))
        return out

    def _label_rects(self) -> list[tuple[QRectF, str, Marker]]:
        """(rect, layer, marker) of every margin label beside a line in view: in the right
        margin, one under the other when a line has several."""
        x = self.viewport().width() - self._column_right() + self._typo.em * 0.6
        metrics = QFontMetricsF(self.label_font())
        out = []
        for on_line in self._lines_in_view(labels=True):
            for k, (line, name, marker) in enumerate(on_line):
                top = line.top() + k * metrics.height()
                # A narrow reader (对照阅读) leaves the labels less room than they need: they
                # end at the viewport's edge, elided, instead of running under the scroll bar.
                room = max(metrics.horizontalAdvance("…") + 2, self.viewport().width() - x)
                width = min(metrics.horizontalAdvance(marker.label) + 2, room)
                out.append((QRectF(x, top, width, max(metrics.height(), 1.0)), name, marker))
        return out

    def label_text(self, label: str, width: float) -> str:
        """A margin label as drawn in `width` pixels: whole, or elided at its end."""
        return QFontMetricsF(self.label_font()).elidedText(
            label, Qt.TextElideMode.ElideRight, width
        )

    def label_rects(self) -> list[tuple[QRectF, str, str]]:
        """(rect, layer, text as drawn) of the margin labels beside the lines in view."""
        return [
            (rect, name, self.label_text(marker.label, rect.width()))
            for rect, name, marker in self._label_rects()
        ]

    def _column_right(self) -> float:
        frame = self.document().rootFrame().frameFormat()
        return frame.rightMargin() + frame.border() + frame.padding()

    def _marker_at(self, point: QPoint) -> tuple[str, Marker] | None:
        hits = [
            (abs(rect.center().x() - point.x()), name, marker)
            for rect, name, marker in self._marker_rects() + self._label_rects()
            if rect.adjusted(-4, -2, 4, 2).contains(point)
        ]
        if not hits:
            return None
        _distance, name, marker = min(hits, key=lambda hit: hit[0])
        return name, marker

    def _tooltip_at(self, point: QPoint) -> str:
        hit = self._marker_at(point)
        if hit and hit[1].tooltip:
            return hit[1].tooltip
        tips = [span.tooltip for _name, span in self.spans_at(self.position_at(point))]
        return "\n\n".join(t for t in tips if t)

    def _scroll_settled(self) -> None:
        pinned, self._pinned_scroll = self._pinned_scroll, None
        if pinned is None or pinned != self.verticalScrollBar().value():
            key = self.top_key()
            if key:
                self.current_key_changed.emit(key)
        self.viewport_moved.emit()

    def _cursor_moved(self) -> None:
        # Only a place the user chose: a rebuild also resets the cursor, unasked.
        if not (self.hasFocus() or self.textCursor().hasSelection()):
            return
        key = self.key_at(self.textCursor().position())
        if key:
            self.current_key_changed.emit(key)
