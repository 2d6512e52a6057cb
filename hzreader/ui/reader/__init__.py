"""The reader: a document laid out for reading, with key ↔ position maps and layers of
coloured spans and margin markers that other features (notes, search, targets) draw on."""

from hzreader.ui.reader.layers import Z_FLASH, Z_HIGHLIGHTS, Z_SEARCH, Marker, Span
from hzreader.ui.reader.view import ReaderView

__all__ = ["Z_FLASH", "Z_HIGHLIGHTS", "Z_SEARCH", "Marker", "ReaderView", "Span"]
