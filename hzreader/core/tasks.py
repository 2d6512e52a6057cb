"""The 任务分解表 as plain data: a clause put on the table with its units, deadline and status.

A bureau hands in 序号 | 重点任务 | 具体内容 | 牵头单位 | 责任单位 | 完成时限 | 进展情况. A task is
one clause (a measure, an item, an article, a sentence) of one document, with one lead unit, any
number of partner units, a deadline at the grain a plan gives one (a year, a month or a day),
a status and a short Markdown remark.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from hzreader.core.errors import BadInputError
from hzreader.core.model import Node
from hzreader.i18n import QT_TRANSLATE_NOOP, Errors, Messages, translate

STATUSES = ("todo", "doing", "done", "late")
# Chinese as the table is handed in (exports, JSON); status_text() in the language shown.
STATUS_LABELS = {
    "todo": QT_TRANSLATE_NOOP("TaskStatus", "未开始"),
    "doing": QT_TRANSLATE_NOOP("TaskStatus", "推进中"),
    "done": QT_TRANSLATE_NOOP("TaskStatus", "已完成"),
    "late": QT_TRANSLATE_NOOP("TaskStatus", "滞后"),
}
_STATUS_INPUT = {
    **{s: s for s in STATUSES},
    **{label: s for s, label in STATUS_LABELS.items()},
    "进行中": "doing",
    "完成": "done",
    "逾期": "late",
}
MAX_UNIT_CHARS = 100
MAX_REMARK_CHARS = 20_000
TITLE_CHARS = 40
_DUE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
# As a 公文 writes it: 2025年, 2025年6月, 2025年6月30日, 2025年底 (the end of 2025).
_DUE_CHINESE = re.compile(r"^(\d{4})年(?:底|末)?(?:(\d{1,2})月(?:底|末)?(?:(\d{1,2})日)?)?$")
_TRAILING = "。；;，, \u3000"
_PHRASE = re.compile(rf"^(.{{6,{TITLE_CHARS}}}?)[，；：,;:]")


def normalize_status(value: str | None) -> str:
    """todo/doing/done/late for the English or Chinese name; BadInputError for anything else."""
    if value is None or not value.strip():
        return "todo"
    name = _STATUS_INPUT.get(value.strip().lower(), _STATUS_INPUT.get(value.strip()))
    if name is None:
        choices = Messages.tr("、").join(f"{s}/{status_text(s)}" for s in STATUSES)
        raise BadInputError(Errors.tr("未知状态“{0}”，可用：{1}").format(value, choices))
    return name


def parse_due(value: str | None) -> str | None:
    """A deadline as YYYY, YYYY-MM or YYYY-MM-DD (None for none), from those forms or from
    2025年6月 as a 公文 writes it; BadInputError otherwise."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    m = _DUE.match(text) or _DUE_CHINESE.match(text)
    if m is None:
        raise BadInputError(
            Errors.tr("完成时限“{0}”的格式不对，应为 YYYY、YYYY-MM 或 YYYY-MM-DD").format(value)
        )
    year, month, day = int(m[1]), m[2], m[3]
    if not 1900 <= year <= 2200:
        raise BadInputError(Errors.tr("完成时限“{0}”的年份不合理").format(value))
    if month is None:
        return f"{year:04d}"
    if not 1 <= int(month) <= 12:
        raise BadInputError(Errors.tr("完成时限“{0}”中没有这个月份").format(value))
    if day is None:
        return f"{year:04d}-{int(month):02d}"
    try:
        return date(year, int(month), int(day)).isoformat()
    except ValueError:
        raise BadInputError(Errors.tr("没有这一天：{0}").format(value)) from None


