"""Source lines as they come: line breaks honoured, Markdown read and reduced to text.

Each line keeps what its markup said (a heading level, a bold-only line, a list item, how
many links and images it held, its indentation), because a web page's frame is recognised
by that shape before the markup is thrown away.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hzreader.core.normalize import canonical_line

# Line and paragraph separators, form feeds and vertical tabs all end a line.
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
# Invisible characters that only get in the way (soft hyphen, object replacement, fillers).
_INVISIBLE = re.compile(r"[\u00ad\u034f\u061c\u115f\u1160\u180e\u2061-\u2064\u3164\ufffc\ufe0f]")
_CJK_CHAR = r"[\u3400-\u9fff\uf900-\ufaff\u3001-\u303f\uff01-\uffef“”‘’《》…—]"
_ODD_SPACE_IN_CJK = re.compile(
    rf"(?<={_CJK_CHAR})[\u00a0\u2000-\u200b\u202f\u205f\u3000]+(?={_CJK_CHAR})"
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# 第一条　中华人民共和国…: the space after a leading 第N条/章/节/篇 says the marker is a heading
# (not 第三条中规定的…), so it stays, as one ASCII space.
_MARKER_SPACE = re.compile(
    r"^([ \u3000\u00a0\t]*第[零〇一二三四五六七八九十百千两\d０-９]+[条章节篇])"
    r"[\u3000\u00a0\u2002\u2003 ]+",
    re.MULTILINE,
)
_LEADING_SPACE = re.compile(r"^[ \u3000\u00a0\t]*")

_FENCE = re.compile(r"^(```|~~~)")
_HTML_COMMENT = re.compile(r"^<!--.*-->$")
# A link target may hold one level of parentheses (javascript:close()) and a "title".
_TARGET = r"\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\s*\)"
# A link's text holds no bracket and is at most LINK_TEXT_CHARS long: each [ then scans only to
# the next bracket, so a line of 4,000 [ costs linear time (with [^\]]* it was quadratic: a
# text of such lines kept an import busy for minutes).
LINK_TEXT_CHARS = 1_000
_IMAGE = re.compile(rf"!\[([^\[\]]{{0,{LINK_TEXT_CHARS}}})\]{_TARGET}")
_LINK = re.compile(rf"\[([^\[\]]{{0,{LINK_TEXT_CHARS}}})\]{_TARGET}")
_STRONG = re.compile(r"(\*\*|__)(.+?)\1")
_EMPHASIS = re.compile(r"(?<![A-Za-z0-9\\])_([^_\s](?:[^_]*[^_\s])?)_(?![A-Za-z0-9])")
_HTML_TAG = re.compile(r"</?(?:br|p|span|strong|b|em|i|div|font)\b[^<>]{0,500}>", re.IGNORECASE)
_BULLET = re.compile(r"^[-*+•·●○◆◇■□▪▫]\s+(.*)$")
_QUOTE = re.compile(r"^>\s?(.*)$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_BOLD_LINE = re.compile(r"^(?:\*\*([^*]+)\*\*|__([^_]+)__)\s*([：:])?$")
# Separator rules are markup, never text, wherever they stand.
SEPARATOR = re.compile(r"^[\s\-—–_=*＊~～·•.。…#＝－─━═■□◆◇★☆●○▲△▼▽※+|｜]{2,}$")
TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")


@dataclass(frozen=True)
class SourceLine:
    """One non-blank line of the source: its canonical text and what its markup said."""

    no: int  # 1-based line number in the source text
    raw: str  # the line as written, stripped
    text: str  # canonical text, Markdown reduced ("" when nothing but markup was left)
    indent: int = 0  # leading spaces, ideographic ones included
    heading: int = 0  # Markdown heading level
    bold: bool = False  # the whole line is bold (a pseudo-heading of a Markdown capture)
    bullet: bool = False  # a Markdown list item
    quote: bool = False
    fenced: bool = False
    links: int = 0
    link_chars: int = 0  # characters of the text that were link text
    images: int = 0
    leading_image: bool = False  # the line opened with an image (an icon and its label)
    markup: bool = False  # an HTML comment or a separator rule


def split_lines(text: str) -> list[str]:
    """Raw lines, with every kind of line break honoured and invisible characters gone."""
    text = _LINE_BREAKS.sub("\n", text.lstrip("\ufeff"))
    text = _INVISIBLE.sub("", text).replace("\t", " ")
    text = _MARKER_SPACE.sub(r"\1 ", text)
    # Web pages pad Chinese text with non-breaking and ideographic spaces ("总\u3000体要求");
    # between two Chinese characters they are never meant.
    text = _ODD_SPACE_IN_CJK.sub("", text)
    return _CONTROL.sub("", text).split("\n")


def _reduce_links(line: str) -> tuple[str, int, int]:
    """Links to their text; (text, number of links, characters of link text)."""
    count = chars = 0

    def sub(m: re.Match[str]) -> str:
        nonlocal count, chars
        inner = _EMPHASIS.sub(r"\1", _STRONG.sub(r"\2", m.group(1))).strip(" _*")
        if inner:
            count += 1
            chars += len(inner)
        return inner

    return _LINK.sub(sub, line), count, chars


def _inline(line: str) -> str:
    line = _HTML_TAG.sub("", line)
    line = _STRONG.sub(r"\2", line)
    line = _EMPHASIS.sub(r"\1", line)
    # Empty emphasis left where an icon was (_ _), and escaped Markdown characters.
    line = re.sub(r"(?:^|(?<=\s))_+|_+(?:$|(?=\s))", " ", line)
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>~])", r"\1", line)


def read_line(no: int, raw_line: str, *, fenced: bool = False) -> SourceLine:
    """One raw line read: its markup noted, its text reduced and made canonical."""
    indent = len(_LEADING_SPACE.match(raw_line).group(0))
    raw = raw_line.strip()
    if fenced:
        return SourceLine(no, raw, canonical_line(raw), indent=indent, fenced=True)
    if _HTML_COMMENT.match(raw) or SEPARATOR.match(raw) or TABLE_RULE.match(raw):
        return SourceLine(no, raw, "", indent=indent, markup=True)
    body, bullet, quote, heading = raw, False, False, 0
    if (m := _BULLET.match(body)) is not None:
        body, bullet = m.group(1).strip(), True
    elif (m := _QUOTE.match(body)) is not None and m.group(1).strip():
        body, quote = m.group(1).strip(), True
    if (m := _MD_HEADING.match(body)) is not None:
        body, heading = m.group(2).strip(), len(m.group(1))
    images = len(_IMAGE.findall(body))
    leading_image = bool(re.match(r"^\[?[_*]*!\[", body))
    body = _IMAGE.sub("", body)
    bold_match = _BOLD_LINE.match(body) if not heading else None
    body, links, link_chars = _reduce_links(body)
    text = canonical_line(_inline(body))
    bold = bool(bold_match) and bool(text) and not links
    if heading and text and not bullet:
        # The parser reads a heading's level from its text, as a Markdown source writes it.
        text = f"{'#' * heading} {text}"
    return SourceLine(
        no,
        raw,
        text,
        indent=indent,
        heading=heading,
        bold=bold,
        bullet=bullet,
        quote=quote,
        links=links,
        link_chars=link_chars,
        images=images,
        leading_image=leading_image and images > 0,
    )


def read_lines(text: str) -> list[SourceLine]:
    """Every non-blank line of a text, read (lines that were only markup included)."""
    out: list[SourceLine] = []
    fenced = False
    for no, raw in enumerate(split_lines(text), start=1):
        stripped = raw.strip()
        if not stripped:
            continue
        if _FENCE.match(stripped):
            fenced = not fenced
            continue
        out.append(read_line(no, raw, fenced=fenced))
    return out


@dataclass(frozen=True)
class Line:
    """One canonical line for the parser; `plain` lines are text that can never be structure."""

    text: str
    plain: bool = False
    marker: str = ""
    closing: bool = False  # the signature and date at the end: outside every chapter
    no: int = 0  # where it starts in the source (0: unknown)
    indent: int = 0
    # What the layout made of the line: "bold" (a pseudo-heading), "preface" (序言), or a
    # block whose lines are in `group`: "box" (专栏), "toc" (目录), "annex" (附件), "cover".
    hint: str = ""
    group: tuple[Line, ...] = ()


_CAPTION = re.compile(r"^(?:图为|图：|图\d+[：:\s]|图片：|▲|△|↑)")


def is_caption(text: str) -> bool:
    """An image caption (图为…, ▲…): text a reader wants, never structure."""
    return bool(_CAPTION.match(text))


def to_line(sl: SourceLine) -> Line:
    """The parser's view of a source line."""
    text, where = sl.text, {"no": sl.no, "indent": sl.indent}
    if sl.fenced or text.startswith(("|", "｜")) or sl.quote or is_caption(text):
        return Line(text, plain=True, **where)
    if sl.bullet:
        return Line(text, plain=True, marker="•", **where)
    if sl.bold:
        return Line(text, hint="bold", **where)
    return Line(text, **where)
