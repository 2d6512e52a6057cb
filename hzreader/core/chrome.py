"""What a line of a captured web page is when it is not text: the shapes of page chrome.

A page saved from a site carries its frame (menus, link lists, bylines, buttons, footers)
before the title and after the last line of the text. The lines are judged here one by one,
by their shape (short lines without sentence punctuation, lines that are all links, a field
and its value, an icon and its label) and by the furniture every government site shares;
`frame.trim` decides which of them, where they stand, are chrome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hzreader.core.lines import SourceLine, is_caption, read_line
from hzreader.core.numbering import classify

# Reason codes of dropped lines, with the words the import preview shows for them.
REASONS = {
    "preamble": "抓取工具加的页眉（Title、URL Source）",
    "page-title": "网页标题栏",
    "title-copy": "重复的标题",
    "breadcrumb": "导航路径（当前位置）",
    "menu": "导航菜单",
    "links": "链接列表",
    "furniture": "网站按钮和栏目（打印、关闭、分享、纠错等）",
    "byline": "发布信息（来源、发布时间、浏览量等）",
    "metadata": "抓取工具加的文档信息",
    "related": "相关稿件、相关链接、延伸阅读",
    "footer": "网站页脚（版权、主办、ICP 备案等）",
    "image": "图片",
    "icon": "图标和它的说明",
    "glyph": "网页控件符号",
    "separator": "分隔线",
    "markup": "网页代码（HTML 注释、空链接）",
    "wrapper": "抓取工具加的栏目标题",
    "summary": "网页摘要（正文开头的重复）",
    "empty-label": "没有内容的栏目名",
}


@dataclass(frozen=True)
class Dropped:
    """A source line left out of the document, and why (for the import preview)."""

    line: int  # 1-based line number in the source text
    text: str
    reason: str  # a key of REASONS

    @property
    def label(self) -> str:
        """Why, in the words of the preview."""
        return REASONS[self.reason]


SENTENCE_END = re.compile(r"[。！？；!?;]")
JINA_FIELD = re.compile(r"^(?:Title|URL Source|Published Time|Markdown Content|Warning)\s*[:：]")
_GLYPH = re.compile(r"^[+\-−–—↺↻×xX✕✖|｜>＞<＜»«›‹·•^_=~…○●◎☰≡]{1,3}$")
_NAV_SEP = re.compile(r"\s*(?:>>|>|＞|»|›)\s*")
_MENU_SEP = re.compile(r"\s*[|｜]\s*")
_BREADCRUMB = re.compile(
    r"^(?:当前位置|当前所在位置|您当前所在的位置|您现在的位置|您的位置|现在位置|所在位置)"
)
_FOOTER = re.compile(
    r"©|[(（]c[)）]\s*\d{4}|copyright|all rights reserved|版权所有|ICP备|ICP证|公网安备|网站标识码"
    r"|主办.*承办|(?:主办|承办|协办|维护|技术支持)(?:单位)?[：:]|备案(?:序|编)?号[：:]|访客|访问量",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^[【\[（(]?\s*(?:"
    r"(?:信息|文章|稿件|新闻|图片|图文)?来源|责任编辑|编辑|审核|审校|校对|作者|记者|通讯员"
    r"|发布(?:时间|日期|机构|者)|发表(?:时间|日期)|更新(?:时间|日期)|浏览(?:次数|量)?|阅读(?:次数|量)"
    r"|访问(?:次数|量)|点击(?:数|量|率)|摄影|摄像|图源|索引号|主题分类"
    r"|发文(?:机关|日期|字号)|成文日期|体裁分类|所属机构|上一篇|下一篇"
    r")\s*[：:]"
)
_BYLINE_FIELDS = re.compile(
    r"(?:来源|作者|编辑|发布时间|发布日期|发表时间|字号|浏览次数|浏览量|点击数)[：:]"
)
_METADATA_FIELD = re.compile(r"^(?:[-*+]\s+)?\*\*[^*]{1,10}\*\*\s*[:：]")
_PHOTO_CREDIT = re.compile(
    r"^[（(][^（）()]{0,16}摄[）)]$|^（?记者\s*\S{1,8}\s*摄）?$|^[【\[]图片[】\]]$"
)
_RELATED = re.compile(
    r"^(?:相关|延伸|推荐|热门|热点|更多|往期|最新|猜你喜欢)"
    r"(?:稿件|链接|新闻|阅读|文章|附件|解读|政策|报道|专题|文件|资讯|信息|内容|图片|视频)?"
    r"[^。！？；，,]{0,8}$"
)
_BUTTON = re.compile(r"[【\[]\s*([^】\]]{1,10})\s*[】\]]")
# Furniture every government site shares; a line made of nothing else is the site's, not the
# document's. Ordered longest first where one word starts another.
_FURNITURE_WORDS = (
    "打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|我要纠错|内容纠错|纠错|找错|加入收藏|收藏|设为首页"
    "|分享到|分享至|分享|扫一扫在手机打开当前页|扫一扫|扫码进入|扫码打开|扫码|字号|字体|默认|大|中|小"
    "|A\\+|A-|背景色|繁体版|繁体|简体版|简体|繁體|英文版|English|EN|无障碍阅读|无障碍|长者助手|关爱版"
    "|适老化|用户登录|登\\s*录|注册|退出|您好|搜索热词|搜索|返回顶部|返回首页|返回列表|返回|顶部|网站首页"
    "|首页|网站地图|联系我们|友情链接|使用帮助|关于我们|隐私声明|网站声明|免责声明|排行榜|手机版|电脑版"
    "|移动版|微信|微博|二维码|政务邮箱|市民网页|关注|上一篇|下一篇|更多|次|听全文|语音播报|X"
)
_ALL_FURNITURE = re.compile(rf"^(?:{_FURNITURE_WORDS})+$", re.IGNORECASE)
_NOT_TEXT = re.compile(r"[\s\[\]【】|｜/·、：:•\-_*()（）]+")
_START_FURNITURE = re.compile(
    r"^[【\[]?\s*(?:打印本页|打印此页|关闭窗口|关闭本页|返回顶部|返回首页|扫一扫|分享到|分享至"
    r"|加入收藏|设为首页|网站地图|联系我们|无障碍)"
)
_FILE_NAME = re.compile(r"\.(?:md|markdown|txt|html?|docx?|pdf)$", re.IGNORECASE)
_FULL_DATE = re.compile(
    r"^[（(]?\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)\s*[）)]?$"
)
WEAK_MAX = 16


def body_text(sl: SourceLine) -> str:
    """The line's text without its Markdown heading marks."""
    return sl.text.lstrip("#").strip() if sl.heading and not sl.bullet else sl.text


