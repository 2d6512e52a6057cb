"""The title of an imported text: its first line, or two lines when the title wraps."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from hzreader.core.lines import Line
from hzreader.core.numbering import MD_HEADING, classify

_DOC_TYPES = (
    "通知|意见|方案|办法|规定|条例|计划|规划|决定|报告|纲要|细则|决议|公告|通告|通报|函|批复"
    "|指引|指南|措施|要点|规则|章程|公报|说明|讲话|纪要|标准|清单|目录|守则|准则|制度"
    "|宪法|法典|法|公约|表|分工|名单|名录"
)
# A first line that stops mid-phrase ("…关于印发") goes on in the second.
_CONTINUES = re.compile(r"(?:关于|印发|转发|的|和|与|及|、|暨|《|之|加快|推进|进一步)$")
_ENDS_AS_TITLE = re.compile(rf"(?:{_DOC_TYPES})》?(?:[（(][^（）()]{{1,12}}[）)])?$")
# A second title line: the period or the status of the text, in brackets.
_TITLE_TAIL = re.compile(
    r"^[（(](?:\d{4}\s*[—–\-－~～至到]+\s*\d{4}\s*年?|\d{4}\s*年?|试行|暂行|草案|征求意见稿"
    r"|修订|修订稿|送审稿|\d{4}年修订)[）)]$"
)
_NUM_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
_CN_DATE = (
    r"[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月(?:[一二三四五六七八九十]{1,3}日)?"
)
# A line that opens with a date (in brackets or not): a dateline, never a title or an item.
DATED = re.compile(rf"^[（(]?\s*(?:{_NUM_DATE}|{_CN_DATE}|\d{{4}}[-./]\d{{1,2}}[-./]\d{{1,2}})")
# A red head names the issuing body (浙江省人民政府文件), not a kind of paper (规范性文件).
_RED_HEAD = re.compile(
    r"^\S{1,22}(?:政府|委员会|委|厅|局|部|院|中央|党委|党组|办公室|办|署|会)文件$"
)
_DOC_NUMBER = re.compile(r"^\S{0,16}[〔\[［（(]\d{4}[〕\]］）)]\s*\d+\s*号$")
_ANNEX_LABEL = re.compile(r"^附件\s*\d*\s*[：:]?$")
_BRACKETED = re.compile(r"^[（(][^（）()]*[）)]$")
TITLE_MAX = 80


@dataclass(frozen=True)
class TitleBlock:
    """The detected title and where it sits: lines[start:end]; lines before it are front matter."""

    title: str | None
    start: int = 0
    end: int = 0


def is_front_matter(text: str) -> bool:
    """A red-head line (…文件), a document number (浙政发〔2021〕12号) or an annex label."""
    return bool(_RED_HEAD.match(text) or _DOC_NUMBER.match(text) or _ANNEX_LABEL.match(text))


def ends_as_title(text: str) -> bool:
    """True for a line that ends the way a title does (…的通知, …实施意见, …条例（试行）)."""
    return bool(_ENDS_AS_TITLE.search(text))


def continues_title(text: str) -> bool:
    """True for a first title line that stops mid-phrase (…关于印发)."""
    return bool(_CONTINUES.search(text))


def looks_like_title(text: str) -> bool:
    """Short, unnumbered, not a sentence, not a date: a line that can be a title."""
    if not 2 <= len(text) <= TITLE_MAX or re.search(r"[。！？；]", text):
        return False
    if text.endswith(("：", ":", "，", ",", "、")) or text.startswith("——"):
        return False
    return not DATED.match(text) and classify(text).kind == ""


def detect_title(lines: list[Line]) -> TitleBlock:
    """The title block at the top of the lines (title None when there is none)."""
    n = len(lines)
    i = 0
    while i < min(n, 4) and not lines[i].plain and is_front_matter(lines[i].text):
        i += 1
    if i >= n or lines[i].plain:
        return TitleBlock(None)
    first = lines[i].text
    md = MD_HEADING.match(first)
    if md:
        # Only a single level-1 heading names the document; several are its chapters.
        h1 = sum(1 for ln in lines if not ln.plain and ln.text.startswith("# "))
        body = md.group(2).strip()
        if len(md.group(1)) == 1 and h1 == 1 and i + 1 < n and classify(body).kind == "":
            return TitleBlock(body, i, i + 1)
        return TitleBlock(None)
    if not looks_like_title(first):
        return TitleBlock(None)
    title, j = first, i + 1
    if j < n and not lines[j].plain:
        second = lines[j].text
        if _TITLE_TAIL.match(second):
            title, j = title + second, j + 1
        elif (
            looks_like_title(second)
            and len(title) + len(second) <= TITLE_MAX + 20
            and (
                _CONTINUES.search(title)
                or (_ENDS_AS_TITLE.search(second) and not _ENDS_AS_TITLE.search(title))
            )
        ):
            title, j = title + second, j + 1
            if j < n and _TITLE_TAIL.match(lines[j].text):
                title, j = title + lines[j].text, j + 1
    if j >= n:
        # A text that is nothing but one short line has no title: that line is its body.
        return TitleBlock(None)
    return TitleBlock(title, i, j)


def body_after_title(lines: list[Line], block: TitleBlock) -> list[Line]:
    """The lines without the title; datelines and subtitles under it become plain text."""
    if block.title is None:
        return list(lines)
    front = [replace(ln, plain=True) for ln in lines[: block.start]]
    rest = list(lines[block.end :])
    for k, line in enumerate(rest[:3]):
        text = line.text
        if not (
            text.startswith("——")
            or DATED.match(text)
            or _DOC_NUMBER.match(text)
            or _BRACKETED.match(text)
        ):
            break
        rest[k] = replace(line, plain=True)
    return front + rest


_FULL_DATE = re.compile(rf"^[（(]?\s*(?:{_NUM_DATE}|{_CN_DATE})\s*[）)]?$")
_NOTE = re.compile(r"^[（(]此件[^（）()]{1,12}[）)]$")
_SIGNATORY = re.compile(r"^[^。！？；：，、,:;]{2,30}$")


def mark_closing(lines: list[Line]) -> list[Line]:
    """The signatory and date at the very end (and a （此件…） note under them) become closing
    lines, outside every chapter."""
    end = len(lines)
    while end > 1 and len(lines) - end < 2 and _NOTE.match(lines[end - 1].text):
        end -= 1
    if end < 2 or not _FULL_DATE.match(lines[end - 1].text):
        return lines
    start = end - 1
    while (
        start > 0
        and end - start < 3
        and _SIGNATORY.match(lines[start - 1].text)
        and classify(lines[start - 1].text).kind == ""
    ):
        start -= 1
    closing = [replace(ln, plain=True, closing=True) for ln in lines[start:]]
    return lines[:start] + closing
