"""Study notes as plain data: what every exporter renders."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

COLOR_CHINESE = {"yellow": "黄", "red": "红", "green": "绿", "blue": "蓝", "purple": "紫"}


@dataclass
class Entry:
    """One note as it is handed in: where it stands, what it quotes, what it says."""

    id: str
    doc: str
    doc_title: str
    key: str
    citation: str
    heading: str
    quote: str
    note: str
    tags: list[str]
    color: str
    color_label: str
    created: str
    updated: str
    needs_review: bool = False

    @property
    def color_text(self) -> str:
        """The colour as a reader sees it: 黄（重点）."""
        name = COLOR_CHINESE.get(self.color, self.color)
        return f"{name}（{self.color_label}）" if self.color_label else name


@dataclass
class Group:
    """Notes under one heading: a chapter of a document, or a tag."""

    heading: str
    entries: list[Entry] = field(default_factory=list)
    document: str = ""


@dataclass
class StudyNotes:
    """Everything an export holds, in the order it is written."""

    title: str
    created: str
    grouping: str
    filters: list[str]
    groups: list[Group]
    count: int

    @property
    def subtitle(self) -> str:
        """The line under the title: when, how many, which filter."""
        parts = [f"导出时间：{self.created}", f"共 {self.count} 条笔记"]
        if self.filters:
            parts.append("筛选：" + "；".join(self.filters))
        return " · ".join(parts)

    def documents(self) -> list[str]:
        """The distinct document titles of the groups, in order."""
        return list(dict.fromkeys(g.document for g in self.groups if g.document))


def with_headings(entries: list[Entry]) -> Iterator[tuple[Entry, bool]]:
    """Each entry and whether its heading is written: notes on one measure (on the whole of
    it or on its sentences) stand together under one heading, the measure's."""
    last = None
    for entry in entries:
        yield entry, entry.heading != last
        last = entry.heading


def short_date(value: str) -> str:
    """2026-11-29T17:16:07 → 2026-11-29 17:16."""
    return value.replace("T", " ")[:16]


def meta_line(entry: Entry) -> str:
    """Tags, colour and dates of one entry, on one line."""
    parts = []
    if entry.tags:
        parts.append("标签：" + "、".join(entry.tags))
    parts.append("颜色：" + entry.color_text)
    parts.append("创建：" + short_date(entry.created))
    if entry.updated and entry.updated != entry.created:
        parts.append("修改：" + short_date(entry.updated))
    if entry.needs_review:
        parts.append("原文已变动，待核对")
    return " · ".join(parts)
