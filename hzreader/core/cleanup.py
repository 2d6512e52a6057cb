"""Lines before parsing: read, the page's frame taken off, conversion damage mended.

The frame of a captured web page (menus, bylines, buttons, footers) is recognised by its
shape and place (core/chrome.py, core/frame.py) and reported line by line; descriptive
captions (图为…, ▲…) stay as plain paragraphs, text a reader may want but never structure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hzreader.core.chrome import Dropped, is_debris
from hzreader.core.doctitle import TitleBlock
from hzreader.core.frame import keep_all as keep_every_line
from hzreader.core.frame import trim
from hzreader.core.lines import Line, read_lines, split_lines, to_line
from hzreader.core.repair import repair

__all__ = ["Cleaned", "Dropped", "Line", "is_debris", "prepare_lines", "split_lines"]


@dataclass
class Cleaned:
    """The lines to parse, the page title the capture named, and the lines left out."""

    lines: list[Line] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    page_title: str | None = None
    title_no: int | None = None  # the source line of the title the page named

    def named_title(self) -> TitleBlock | None:
        """The title block at the line the page named as its title (when it is one line)."""
        at = next((i for i, ln in enumerate(self.lines) if ln.no == self.title_no), None)
        if at is None or self.page_title is None:
            return None
        text = self.lines[at].text.lstrip("#").strip()
        return TitleBlock(text, at, at + 1)


def prepare_lines(text: str, *, keep_all: bool = False) -> Cleaned:
    """Canonical, non-empty lines ready for the parser; `keep_all` keeps the page's chrome."""
    source = read_lines(text)
    framed = keep_every_line(source) if keep_all else trim(source)
    lines = repair([to_line(sl) for sl in framed.lines])
    return Cleaned(lines, framed.dropped, framed.page_title, framed.title_no)
