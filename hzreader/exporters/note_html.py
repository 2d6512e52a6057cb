"""A note's Markdown as safe HTML, within a budget: one note never blocks the others.

Python-Markdown, then nh3 with a strict allow-list. Before and after Markdown the note is
measured (characters, nesting, elements): a note past the budget (a mail quoting a mail
5,000 levels deep, a table of a million cells) is shown as its plain text with a short
notice instead, in bounded time, and an export goes on with the next note. Rendering is a
pure function without Qt: the window may call it on any thread.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from hzreader.core.limits import (
    RENDER_MAX_CHARS,
    RENDER_MAX_DEPTH,
    RENDER_MAX_ELEMENTS,
    RENDER_MAX_LINES,
    RENDER_MAX_MARKS,
    RENDER_MAX_SCAN,
)

log = logging.getLogger("hzreader.render")

# No <img>, <area>, <map> or anything else that loads a resource: an export is opened offline,
# and a note must not be able to reach a remote host or a local file (file://).
ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "code",
        "dd",
        "del",
        "div",
        "dl",
        "dt",
        "em",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "u",
        "ul",
    }
)
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "td": {"align"}, "th": {"align"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})

NOTICE_DEEP = "（此笔记结构过深，按纯文本显示）"
NOTICE_LONG = "（此笔记过长，按纯文本显示）"
NOTICE_COMPLEX = "（此笔记标记过于复杂，按纯文本显示）"
NOTICE_BROKEN = "（此笔记无法按 Markdown 显示，按纯文本显示）"


@dataclass(frozen=True)
class Profile:
    """How notes become HTML for one kind of reader: Markdown extensions and the allow-list."""

    extensions: tuple[str, ...]
    tags: frozenset[str]
    attributes: Mapping[str, frozenset[str]]
    url_schemes: frozenset[str]
    link_rel: str | None


# Files handed in (HTML and Word export): mailto links allowed, links open without referrer.
EXPORT = Profile(
    extensions=("extra", "sane_lists"),
    tags=ALLOWED_TAGS,
    attributes={k: frozenset(v) for k, v in ALLOWED_ATTRIBUTES.items()},
    url_schemes=URL_SCHEMES,
    link_rel="noopener noreferrer",
)
# Qt widgets (the editor's preview, the notes panel): the subset QTextDocument shows,
# single line breaks kept, web links only (the same lists as ui/markdown_view.py).
_WIDGET_TAGS = {
    "p", "br", "hr", "strong", "b", "em", "i", "u", "del", "s", "code", "pre", "blockquote",
    "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "a", "table", "thead", "tbody",
    "tr", "th", "td", "dl", "dt", "dd", "sup", "sub",
}  # fmt: skip
WIDGET = Profile(
    extensions=("extra", "sane_lists", "nl2br"),
    tags=frozenset(_WIDGET_TAGS),
    attributes={
        "a": frozenset({"href", "title"}),
        "th": frozenset({"align"}),
        "td": frozenset({"align"}),
    },
    url_schemes=frozenset({"http", "https"}),
    link_rel=None,
)


@dataclass(frozen=True)
class Budget:
    """How much one note may make the renderer do (defaults: core/limits.py)."""

    chars: int = RENDER_MAX_CHARS
    lines: int = RENDER_MAX_LINES
    depth: int = RENDER_MAX_DEPTH
    marks: int = RENDER_MAX_MARKS
    scan: int = RENDER_MAX_SCAN
    elements: int = RENDER_MAX_ELEMENTS


@dataclass(frozen=True)
class RenderedNote:
    """A rendered note: its HTML, and the notice when it is shown as plain text instead."""

    html: str
    notice: str | None = None

    @property
    def plain(self) -> bool:
        """True when the note was past its budget and is shown as plain text."""
        return self.notice is not None


# Leading block marks of a line: quotes and indentation nest Markdown blocks.
_LEADING = re.compile(r"^[ \t>]+", re.M)
# Runs of one emphasis mark: each pair of marks can open one more nested element.
_EMPHASIS_RUN = re.compile(r"\*{2,}|_{2,}|~{2,}")
# Tags in Markdown's output (its text is escaped, so every < here starts a tag or comment).
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^>]*?(/?)>")
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "wbr"}
)
_PARAGRAPHS = re.compile(r"\n[ \t]*\n")
# What makes Python-Markdown look ahead: link and tag openers, their closers, paragraph ends.
_LOOKAHEAD = re.compile(r"\]\(|[\[\]<>)]|\n[ \t]*\n")
_MARKS = "*_`~[]<>|&\\"


def source_depth(text: str) -> int:
    """An upper estimate of the nesting a note's Markdown asks for, read in linear time."""
    deepest = 0
    for m in _LEADING.finditer(text):
        lead = m.group().replace("\t", "    ")
        deepest = max(deepest, lead.count(">") + lead.count(" ") // 4)
    for m in _EMPHASIS_RUN.finditer(text):
        deepest = max(deepest, len(m.group()) // 2)
    return deepest


def lookahead_cost(text: str) -> int:
    """About how many characters Python-Markdown scans for the ends of [, < and ](, in linear
    time. Each opener costs the distance to its closer, or to the end of its paragraph when it
    has none (Markdown's inline patterns then scan that far and fail)."""
    cost = 0
    opened: dict[str, list[int]] = {"[": [], "<": [], "](": []}
    closes = {"]": "[", ">": "<", ")": "]("}
    for m in _LOOKAHEAD.finditer(text):
        mark, at = m.group(), m.start()
        if mark == "](":
            if opened["["]:
                cost += at - opened["["].pop()
            opened[mark].append(at)
        elif mark in opened:
            opened[mark].append(at)
        elif mark in closes:
            stack = opened[closes[mark]]
            if stack:
                cost += at - stack.pop()
        else:  # a paragraph ends: nothing open looks past it
            for stack in opened.values():
                cost += sum(at - p for p in stack)
                stack.clear()
    for stack in opened.values():
        cost += sum(len(text) - p for p in stack)
    return cost


def html_shape(html: str) -> tuple[int, int]:
    """(deepest nesting, number of elements) of an HTML fragment, read in linear time."""
    depth = deepest = elements = 0
    for m in _TAG.finditer(html):
        closing, name, self_closing = m.group(1), m.group(2).lower(), m.group(3)
        if closing:
            depth = max(0, depth - 1)
            continue
        elements += 1
        if name not in _VOID and not self_closing:
            depth += 1
            deepest = max(deepest, depth)
    return deepest, elements


def plain_html(text: str, notice: str, *, max_chars: int | None = None) -> str:
    """A note as escaped plain text (paragraphs and line breaks kept), the notice first."""
    body = text.strip()
    if max_chars is not None and len(body) > max_chars:
        body = body[:max_chars].rstrip() + "…"
    paragraphs = [p for p in _PARAGRAPHS.split(body) if p.strip()]
    return f"<p><em>{escape(notice)}</em></p>" + "".join(
        "<p>" + escape(p).replace("\n", "<br>") + "</p>" for p in paragraphs
    )


def sanitize(html: str, profile: Profile = EXPORT) -> str:
    """HTML with scripts, event handlers, styles, images and unsafe links removed."""
    import nh3  # imported on first use: not needed for the window's first frame

    return nh3.clean(
        html,
        tags=set(profile.tags),
        attributes={k: set(v) for k, v in profile.attributes.items()},
        url_schemes=set(profile.url_schemes),
        strip_comments=True,
        link_rel=profile.link_rel,
    )


def _precheck(text: str, budget: Budget) -> str | None:
    """The notice for a note past its budget, judged from its Markdown alone (cheap)."""
    if len(text) > budget.chars or text.count("\n") >= budget.lines:
        return NOTICE_LONG
    if source_depth(text) > budget.depth:
        return NOTICE_DEEP
    if (
        sum(text.count(mark) for mark in _MARKS) > budget.marks
        or lookahead_cost(text) > budget.scan
    ):
        return NOTICE_COMPLEX
    return None


def render(
    text: str,
    profile: Profile = EXPORT,
    budget: Budget = Budget(),
    *,
    max_plain_chars: int | None = None,
) -> RenderedNote:
    """A note's Markdown as sanitised HTML, or as plain text with a notice past the budget.

    Never raises for any text and costs time linear in the note's length past the budget;
    safe to call off the UI thread. `max_plain_chars` shortens the plain text of a note shown
    that way (a preview); exports keep it whole."""
    if not text.strip():
        return RenderedNote("")
    notice = _precheck(text, budget)
    if notice is not None:
        return RenderedNote(plain_html(text, notice, max_chars=max_plain_chars), notice)
    try:
        raw = _converter(profile.extensions).reset().convert(text)
    except Exception as exc:  # RecursionError, and whatever else a strange note finds
        _local.converters = {}  # a converter that failed half-way is not used again
        # A RecursionError's traceback is thousands of frames: its name says enough.
        deep = isinstance(exc, RecursionError)
        log.warning("a note could not be rendered as Markdown: %r", exc, exc_info=not deep)
        return RenderedNote(
            plain_html(text, NOTICE_BROKEN, max_chars=max_plain_chars), NOTICE_BROKEN
        )
    depth, elements = html_shape(raw)
    # nh3 takes quadratic time in the nesting: nothing deep ever reaches it.
    if depth > budget.depth or elements > budget.elements:
        return RenderedNote(plain_html(text, NOTICE_DEEP, max_chars=max_plain_chars), NOTICE_DEEP)
    return RenderedNote(sanitize(raw, profile).strip())


_local = threading.local()


def _converter(extensions: tuple[str, ...]):
    """This thread's Markdown converter for these extensions: setting one up loads its
    extensions, which costs more than converting a note (an export of thousands of notes
    spent seconds on it)."""
    import markdown  # imported on first use: not needed for the window's first frame

    converters = getattr(_local, "converters", None)
    if converters is None:
        converters = _local.converters = {}
    converter = converters.get(extensions)
    if converter is None:
        converter = markdown.Markdown(extensions=list(extensions), output_format="html")
        converters[extensions] = converter
    return converter


def render_note(text: str) -> str:
    """A note's Markdown as sanitised HTML for an export ("" for an empty note)."""
    return render(text).html