def is_full_date(text: str) -> bool:
    """A line that is nothing but a date (the date of a signature)."""
    return bool(_FULL_DATE.match(text))


def _is_breadcrumb(text: str) -> bool:
    if _BREADCRUMB.match(text):
        return True
    parts = [p for p in _NAV_SEP.split(text) if p]
    if len(parts) >= 3 and all(len(p) <= 16 for p in parts):
        return True
    return text.startswith(("首页", "主页", "网站首页")) and len(parts) >= 2


def _is_menu(text: str) -> bool:
    if text.startswith(("|", "｜")):
        return False  # a table row
    menu = [p for p in _MENU_SEP.split(text.strip("|｜ ")) if p]
    return len(menu) >= 3 and all(len(p) <= 12 and not SENTENCE_END.search(p) for p in menu)


def _is_furniture(text: str) -> bool:
    if len(text) > 40 or SENTENCE_END.search(text):
        return False
    if _START_FURNITURE.match(text):
        return True
    words = _BUTTON.findall(text)
    if words and all(_ALL_FURNITURE.match(_NOT_TEXT.sub("", w)) for w in words):
        rest = _NOT_TEXT.sub("", _BUTTON.sub("", text))
        return not rest or bool(_ALL_FURNITURE.match(rest))
    bare = _NOT_TEXT.sub("", text)
    return bool(bare) and bool(_ALL_FURNITURE.match(bare))


def anywhere_reason(sl: SourceLine) -> str | None:
    """Markup that is never text, wherever it stands: rules, comments, bare images."""
    if sl.markup:
        return "markup" if sl.raw.startswith("<!--") else "separator"
    if not sl.text:
        return "image" if sl.images else "markup"
    return None


def line_reason(sl: SourceLine) -> str | None:
    """Why a line in a page's frame is chrome, or None when its shape is not chrome's."""
    early = anywhere_reason(sl)
    if early:
        return early
    text = body_text(sl)
    if JINA_FIELD.match(sl.raw):
        return "preamble"
    if _GLYPH.match(text):
        return "glyph"
    if _is_breadcrumb(text):
        return "breadcrumb"
    if _is_menu(text):
        return "menu"
    if _FOOTER.search(text):
        return "footer"
    if _METADATA_FIELD.match(sl.raw):
        return "metadata"
    if _BYLINE.match(text) or len(_BYLINE_FIELDS.findall(text)) >= 2:
        return "byline"
    if _PHOTO_CREDIT.match(text):
        return "image"
    if _RELATED.match(text):
        return "related"
    if _is_furniture(text):
        return "furniture"
    if sl.links >= 3 and sl.link_chars >= 0.6 * len(text):
        return "links"
    if sl.leading_image and len(text) <= 20 and not SENTENCE_END.search(text):
        return None if is_caption(text) else "icon"
    if sl.heading and _FILE_NAME.search(text):
        return "wrapper"
    return None


def is_weak(sl: SourceLine) -> bool:
    """Short and without sentence punctuation, or all links: a menu entry, if among others."""
    text = body_text(sl)
    if SENTENCE_END.search(text):
        return False
    if sl.links and sl.link_chars >= 0.7 * len(text):
        return True
    if sl.heading:
        return False
    if classify(text).kind:
        return False
    return len(text) <= WEAK_MAX and "，" not in text


def is_texty(sl: SourceLine) -> bool:
    """A line that can only be the document's text: a sentence, a dated signature, a table row."""
    text = body_text(sl)
    if SENTENCE_END.search(text) or is_full_date(text) or text.startswith(("|", "｜")):
        return True
    if text.endswith(("：", ":")) and len(text) >= 8:
        return True
    if classify(text).kind and not sl.heading:
        return True
    return len(text) > 40


def is_debris(text: str) -> bool:
    """True for a line whose shape alone says it is a page's chrome (not the document's)."""
    return line_reason(read_line(1, text)) is not None
