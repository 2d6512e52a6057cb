"""Lay a Document out in a QTextDocument with QTextCursor, recording where every node lands."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from hzreader.core.model import Document, Node
from hzreader.core.units import Units
from hzreader.ui import theme
from hzreader.ui.reader.docmap import DocumentMap, NodeSpan

# Text nodes whose title opens their text and is set in bold, as the printed plan does.
_TITLED_KINDS = frozenset({"measure", "goal", "article", "item"})
_PROPORTIONAL = int(QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
# Stored on each block so later layers (notes, search) can tell what a block is.
NODE_KEY_PROPERTY = int(QTextFormat.Property.UserProperty) + 1
UNITS_PROPERTY = int(QTextFormat.Property.UserProperty) + 2  # a responsible-units label
UNITS_SCALE = 0.82
PAUSE_NODES = 200


def units_label(units: Units) -> str:
    """The quiet line under a task: 牵头：区发改局　协同：区住建局、区城管局."""
    lead = QCoreApplication.translate("DocumentBuilder", "牵头：{0}").format(units.lead)
    if not units.partners:
        return lead
    partners = QCoreApplication.translate("DocumentBuilder", "协同：{0}").format(
        "、".join(units.partners)
    )
    return f"{lead}\u3000{partners}"


class DocumentBuilder:
    """Builds the reader's text; call build() once per document or zoom level."""

    def __init__(self, typography: theme.Typography) -> None:
        self.typo = typography
        self.map = DocumentMap()
        self._cursor: QTextCursor | None = None
        # Called every PAUSE_NODES nodes (a pool thread gives the UI thread its turn there).
        self.pause: Callable[[], None] | None = None
        self._count = 0

    def build(self, document: Document, target: QTextDocument) -> DocumentMap:
        """Replace target's content with the document; returns the key ↔ position map."""
        target.clear()
        target.setUndoRedoEnabled(False)
        target.setDefaultFont(theme.body_font(self.typo.point_size))
        target.setDocumentMargin(self.typo.em)
        cursor = QTextCursor(target)
        self._cursor = cursor
        cursor.beginEditBlock()
        self._title(document.title)
        for node in document.nodes:
            self._node(node, depth=0, parent=None)
        cursor.endEditBlock()
        self.map.finish()
        return self.map

    # -- formats -------------------------------------------------------------------------

    def _block_format(self, *, indent: bool, top: float = 0.0, bottom: float | None = None):
        fmt = QTextBlockFormat()
        fmt.setLineHeight(theme.look().line_height, _PROPORTIONAL)
        fmt.setTopMargin(top)
        fmt.setBottomMargin(self.typo.em * 0.55 if bottom is None else bottom)
        if indent:
            fmt.setTextIndent(self.typo.indent_px)
        fmt.setAlignment(Qt.AlignmentFlag.AlignJustify)
        return fmt

    def _char_format(self, *, bold: bool = False, scale: float = 1.0, heading: bool = False):
        fmt = QTextCharFormat()
        fmt.setForeground(theme.palette().ink)
        if bold:
            fmt.setFontWeight(QFont.Weight.Bold)
        if scale != 1.0:
            fmt.setFontPointSize(self.typo.point_size * scale)
        if heading:
            fmt.setFontFamilies(theme.HEADING_FAMILIES)
        return fmt

    # -- content -------------------------------------------------------------------------

    def _title(self, title: str) -> None:
        cursor = self._cursor
        fmt = QTextBlockFormat()
        fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        fmt.setLineHeight(150, _PROPORTIONAL)
        fmt.setTopMargin(self.typo.em * 1.5)
        fmt.setBottomMargin(self.typo.em * 2.2)
        cursor.setBlockFormat(fmt)
        cursor.setBlockCharFormat(self._char_format(bold=True, scale=1.45, heading=True))
        cursor.insertText(title, self._char_format(bold=True, scale=1.45, heading=True))

    def _new_block(self, fmt: QTextBlockFormat, key: str) -> int:
        fmt.setProperty(NODE_KEY_PROPERTY, key)
        self._cursor.insertBlock(fmt, self._char_format())
        return self._cursor.position()

    def _node(self, node: Node, depth: int, parent: str | None) -> None:
        self._count += 1
        if self.pause is not None and self._count % PAUSE_NODES == 0:
            self.pause()
        if node.heading_only:
            self._heading(node, depth, parent)
        else:
            self._text_node(node, depth, parent)

    def _heading(self, node: Node, depth: int, parent: str | None) -> None:
        cursor = self._cursor
        scale = 1.2 if depth == 0 else 1.08
        fmt = self._block_format(indent=False, top=self.typo.em * 1.6, bottom=self.typo.em * 0.8)
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
        fmt.setHeadingLevel(min(depth + 2, 6))
        start = self._new_block(fmt, node.key)
        char = self._char_format(bold=True, scale=scale, heading=True)
        cursor.insertText(node.marker, char)
        text_start = cursor.position()
        self._sentences(node, char, char, 0)
        text_end = cursor.position()
        self._children(node, depth, text_start, text_end, start, parent)

    def _text_node(self, node: Node, depth: int, parent: str | None) -> None:
        cursor = self._cursor
        fmt = self._block_format(indent=True)
        start = self._new_block(fmt, node.key)
        plain = self._char_format()
        bold = self._char_format(bold=True)
        if node.marker:
            cursor.insertText(node.marker, bold if node.kind == "measure" else plain)
        text_start = cursor.position()
        bold_length = 0
        if node.kind in _TITLED_KINDS and node.title and node.text.startswith(node.title):
            bold_length = len(node.title)
            # The full stop that closes the title belongs to the bold run.
            if node.text[bold_length : bold_length + 1] in ("。", "：", "．"):
                bold_length += 1
        self._sentences(node, plain, bold, bold_length)
        text_end = cursor.position()
        units = node.units()
        if units is not None and units.lead:
            self._units(units)
        self._children(node, depth, text_start, text_end, start, parent)

    def _units(self, units: Units) -> None:
        """A node's responsible units as data, in a small grey line under its text (the
        text keeps its own （牵头单位：…）); inside the node's span, outside its text."""
        cursor = self._cursor
        above = cursor.blockFormat()
        above.setBottomMargin(self.typo.em * 0.1)
        cursor.setBlockFormat(above)
        fmt = self._block_format(indent=True, bottom=self.typo.em * 0.55)
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
        fmt.setLineHeight(140, _PROPORTIONAL)
        fmt.setProperty(UNITS_PROPERTY, True)
        fmt.setProperty(NODE_KEY_PROPERTY, above.property(NODE_KEY_PROPERTY))
        char = self._char_format(scale=UNITS_SCALE)
        char.setForeground(theme.palette().muted_ink)
        cursor.insertBlock(fmt, char)
        cursor.insertText(units_label(units), char)

    def _sentences(
        self, node: Node, plain: QTextCharFormat, bold: QTextCharFormat, bold_length: int
    ) -> None:
        """Insert the node's text sentence by sentence, recording each sentence's range."""
        cursor = self._cursor
        sentences = [c for c in node.children if c.kind == "sentence"]
        if "".join(s.text for s in sentences) != node.text:
            # Not split (or split differently): the node's text goes in as one run.
            self._insert_run(node.text, 0, plain, bold, bold_length)
            return
        offset = 0
        for sentence in sentences:
            start = cursor.position()
            self._insert_run(sentence.text, offset, plain, bold, bold_length)
            offset += len(sentence.text)
            end = cursor.position()
            self.map.add(NodeSpan(sentence.key, start, end, start, len(sentence.text), node.key))

    def _insert_run(
        self, text: str, offset: int, plain: QTextCharFormat, bold: QTextCharFormat, bold_len: int
    ) -> None:
        """Insert text that starts at `offset` of its node, bold up to bold_len of the node."""
        split = max(0, min(len(text), bold_len - offset))
        if split:
            self._cursor.insertText(text[:split], bold)
        if split < len(text):
            self._cursor.insertText(text[split:], plain)

    def _children(
        self, node: Node, depth: int, text_start: int, text_end: int, start: int, parent: str | None
    ) -> None:
        for child in node.children:
            if child.kind != "sentence":
                self._node(child, depth + 1, node.key)
        end = self._cursor.position()
        self.map.add(NodeSpan(node.key, start, end, text_start, text_end - text_start, parent))
