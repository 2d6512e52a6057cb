"""Lines before parsing: web-page debris dropped, Markdown syntax reduced, text canonical.

Debris (navigation, source/editor lines, print/close buttons, share bars, copyright and
ICP lines, image placeholders and photo credits, separator rules) is dropped. Descriptive
image captions (图为…, ▲…) are kept as plain paragraphs: they are text a reader may want,
but they are never structure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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

_SEPARATOR = re.compile(r"^[\s\-—–_=*＊~～·•.。…#＝－─━═■□◆◇★☆●○▲△▼▽※+|｜]{2,}$")
_FENCE = re.compile(r"^(```|~~~)")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_STRONG = re.compile(r"(\*\*|__)(.+?)\1")
_HTML_TAG = re.compile(r"</?(?:br|p|span|strong|b|em|i|div|font)\b[^>]*>", re.IGNORECASE)
_BULLET = re.compile(r"^[-*+•·●○◆◇■□▪▫]\s+(.+)$")
_QUOTE = re.compile(r"^>\s?(.*)$")

_DEBRIS_PREFIX = re.compile(
    r"^[【\[（(]?\s*(?:"
    r"(?:信息|文章|稿件|新闻|图片|图文)?来源|责任编辑|编辑|审核|审校|校对|作者|记者|通讯员"
    r"|发布(?:时间|日期|机构|者)|浏览(?:次数|量)|阅读(?:次数|量)|访问(?:次数|量)|点击(?:数|量|率)"
    r"|字号|字体|分享(?:到|至)|相关(?:链接|文章|阅读|新闻|附件)|上一篇|下一篇|摄影|摄像|图源"
    r")\s*[：:]"
)
_DEBRIS_START = re.compile(
    r"^[【\[]?\s*(?:打印本页|打印此页|关闭窗口|关闭本页|返回顶部|返回首页|扫一扫|分享到|分享至"
    r"|当前位置|您现在的位置|您的位置|现在位置|加入收藏|设为首页|网站地图|联系我们|无障碍)"
)
_DEBRIS_ANYWHERE = re.compile(
    r"©|[(（]c[)）]\s*\d{4}|copyright|版权所有|ICP备|ICP证|公网安备|网站标识码|主办.*承办"
    r"|技术支持[：:]|\[图片\]|【图片】|<img",
    re.IGNORECASE,
)
_BUTTON = re.compile(r"[【\[]\s*([^】\]]{1,10})\s*[】\]]")
_BUTTON_WORDS = re.compile(
    r"^(?:打印|关闭|打印本页|关闭窗口|收藏|加入收藏|纠错|我要纠错|返回顶部|返回|顶部|分享|字体[：:]?"
    r"|大|中|小|默认|背景色|繁体|简体|繁體|无障碍|字号[：:]?.*|字体[：:].*)$"
)
_NAV_SEP = re.compile(r"\s*(?:>>|>|＞|»|›)\s*")
_MENU_SEP = re.compile(r"\s*[|｜]\s*")
_PHOTO_CREDIT = re.compile(r"^[（(][^（）()]{0,16}摄[）)]$|^（?记者\s*\S{1,8}\s*摄）?$")
_CAPTION = re.compile(r"^(?:图为|图：|图\d+[：:\s]|图片：|▲|△|↑)")
_METADATA_FIELDS = re.compile(r"(?:来源|作者|编辑|发布时间|发布日期|字号|浏览次数|点击数)[：:]")


@dataclass(frozen=True)
class Line:
    """One canonical line; `plain` lines are text that can never be structure."""

    text: str
    plain: bool = False
    marker: str = ""
    closing: bool = False  # the signature and date at the end: outside every chapter


@dataclass
class Cleaned:
    """The lines to parse and the debris that was dropped on the way."""

    lines: list[Line] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)


def split_lines(text: str) -> list[str]:
    """Raw lines, with every kind of line break honoured and invisible characters gone."""
    text = _LINE_BREAKS.sub("\n", text.lstrip("\ufeff"))
    text = _INVISIBLE.sub("", text).replace("\t", " ")
    # Web pages pad Chinese text with non-breaking and ideographic spaces ("总\u3000体要求");
    # between two Chinese characters they are never meant.
    text = _ODD_SPACE_IN_CJK.sub("", text)
    return _CONTROL.sub("", text).split("\n")


def _markdown_inline(line: str) -> str:
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _HTML_TAG.sub("", line)
    return _STRONG.sub(r"\2", line)


def _is_navigation(line: str) -> bool:
    parts = [p for p in _NAV_SEP.split(line) if p]
    if len(parts) >= 3 and all(len(p) <= 16 for p in parts):
        return True
    if line.startswith(("首页", "主页", "网站首页")) and len(parts) >= 2:
        return True
    menu = [p for p in _MENU_SEP.split(line.strip("|｜ ")) if p]
    return "首页" in menu and len(menu) >= 3


def _is_buttons(line: str) -> bool:
    words = _BUTTON.findall(line)
    rest = _BUTTON.sub("", line).strip()
    if not words:
        return False
    return all(_BUTTON_WORDS.match(w.strip()) for w in words) and (
        not rest or bool(_BUTTON_WORDS.match(rest)) or rest in ("分享到：", "分享：")
    )


def is_debris(line: str) -> bool:
    """True for a line a web page adds around the text (never part of the document)."""
    if _SEPARATOR.match(line) or _TABLE_RULE.match(line):
        return True
    if _DEBRIS_PREFIX.match(line) or _DEBRIS_START.match(line) or _DEBRIS_ANYWHERE.search(line):
        return True
    if _PHOTO_CREDIT.match(line) or _is_buttons(line) or _is_navigation(line):
        return True
    # A page's byline bar: several metadata fields on one line.
    return len(_METADATA_FIELDS.findall(line)) >= 2


def prepare_lines(text: str) -> Cleaned:
    """Canonical, non-empty lines ready for the parser; debris and Markdown syntax removed."""
    out = Cleaned()
    fenced = False
    for raw in split_lines(text):
        stripped = raw.strip()
        if _FENCE.match(stripped):
            fenced = not fenced
            continue
        line = canonical_line(stripped if fenced else _markdown_inline(stripped))
        if not line:
            continue
        if fenced:
            out.lines.append(Line(line, plain=True))
        elif is_debris(line):
            out.dropped.append(line)
        elif line.startswith(("|", "｜")):
            out.lines.append(Line(line, plain=True))
        elif (m := _BULLET.match(line)) is not None:
            out.lines.append(Line(m.group(1).strip(), plain=True, marker="•"))
        elif (m := _QUOTE.match(line)) is not None:
            if m.group(1).strip():
                out.lines.append(Line(m.group(1).strip(), plain=True))
        elif _CAPTION.match(line):
            out.lines.append(Line(line, plain=True))
        else:
            out.lines.append(Line(line))
    return out
