"""Sentence-level rules of target extraction: which figures are targets, and their parts."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Clause boundaries once folded. 、 is not one: it also joins the parts of a name
# (富阳、临安…五个区、县（市）居民人均可支配收入).
_SEPARATORS = "，。；：！？\n"
_FOLD = {
    ",": "，",
    ":": "：",
    ";": "；",
    "(": "（",
    ")": "）",
    "!": "！",
    "?": "？",
    "％": "%",
    "．": ".",
    "～": "~",
    "／": "/",
    "–": "—",
    **{chr(0xFF10 + i): str(i) for i in range(10)},
}
_QUOTES = {"“": "”", "《": "》", "「": "」", "『": "』", "‘": "’", "〈": "〉"}

_NUMBER = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")


def _words(text: str) -> list[str]:
    """The words of a space-separated list (the tables below read best that way)."""
    return text.split()


def _alternation(words: list[str]) -> str:
    # Longest first, so 不低于 wins over 低于 and 万亿元 over 万元.
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# What a comparative verb just before a figure means for a target. 达到/实现/突破: a target
# is met when reached or passed. A change by an amount (增长5%) states that amount.
_AT_LEAST = _words(
    "达到 达 实现 突破 超过 超 高于 大于 不低于 不少于 不小于 提高到 提高至 提升到 提升至 "
    "增加到 增加至 增长到 增长至 增至 扩大到 扩大至 上升到 上升至"
)
_AT_MOST = _words(
    "低于 小于 少于 不超过 不高于 不大于 控制在 控制到 缩小到 缩小至 缩减到 缩减至 下降到 "
    "下降至 降低到 降低至 降到 降至 减少到 减少至 压减到 压减至 压缩到 压缩至"
)
_STATED = _words("增长 提高 提升 增加 下降 降低 减少 保持在 稳定在 保持")
_VERBS = {
    **dict.fromkeys(_AT_LEAST, ">="),
    **dict.fromkeys(_AT_MOST, "<="),
    **dict.fromkeys(_STATED, "="),
}
_MARKERS = {
    "及以上": ">=",
    "以上": ">=",
    "及以下": "<=",
    "以下": "<=",
    "以内": "<=",
    "之内": "<=",
    "左右": "~",
}
_VERB = _alternation(list(_VERBS))
# The verb just before the figure, with an optional base (平均工资的) and 约; the base holds
# no other verb, so the match is the verb nearest the figure.
_COMPARATIVE = re.compile(
    rf"(?P<verb>{_VERB})(?P<base>(?:(?!{_VERB})[^{_SEPARATORS}0-9])*?的)?(?P<about>大约|约)?\s*$"
)

_UNIT_WORDS = _words(
    "万亿元 亿元 万元 千元 元 亿美元 万美元 美元 万件 件 亿人次 万人次 人次 万人 人 万户 户 "
    "家 个 所 座 张 床 项 条 处 台 辆 套 名 支 批 岁 年 个月 天 小时 分钟 次 倍 个百分点 "
    "百分点 % ‰ 平方米 万平方米 平方公里 公顷 万亩 亩 公里 千米 米 立方米 万立方米 亿立方米 "
    "万吨标准煤 吨标准煤 万吨 亿吨 吨 万千瓦 千瓦 亿千瓦时 千瓦时 兆瓦 微克 毫克 万 亿"
)
_UNIT = _alternation(_UNIT_WORDS)
_UNIT_AFTER = re.compile(
    rf"\s*(?P<unit>(?:{_UNIT})(?:/(?:{_UNIT}))?)?(?P<marker>{_alternation(list(_MARKERS))})?"
)
# Counting words: 培育100个康养联合体 is a count; 建成1小时交通圈 is a name.
_COUNTERS = frozenset(
    _words("个 家 所 座 张 床 项 条 处 台 辆 套 名 支 批 户 万户 人 万人 人次 万人次 件 万件")
)

# Verbs that open a clause stating a figure to deliver (新增大学生创业企业10000家) or stand
# just before a count (培育100个康养联合体). 新增/累计/新建 name a flow, so they stay in the name.
_FLOW = ("新增", "累计", "新建")
_ACTIONS = (*_FLOW, *_words("实现 建成 培育 完成 引进 打造 创建 建设 招引 认定 培训"))
_ADVERBS = tuple(_words("进一步 力争 努力 争取 确保 稳步 持续 逐步 力求 预计 有望 分别 同时 其中"))
# Adverbs only at the end of a name (指标基本达到): at its start they are part of it
# (基本养老保险覆盖率), except before an action verb (全面建成…).
_QUALIFIERS = ("基本", "全面")
_COUNTED = re.compile(
    rf"(?:“(?P<quoted>[^”]+)”|(?P<plain>[^{_SEPARATORS}、0-9“”\"《》（）]+))(?=[{_SEPARATORS}、]|$)"
)
_LEAD_YEAR = re.compile(r"(?:到|至|截至)?\s*(?:19|20)[0-9]{2}\s*年(?:底|末)?(?:前|之前)?")
_JOINERS = ("、", "以及", "和", "及", "并")
_PREDICATE = re.compile(rf"{_VERB}|翻一番|翻番|倍增")

_YEARS = re.compile(
    r"(?<![0-9—\-~])(?:到|至|截至|截止到|截止)\s*(?P<a>(?:19|20)[0-9]{2})\s*年"
    r"|(?<![0-9—\-~至到])(?P<b>(?:19|20)[0-9]{2})\s*年(?:底|末)?(?:前|之前|以前)"
)


@dataclass(frozen=True)
class Hit:
    """A target found in one sentence: its parts and the span of its figure."""

    name: str
    value: float
    unit: str
    comparator: str
    start: int
    end: int


def fold(text: str) -> str:
    """ASCII and full-width forms alike, one character for one (offsets stay valid)."""
    out = []
    for i, ch in enumerate(text):
        # 10,000 keeps its comma: it is one figure, not two clauses.
        if ch == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
            out.append(ch)
        else:
            out.append(_FOLD.get(ch, ch))
    return "".join(out)


def years_in(text: str) -> list[tuple[int, int]]:
    """(position, year) of each target year the text states: 到2025年, 2025年前, …"""
    return [(m.start(), int(m.group("a") or m.group("b"))) for m in _YEARS.finditer(fold(text))]


def _quoted(t: str) -> list[bool]:
    """For each position, whether it lies inside quotes or a title (“5433”, 《…》)."""
    mask = [False] * len(t)
    closing: list[str] = []
    straight = False
    for i, ch in enumerate(t):
        if closing and ch == closing[-1]:
            closing.pop()
        elif ch in _QUOTES and _QUOTES[ch] in t[i + 1 :]:
            closing.append(_QUOTES[ch])
        elif ch == '"':
            straight = not straight
        mask[i] = bool(closing) or straight
    return mask


def _not_a_quantity(t: str, a: int, b: int) -> bool:
    """True for figures that are names, years, dates, list numbers or range bounds."""
    prev = t[a - 1] if a > 0 else ""
    after = t[b] if b < len(t) else ""
    if (prev.isascii() and prev.isalpha()) or (after.isascii() and after.isalpha()):
        return True  # 5G, G60
    if b - a == 4 and t[a:b].startswith(("19", "20")) and after == "年":
        return True
    if after in "月日号" or prev == "第":
        return True
    opening = t[:a].rstrip()
    if (not opening or opening[-1] in _SEPARATORS + "（—") and after in ".、）":
        return True  # 1.  2、  （3）
    if re.match(r"\s*[—\-~至到]+\s*[0-9]", t[b:]) or re.search(r"[0-9]\s*[—\-~]+\s*$", t[:a]):
        return True  # 10—50万元, 2021—2025年
    return bool(re.search(r"[0-9]\s*[至到]\s*$", t[:a]))


def _clause_start(t: str, pos: int) -> int:
    """Where the clause holding `pos` begins."""
    return max(t.rfind(sep, 0, pos) for sep in _SEPARATORS) + 1


def _strip(t: str, s: int, e: int, *, lead: tuple[str, ...] = ()) -> tuple[int, int]:
    """The span without white space, dashes, leading `lead` words and trailing adverbs."""
    changed = True
    while changed and s < e:
        changed = False
        while s < e and t[s] in " —":
            s, changed = s + 1, True
        while s < e and t[e - 1] == " ":
            e, changed = e - 1, True
        m = _LEAD_YEAR.match(t, s, e)
        if m and m.end() > s:
            s, changed = m.end(), True
        for word in (*lead, *_ADVERBS):
            if t.startswith(word, s, e) and e - s > len(word):
                s, changed = s + len(word), True
        for word in (*_ADVERBS, *_QUALIFIERS):
            if t.endswith(word, s, e):
                e, changed = e - len(word), True
    return s, e


def _name_span(t: str, s: int, e: int, *, lead: tuple[str, ...] = ()) -> tuple[int, int]:
    """The indicator in t[s:e], the words before the verb of a target."""
    s, e = _strip(t, s, e, lead=lead)
    cut = t.rfind("、", s, e)
    if cut >= 0 and _strip(t, cut + 1, e)[0] >= e:
        # 收入实现翻一番、超过2万亿元: the subject stands before the first predicate.
        m = _PREDICATE.search(t, s, cut)
        s, e = _strip(t, s, m.start() if m else cut)
    return s, e


def _comparative(t: str, cstart: int, a: int) -> tuple[tuple[int, int], str, bool] | None:
    """(name span, verb, about) when a comparative verb stands just before the figure."""
    m = _COMPARATIVE.search(t, cstart, a)
    if m is None or m.end() != a:
        return None
    s, e = _name_span(t, cstart, m.start(), lead=_JOINERS)
    if s >= e:
        # 指标持续提高，力争达到4%: the indicator is the subject of the clause before.
        prev = _clause_start(t, max(cstart - 1, 0))
        if prev < cstart:
            p = _PREDICATE.search(t, prev, cstart - 1)
            s, e = _name_span(t, prev, p.start() if p else cstart - 1)
    return ((s, e), m.group("verb"), bool(m.group("about"))) if s < e else None


def _counted(t: str, cstart: int, a: int, end: int) -> tuple[str, int, int, int] | None:
    """(action verb, noun span, end) for a count such as 培育100个康养联合体."""
    verb = next((w for w in _ACTIONS if t.endswith(w, cstart, a)), None)
    if verb is None:
        # 建成都市圈、省域、市域、城区4个“1小时交通圈”: the count sums up the list after the verb.
        found = [(t.rfind(w, cstart, a), w) for w in _ACTIONS]
        pos, word = max(found)
        between = t[pos + len(word) : a] if pos >= 0 else ""
        if pos < 0 or "、" not in between or re.search(r"[0-9]", between):
            return None
        verb = word
    m = _COUNTED.match(t, end)
    if m is None:
        return None
    group = "quoted" if m.group("quoted") else "plain"
    return verb, m.start(group), m.end(group), m.end()


def find_in_sentence(text: str) -> list[Hit]:
    """The targets in one sentence, in order."""
    t = fold(text)
    quoted = _quoted(t)
    hits: list[Hit] = []
    prev_end = 0
    for m in _NUMBER.finditer(t):
        a, b = m.span()
        if a < prev_end or quoted[a] or _not_a_quantity(t, a, b):
            continue
        um = _UNIT_AFTER.match(t, b)
        unit, marker, end = um.group("unit") or "", um.group("marker") or "", um.end()
        cstart = max(_clause_start(t, a), prev_end)
        at_clause_end = end >= len(t) or t[end] in _SEPARATORS + "、"
        prefix = ""
        found = _comparative(t, cstart, a)
        if found:
            (s, e), verb, about = found
            comparator = "~" if about else _VERBS[verb]
        elif unit and at_clause_end:
            # 新增大学生创业企业10000家, 实现…客运通达率100%: a figure the clause delivers.
            s, e = _strip(t, cstart, a, lead=_QUALIFIERS)
            if not t.startswith(_ACTIONS, s, a):
                continue
            s, e = _name_span(t, s, e, lead=tuple(w for w in _ACTIONS if w not in _FLOW))
            comparator = "="
        elif unit in _COUNTERS and not marker and (count := _counted(t, cstart, a, end)):
            verb, s, e, end = count
            # 新增 and 累计 belong to the indicator (新增企业); 培育 and 建成 do not.
            prefix = verb if verb in _FLOW else ""
            comparator = "="
        else:
            continue
        if s >= e:
            continue
        hits.append(
            Hit(
                name=prefix + text[s:e],
                value=float(m.group().replace(",", "")),
                unit=unit,
                comparator=_MARKERS.get(marker, comparator),
                start=a,
                end=end,
            )
        )
        prev_end = end
    return hits
