"""The 重点任务分解表 as a bureau hands it in: 序号 | 重点任务 | 具体内容 | 牵头单位 | 责任单位 |
完成时限 | 进展情况, grouped by chapter, each task with its citation; xlsx, docx, csv or md."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from hzreader.core.files import write_atomic
from hzreader.core.tasks import Task, due_end, due_label

HEADERS = ("序号", "重点任务", "具体内容", "牵头单位", "责任单位", "完成时限", "进展情况")
OVERDUE = "（已逾期）"
RED = "C00000"
# About 24 characters a line in the 90 mm 具体内容 column and 30 lines on an A4 landscape page.
KEEP_ROW_CHARS = 600
# A deadline shown at the grain it was given: a year, a month or a day.
_DUE_FORMATS = {1: 'yyyy"年"', 2: 'yyyy"年"m"月"', 3: 'yyyy"年"m"月"d"日"'}


@dataclass
class TaskLine:
    """One task as a row of the table."""

    number: int
    task: Task
    content: str  # the clause's text without its （牵头单位：…）
    overdue: bool = False

    def short_citation(self, document: str) -> str:
        """The citation without the document's title (第三部分第9条)."""
        return self.task.citation.removeprefix(f"《{document}》") or self.task.key

    def progress(self) -> str:
        """进展情况 as plain text: the status, then the remark."""
        from hzreader.exporters.docx_note import note_plain_text

        remark = note_plain_text(self.task.note) if self.task.note.strip() else ""
        return "\n".join(x for x in (self.task.status_label, remark) if x)

    def due_text(self) -> str:
        """完成时限 as people write it, with 已逾期 when it has passed."""
        return due_label(self.task.due) + (f"\n{OVERDUE}" if self.overdue else "")


@dataclass
class TaskGroup:
    """The tasks of one chapter of one document."""

    heading: str
    document: str
    lines: list[TaskLine] = field(default_factory=list)


@dataclass
class TaskTable:
    """Everything an export holds, in the order it is written."""

    title: str
    unit: str | None
    created: str
    groups: list[TaskGroup]

    @property
    def count(self) -> int:
        """How many tasks the table holds."""
        return sum(len(g.lines) for g in self.groups)

    @property
    def subtitle(self) -> str:
        """The line under the title: which unit, when, how many."""
        parts = [f"单位：{self.unit}"] if self.unit else []
        parts += [f"导出日期：{self.created}", f"共 {self.count} 项任务"]
        return " · ".join(parts)

    def documents(self) -> list[str]:
        """The distinct document titles, in order."""
        return list(dict.fromkeys(g.document for g in self.groups))

    def headings(self) -> list[tuple[str, TaskGroup]]:
        """Each group with the heading row it is written under (the document's title too
        when the table spans several documents)."""
        several = len(self.documents()) > 1
        return [(f"《{g.document}》{g.heading}" if several else g.heading, g) for g in self.groups]


