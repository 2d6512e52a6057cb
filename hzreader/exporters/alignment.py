"""The 对照表 (A's numbered clauses beside their counterparts in B) as md, csv, docx, xlsx."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from hzreader.core.files import write_atomic

FORMATS = ("md", "docx", "csv", "xlsx")
NO_MATCH = "（未找到对应条款）"


@dataclass
class TableRow:
    """One clause of A: its number in the table, label, text and matches in B."""

    number: int
    label: str
    text: str
    # (label, text, score, evidence phrases) of each counterpart, best first
    matches: list[tuple[str, str, float, list[str]]] = field(default_factory=list)


@dataclass
class AlignTable:
    """What every format writes: the two titles and the rows."""

    a_title: str
    b_title: str
    rows: list[TableRow]

    @property
    def title(self) -> str:
        """The table's heading."""
        return "贯彻落实情况对照表"

    @property
    def subtitle(self) -> str:
        """Which document is set against which."""
        return f"《{self.a_title}》与《{self.b_title}》"


def _cell(text: str) -> str:
    """Text safe in a spreadsheet: a leading = + - @ would start a formula."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@") else text


def _others(row: TableRow) -> str:
    return "；".join(f"{label}（{score:.2f}）" for label, _t, score, _e in row.matches[1:])


def _md(table: AlignTable) -> str:
    def esc(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", "<br>")

    lines = [
        f"# {table.title}",
        "",
        table.subtitle,
        "",
        f"| 序号 | 《{esc(table.a_title)}》条款 | 对应条款 | 相似度 | 共同表述 | 其他候选 |",
        "|---|---|---|---|---|---|",
    ]
    for row in table.rows:
        left = f"**{esc(row.label)}**<br>{esc(row.text)}"
        if row.matches:
            label, text, score, evidence = row.matches[0]
            right = f"**{esc(label)}**<br>{esc(text)}"
            lines.append(
                f"| {row.number} | {left} | {right} | {score:.2f} | "
                f"{esc('；'.join(evidence))} | {esc(_others(row))} |"
            )
        else:
            lines.append(f"| {row.number} | {left} | {NO_MATCH} |  |  |  |")
    return "\n".join(lines) + "\n"


def _csv(table: AlignTable) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["序号", "A条款", "A原文", "名次", "B条款", "B原文", "相似度", "共同表述"])
    for row in table.rows:
        if not row.matches:
            writer.writerow([row.number, _cell(row.label), _cell(row.text), "", "", "", "", ""])
        for rank, (label, text, score, evidence) in enumerate(row.matches, 1):
            writer.writerow(
                [
                    row.number,
                    _cell(row.label),
                    _cell(row.text),
                    rank,
                    _cell(label),
                    _cell(text),
                    f"{score:.4f}",
                    _cell("；".join(evidence)),
                ]
            )
    return "\ufeff" + out.getvalue()


def _docx(table: AlignTable, handle: BinaryIO) -> None:
    from hzreader.exporters.docx_table import add_row, add_table, landscape_document

    doc = landscape_document(table.title, table.subtitle)
    headers = ["序号", f"《{table.a_title}》", "对应条款", "相似度", "共同表述"]
    grid = add_table(doc, headers, [12, 95, 95, 16, 35])
    for row in table.rows:
        left = [(row.label + ("\n" if row.text else ""), {"bold": True}), (row.text, {})]
        if row.matches:
            label, text, score, evidence = row.matches[0]
            right = [(label + ("\n" if text else ""), {"bold": True}), (text, {})]
            others = _others(row)
            if others:
                right.append(("\n其他候选：" + others, {"grey": True, "size": 9}))
            cells = [
                [(str(row.number), {"center": True})],
                left,
                right,
                [(f"{score:.2f}", {"center": True})],
                [("\n".join(evidence), {"size": 9})],
            ]
        else:
            cells = [
                [(str(row.number), {"center": True})],
                left,
                [(NO_MATCH, {"grey": True})],
                [("", {})],
                [("", {})],
            ]
        add_row(grid, cells)
    doc.save(handle)


def _xlsx(table: AlignTable, handle: BinaryIO) -> None:
    from openpyxl import Workbook

    from hzreader.exporters.xlsx_sheet import Column, Row, write_table

    wb = Workbook()
    ws = wb.active
    ws.title = "对照表"
    # Upper bounds keep the eight columns readable once fitted to an A4 landscape page.
    columns = [
        Column("序号", 5, 5, center=True),
        Column("A条款", 12, 14),
        Column("A原文", 24, 38),
        Column("对应条款", 12, 14),
        Column("对应原文", 24, 38),
        Column("相似度", 7, 7, number_format="0.00"),
        Column("共同表述", 14, 20),
        Column("其他候选", 10, 14),
    ]
    rows = []
    for row in table.rows:
        best = row.matches[0] if row.matches else None
        rows.append(
            Row(
                [
                    row.number,
                    row.label,
                    row.text,
                    best[0] if best else NO_MATCH,
                    best[1] if best else "",
                    round(best[2], 4) if best else None,
                    "；".join(best[3]) if best else "",
                    _others(row),
                ]
            )
        )
    write_table(ws, f"{table.title}：{table.subtitle}", columns, rows, freeze_columns=2)
    wb.save(handle)


def _text_writer(text: str) -> Callable[[BinaryIO], None]:
    return lambda handle: handle.write(text.encode("utf-8"))


def write_alignment(table: AlignTable, fmt: str, path: Path) -> Path:
    """Write the 对照表 in one of FORMATS, whole or not at all."""
    if fmt == "md":
        return write_atomic(path, _text_writer(_md(table)))
    if fmt == "csv":
        return write_atomic(path, _text_writer(_csv(table)))
    if fmt == "docx":
        return write_atomic(path, lambda h: _docx(table, h))
    return write_atomic(path, lambda h: _xlsx(table, h))