def due_end(due: str) -> date:
    """The last day a deadline allows: 2025 → 2025-12-31, 2025-06 → 2025-06-30."""
    parts = [int(p) for p in due.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(parts[0], parts[1], parts[2])


def due_label(due: str | None) -> str:
    """A deadline as a 公文 writes it: 2025年, 2025年6月, 2025年6月30日."""
    if not due:
        return ""
    parts = [int(p) for p in due.split("-")]
    return "".join(f"{v}{unit}" for v, unit in zip(parts, ("年", "月", "日"), strict=False))


def due_text(due: str | None) -> str:
    """A deadline in the language shown: 2025年6月 in Chinese, 6/2025 in English (exports
    keep due_label's Chinese)."""
    if not due:
        return ""
    parts = [int(p) for p in due.split("-")]
    if len(parts) == 1:
        return Messages.tr("{0}年").format(*parts)
    if len(parts) == 2:
        return Messages.tr("{0}年{1}月").format(*parts)
    return Messages.tr("{0}年{1}月{2}日").format(*parts)


def status_text(status: str) -> str:
    """A status's name in the language shown (STATUS_LABELS keeps the Chinese)."""
    label = STATUS_LABELS.get(status)
    return translate("TaskStatus", label) if label else status


def normalize_unit(value: str) -> str:
    """A unit's name with clean white space; BadInputError when empty or too long."""
    name = " ".join(str(value).replace("\u3000", " ").split()).strip("、，,；; ")
    if not name:
        raise BadInputError(Errors.tr("单位名称不能为空"))
    if len(name) > MAX_UNIT_CHARS:
        raise BadInputError(Errors.tr("单位名称太长（最多 {0} 个字符）").format(MAX_UNIT_CHARS))
    if "\x00" in name:
        raise BadInputError(Errors.tr("单位名称中含有无法保存的空字符"))
    return name


def check_remark(value: str) -> str:
    """A task's remark (Markdown); BadInputError when it is too long or not text."""
    if len(value) > MAX_REMARK_CHARS:
        raise BadInputError(Errors.tr("进展情况太长（最多 {0} 个字符）").format(MAX_REMARK_CHARS))
    if "\x00" in value:
        raise BadInputError(Errors.tr("进展情况中含有无法保存的空字符"))
    return value


def lead_and_partners(lead: str, partners: Iterable[str]) -> tuple[str, list[str]]:
    """The lead and the partners, cleaned, each once, the lead not among the partners."""
    chief = normalize_unit(lead)
    out: list[str] = []
    for p in partners:
        name = normalize_unit(p)
        if name != chief and name not in out:
            out.append(name)
    return chief, out


def clause_title(node: Node) -> str:
    """What the 重点任务 column names: the clause's title, else its first words."""
    if node.title:
        return node.title
    text = node.text
    units = node.units()
    if units is not None:
        text = text[: units.start]
    first = text.split("。")[0].rstrip(_TRAILING)
    if len(first) <= TITLE_CHARS:
        return first
    # A long sentence is named by its first phrase (落实科技创新新型举国体制), when it has one.
    phrase = _PHRASE.match(first)
    if phrase is not None:
        return phrase.group(1)
    return first[:TITLE_CHARS] + "…"


def clause_content(node: Node) -> str:
    """What the 具体内容 column holds: the clause's text without its （牵头单位：…）."""
    units = node.units()
    if units is None:
        return node.text
    return (node.text[: units.start] + node.text[units.end :]).rstrip(" \u3000")


@dataclass
class Task:
    """One row of the 任务分解表."""

    id: str
    doc: str
    key: str
    title: str
    lead: str
    partners: list[str] = field(default_factory=list)
    due: str | None = None
    status: str = "todo"
    note: str = ""
    created: str = ""
    updated: str = ""
    deleted: str | None = None
    citation: str = ""
    order: int = 0  # reading order of the clause in its document (0 when not found)
    found: bool = True  # False when the clause is no longer in its document's text

    def overdue(self, today: date | None = None) -> bool:
        """True when the deadline has passed and the task is not done."""
        if not self.due or self.status == "done":
            return False
        return due_end(self.due) < (today or date.today())

    @property
    def status_label(self) -> str:
        """未开始, 推进中, 已完成 or 滞后."""
        return STATUS_LABELS.get(self.status, self.status)

    def units(self) -> list[str]:
        """The lead, then the partners."""
        return [self.lead, *self.partners]

    def to_json(self, today: date | None = None) -> dict:
        """The TASK shape of CLI.md, plus dates and state."""
        return {
            "id": self.id,
            "doc": self.doc,
            "key": self.key,
            "task": self.title,
            "citation": self.citation,
            "lead": self.lead,
            "partners": list(self.partners),
            "due": self.due,
            "status": self.status,
            "note": self.note,
            "status_label": self.status_label,
            "overdue": self.overdue(today),
            "created": self.created,
            "updated": self.updated,
            "deleted": self.deleted,
            "found": self.found,
        }
