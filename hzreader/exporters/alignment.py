"""The 对照表 (A's numbered clauses beside their counterparts in B) as md, csv, docx, xlsx."""

from __future__ import annotations

import csv
import io
import math
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


def _units(text: str) -> float:
    # A 10-point Chinese character is about 1.6 column units wide, a Latin one about 1.
    return sum(1.6 if ord(c) > 0x2E80 else 1.0 for c in text)


def _width(texts: list[str], lo: int, hi: int) -> float:
    """A column width in Excel units, between `lo` and `hi`."""
    longest = max((_units(t) for t in texts), default=lo)
    return float(max(lo, min(hi, longest + 2)))


def _lines(text: str, width: float) -> int:
    """How many lines a wrapped cell of this width needs."""
    room = max(1.0, width - 1.5)
    return max(1, sum(max(1, math.ceil(_units(part) / room)) for part in text.split("\n")))


def _xlsx(table: AlignTable, handle: BinaryIO) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "对照表"
    headers = ["序号", "A条款", "A原文", "对应条款", "对应原文", "相似度", "共同表述", "其他候选"]
    ws.append([f"{table.title}：{table.subtitle}"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    ws.append(headers)
    for row in table.rows:
        best = row.matches[0] if row.matches else None
        ws.append(
            [
                row.number,
                _cell(row.label),
                _cell(row.text),
                _cell(best[0]) if best else NO_MATCH,
                _cell(best[1]) if best else "",
                round(best[2], 4) if best else None,
                _cell("；".join(best[3])) if best else "",
                _cell(_others(row)),
            ]
        )
    font = Font(name="宋体", size=10)
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    for cells in ws.iter_rows(min_row=2):
        for c in cells:
            c.font, c.alignment, c.border = font, wrap, border
    ws["A1"].font = Font(name="黑体", size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 28
    for c in ws[2]:
        c.font = Font(name="黑体", size=10, bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for c in ws["F"][2:]:
        c.number_format = "0.00"
    values = [[str(v or "") for v in r] for r in ws.iter_rows(min_row=2, values_only=True)]
    columns = list(zip(*values, strict=True))
    # Upper bounds keep the eight columns readable once fitted to an A4 landscape page.
    limits = [(5, 5), (12, 14), (24, 38), (12, 14), (24, 38), (7, 7), (14, 20), (10, 14)]
    widths = [_width(list(columns[k]), lo, hi) for k, (lo, hi) in enumerate(limits)]
    for k, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + k)].width = width
    # Spreadsheet programs do not grow a row for wrapped text they did not lay out: the
    # height is set from the longest cell (a 10-point line is about 13 points high).
    for r, texts in enumerate(values[1:], start=3):
        lines = max(_lines(t, w) for t, w in zip(texts, widths, strict=True))
        ws.row_dimensions[r].height = 13.5 * lines + 3
    ws.freeze_panes = "C3"
    ws.print_title_rows = "2:2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.auto_filter.ref = f"A2:{chr(ord('A') + len(headers) - 1)}{ws.max_row}"
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