def _markdown(table: TaskTable) -> str:
    def esc(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", "<br>")

    lines = [f"# {table.title}", "", table.subtitle, ""]
    for heading, group in table.headings():
        head = "| " + " | ".join(HEADERS) + " |"
        lines += [f"## {heading}", "", head, "|---:" + "|---" * 6 + "|"]
        for line in group.lines:
            t = line.task
            cells = [
                str(line.number),
                f"**{t.title}**<br>{line.short_citation(group.document)}",
                line.content,
                t.lead,
                "、".join(t.partners),
                line.due_text(),
                line.progress(),
            ]
            lines.append("| " + " | ".join(esc(c) for c in cells) + " |")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _csv(table: TaskTable) -> str:
    from hzreader.exporters.xlsx_sheet import safe

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([*HEADERS, "章节", "出处", "状态", "备注", "文档", "节点", "id"])
    for heading, group in table.headings():
        for line in group.lines:
            t = line.task
            writer.writerow(
                [
                    safe(v)
                    for v in (
                        str(line.number),
                        t.title,
                        line.content,
                        t.lead,
                        "、".join(t.partners),
                        t.due or "",
                        line.progress(),
                        heading,
                        t.citation,
                        t.status,
                        t.note,
                        t.doc,
                        t.key,
                        t.id,
                    )
                ]
            )
    return "\ufeff" + out.getvalue()


def _xlsx(table: TaskTable, handle: BinaryIO) -> None:
    from openpyxl import Workbook

    from hzreader.exporters.xlsx_sheet import Column, Group, Row, write_table

    wb = Workbook()
    ws = wb.active
    ws.title = "任务分解表"
    wb.properties.title = table.title
    columns = [
        Column("序号", 5, 5, center=True),
        Column("重点任务", 16, 24),
        Column("具体内容", 30, 60),
        Column("牵头单位", 10, 16),
        Column("责任单位", 12, 22),
        Column("完成时限", 11, 13, center=True),
        Column("进展情况", 14, 26),
    ]
    rows: list[Row | Group] = []
    for heading, group in table.headings():
        rows.append(Group(heading))
        for line in group.lines:
            t = line.task
            due = due_end(t.due) if t.due else None
            rows.append(
                Row(
                    [
                        line.number,
                        f"{t.title}\n{line.short_citation(group.document)}",
                        line.content,
                        t.lead,
                        "、".join(t.partners),
                        due,
                        line.progress() + (f"\n{OVERDUE.strip('（）')}" if line.overdue else ""),
                    ],
                    color=RED if line.overdue else None,
                    formats={5: _DUE_FORMATS[len(t.due.split("-"))]} if t.due else {},
                )
            )
    write_table(ws, table.title, columns, rows, subtitle=table.subtitle, freeze_columns=2)
    wb.save(handle)


def _docx(table: TaskTable, handle: BinaryIO) -> None:
    from hzreader.exporters.docx_table import add_group_row, add_row, add_table, landscape_document

    doc = landscape_document(table.title, table.subtitle)
    # 255 mm across an A4 landscape page: the text columns get the room, 序号 and 时限 little.
    grid = add_table(doc, HEADERS, [13, 40, 90, 28, 32, 24, 28])
    for heading, group in table.headings():
        add_group_row(grid, heading)
        for line in group.lines:
            t = line.task
            late = {"color": RED} if line.overdue else {}
            progress = [(t.status_label, {"bold": True, **late})]
            remark = line.progress().split("\n", 1)[1:] if t.note.strip() else []
            if remark:
                progress.append(("\n" + remark[0], {"size": 9}))
            add_row(
                grid,
                [
                    [(str(line.number), {"center": True})],
                    [
                        (t.title + "\n", {"bold": True}),
                        (line.short_citation(group.document), {"grey": True, "size": 9}),
                    ],
                    [(line.content, {})],
                    [(t.lead, {})],
                    [("、".join(t.partners), {})],
                    [(line.due_text(), {"center": True, **late})],
                    progress,
                ],
                # A task is read as one row: it moves whole to the next page, unless it is
                # too long to fit on one (a row that cannot split would then be cut off).
                keep=len(line.content) + len(t.note) <= KEEP_ROW_CHARS,
            )
    doc.save(handle)


def write_tasks(table: TaskTable, fmt: str, path: Path) -> Path:
    """Write the table as xlsx, docx, csv or md, whole or not at all."""
    if fmt == "md":
        data = _markdown(table).encode("utf-8")
        return write_atomic(path, lambda h: h.write(data))
    if fmt == "csv":
        data = _csv(table).encode("utf-8")
        return write_atomic(path, lambda h: h.write(data))
    if fmt == "docx":
        return write_atomic(path, lambda h: _docx(table, h))
    if fmt == "xlsx":
        return write_atomic(path, lambda h: _xlsx(table, h))
    raise ValueError(f"unknown task-table format {fmt}")
