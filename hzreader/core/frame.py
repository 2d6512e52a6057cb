"""A captured page's frame taken off: chrome before the title and after the last text line.

Where the lines stand decides as much as their shape. Before the title, a run of short
lines or link lines is a menu; between the title and the first sentence, bylines, buttons
and images are the page's; after the last line of text, the first piece of chrome (a
相关稿件 list, a share bar, a footer) starts the frame, and everything from there on goes.
Inside the text nothing is dropped but markup (rules, comments, bare images): a caption, an
附件 line, a signature and its date stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hzreader.core.chrome import (
    JINA_FIELD,
    Dropped,
    anywhere_reason,
    body_text,
    is_full_date,
    is_texty,
    is_weak,
    line_reason,
)
from hzreader.core.doctitle import (
    continues_title,
    detect_title,
    ends_as_title,
    is_front_matter,
    looks_like_title,
)
from hzreader.core.lines import SourceLine, to_line
from hzreader.core.numbering import classify

_JINA_TITLE = re.compile(r"^Title\s*[:：]\s*(.+)$")
_SITE = (
    r"[^\s\-—–_|｜]{2,30}?"
    r"(?:网|网站|门户网站|门户|政府|委员会|局|厅|办公室|中心|在线|平台|发布)"
)
_PAGE_TITLE = (
    re.compile(rf"^【(.+)】\s*[-—–_|｜]\s*{_SITE}$"),
    re.compile(rf"^(.+?)\s+[-—–_|｜]\s+{_SITE}$"),
    re.compile(rf"^(.+?)\s*[_|｜]\s*{_SITE}$"),
)
_SUMMARY_END = re.compile(r"(?:\.{3,}|…+|。{3,})$")
_EMPTY_LABEL = re.compile(r"^[^。！？；，]{1,10}[：:]$")
_SPACES = re.compile(r"\s+")
_HEAD_LOOKAHEAD = 6


@dataclass
class Framed:
    """The lines of the document proper, and the frame's lines with the reason of each."""

    lines: list[SourceLine] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    page_title: str | None = None
    title_no: int | None = None  # the source line of the title the page named, when found


def norm(text: str) -> str:
    """A line compared as a title: no heading marks, no spaces."""
    return _SPACES.sub("", text.lstrip("#"))


def _page_title(text: str) -> str | None:
    for pattern in _PAGE_TITLE:
        m = pattern.match(text)
        if m:
            return m.group(1).strip()
    return None


class _Trim:
    """One text's frame being worked out, line by line."""

    def __init__(self, lines: list[SourceLine]) -> None:
        self.lines = lines
        self.reason: list[str | None] = [anywhere_reason(sl) for sl in lines]
        self.title: str | None = None

    def drop(self, i: int, reason: str) -> None:
        if self.reason[i] is None:
            self.reason[i] = reason

    def live(self, start: int = 0, stop: int | None = None, step: int = 1) -> list[int]:
        n = len(self.lines)
        rng = range(start, n if stop is None else stop, step)
        if step < 0:
            rng = range(start, -1 if stop is None else stop, step)
        return [i for i in rng if self.reason[i] is None]

    def next_live(self, i: int) -> int | None:
        for j in range(i + 1, len(self.lines)):
            if self.reason[j] is None:
                return j
        return None

    def live_ahead(self, i: int, count: int) -> list[int]:
        out: list[int] = []
        j = i
        while j < len(self.lines) and len(out) < count:
            if self.reason[j] is None:
                out.append(j)
            j += 1
        return out

    # -- the head -------------------------------------------------------------------------

    def protected(self, i: int) -> bool:
        """A line that can open a document: front matter, a title (or its first half).

        A title is never a link or a list item, which menu entries are.
        """
        sl = self.lines[i]
        text = body_text(sl)
        if sl.heading == 1 or is_front_matter(text):
            return True
        if sl.links or sl.bullet or not looks_like_title(text):
            return False
        if ends_as_title(text):
            return True
        j = self.next_live(i)
        if j is None or self.lines[j].links or self.lines[j].bullet:
            return False
        nxt = body_text(self.lines[j])
        return (continues_title(text) or ends_as_title(nxt)) and looks_like_title(nxt)

    def wrapper(self, i: int) -> bool:
        """An unnumbered Markdown heading that would hold everything after it."""
        sl = self.lines[i]
        if sl.heading < 2 or sl.bullet or classify(body_text(sl)).kind:
            return False
        return not any(
            0 < self.lines[j].heading <= sl.heading and not self.lines[j].bullet
            for j in range(i + 1, len(self.lines))
        )

    def chrome_like(self, i: int) -> bool:
        sl = self.lines[i]
        return line_reason(sl) is not None or (
            not self.protected(i) and (is_weak(sl) or self.wrapper(i))
        )

    def head_by_shape(self, start: int) -> int:
        """Drop the chrome at the top; the index of the first line of the document."""
        in_chrome = False
        for i in self.live(start):
            sl = self.lines[i]
            reason = line_reason(sl)
            if reason:
                self.drop(i, reason)
                self.value_of_empty_field(i)
                in_chrome = True
                continue
            if not self.protected(i) and (is_weak(sl) or self.wrapper(i)):
                j = self.next_live(i)
                if in_chrome or (j is not None and self.chrome_like(j)):
                    self.drop(i, "wrapper" if sl.heading and not sl.links else "menu")
                    in_chrome = True
                    continue
            return i
        return len(self.lines)

    def value_of_empty_field(self, i: int) -> None:
        """来源： with its value on the next line: the value is the byline's too."""
        text = body_text(self.lines[i])
        if self.reason[i] != "byline" or not text.endswith(("：", ":")):
            return
        j = self.next_live(i)
        if j is not None and not is_texty(self.lines[j]) and len(self.lines[j].text) <= 30:
            self.drop(j, "byline")

    def find_title(self, page_title: str, start: int) -> int | None:
        want = norm(page_title)
        for i in self.live(start):
            here = norm(self.lines[i].text)
            if here == want:
                return i
            j = self.next_live(i)
            if j is not None and here and here + norm(self.lines[j].text) == want:
                return i
        return None

    def title_block(self, i: int) -> tuple[str | None, int]:
        """The title starting at line i and the index after its block."""
        ahead = self.live_ahead(i, _HEAD_LOOKAHEAD)
        block = detect_title([to_line(self.lines[k]) for k in ahead])
        if block.title is None or not ahead:
            return None, i + 1
        return block.title, (ahead[block.end] if block.end < len(ahead) else ahead[-1] + 1)

    def after_title(self, t: int) -> int:
        """Drop bylines, buttons and images between the title and the first line of text;
        where the title is (the page's headline may have been a copy of it)."""
        title, j = self.title_block(t)
        self.title = title
        moved = False
        while j < len(self.lines):
            if self.reason[j] is not None:
                j += 1
                continue
            sl = self.lines[j]
            reason = line_reason(sl) or ("wrapper" if self.wrapper(j) else None)
            if reason:
                self.drop(j, reason)
                self.value_of_empty_field(j)
                j += 1
                continue
            if is_texty(sl) and not is_full_date(body_text(sl)):
                return t  # the first line of text (a dateline under the title is not yet)
            again, end = self.title_block(j)
            if not moved and title and again and norm(again) in norm(title):
                # The page's headline over the document's own title block (which may lack
                # the document number): the headline is the copy.
                for k in self.live(t, j):
                    self.drop(k, "title-copy")
                self.title, t, j, moved = again, j, end, True
                continue
            j += 1
        return t

    # -- the tail -------------------------------------------------------------------------

    def tail_reason(self, i: int, seen: set[str]) -> str | None:
        sl = self.lines[i]
        reason = line_reason(sl)
        if reason:
            return reason
        text = body_text(sl)
        if self.title and norm(text) == norm(self.title):
            return "title-copy"
        m = _SUMMARY_END.search(text)
        if m and len(text) - len(m.group(0)) >= 8:
            stem = norm(text[: m.start()])
            if any(s.startswith(stem) for s in seen):
                return "summary"
        return None

    def tail(self) -> None:
        """From the last line of text on: the first chrome starts the page's footer."""
        live = self.live()
        seen = {norm(self.lines[i].text) for i in live}
        found: dict[int, str] = {}
        last_text = -1
        for i in reversed(live):
            reason = self.tail_reason(i, seen - {norm(self.lines[i].text)})
            if reason:
                found[i] = reason
            elif is_texty(self.lines[i]):
                last_text = i
                break
        if not found:
            return
        first = min(found)
        for i in self.live(last_text + 1):
            if i >= first:
                self.drop(i, found.get(i) or ("links" if self.lines[i].links else "menu"))
            elif _EMPTY_LABEL.match(body_text(self.lines[i])):
                j = self.next_live(i)
                if j is None or j >= first:
                    self.drop(i, "empty-label")


def _named_title(lines: list[SourceLine]) -> tuple[str | None, int, list[int]]:
    """The title a capture names (Jina's Title:, a page's <title> line), where the text
    starts after it, and the lines that only carried it."""
    carriers: list[int] = []
    title, start = None, 0
    live = [i for i, sl in enumerate(lines) if sl.text][:8]
    for i in live:
        m = _JINA_TITLE.match(lines[i].raw)
        if m and title is None:
            title = _page_title(m.group(1)) or m.group(1).strip()
        if JINA_FIELD.match(lines[i].raw):
            carriers.append(i)
            start = i + 1
    if title is None:
        first = next((i for i in live if i >= start), None)
        if first is not None and (title := _page_title(lines[first].text)) is not None:
            carriers.append(first)
            start = first + 1
    return title, start, carriers


def trim(lines: list[SourceLine]) -> Framed:
    """The document's lines without the page's frame (a text without one comes back whole)."""
    work = _Trim(lines)
    page_title, start, carriers = _named_title(lines)
    for i in carriers:
        work.drop(i, "preamble" if JINA_FIELD.match(lines[i].raw) else "page-title")
    t = None
    if page_title:
        t = work.find_title(page_title, start)
    named = t is not None
    if t is not None:
        # A known title: everything above it is the page's, but a red head or a number.
        for i in work.live(start, t):
            if not is_front_matter(body_text(work.lines[i])):
                work.drop(i, line_reason(work.lines[i]) or "menu")
    else:
        t = work.head_by_shape(start)
    if t < len(lines):
        t = work.after_title(t)
    title_no = lines[t].no if named and t < len(lines) else None
    work.tail()
    out = Framed(page_title=page_title, title_no=title_no)
    for sl, reason in zip(lines, work.reason, strict=True):
        if reason is None:
            out.lines.append(sl)
        else:
            out.dropped.append(Dropped(sl.no, sl.text or sl.raw, reason))
    return out


def keep_all(lines: list[SourceLine]) -> Framed:
    """Every line that holds text, chrome included (import --keep-all)."""
    return Framed(lines=[sl for sl in lines if sl.text], page_title=_named_title(lines)[0])
