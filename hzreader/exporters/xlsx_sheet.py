"""One way to write a printable sheet with openpyxl: a title row, a header row that freezes and
repeats on every printed page, real cell types, widths fit for Chinese text, wrapped cells,
rows tall enough for their text, A4 landscape fitted to the page width."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

BODY_FONT = "宋体"
HEAD_FONT = "黑体"
LINE_POINTS = 13.5  # a 10-point line, with its leading
# A 10-point Chinese character is 13.3 px wide at 96 dpi, and Excel's (and WPS's) column unit is
# the 7 px of a digit of the default font (Calibri 11): 1.9 units. Widths are fitted with a
# smaller figure (1.6) so that columns stay narrow, but a row's height must count lines as Excel
# and WPS break them, or the last lines of a long clause are cut off there (LibreOffice lays the
# same columns out wider when it has no Calibri, and merely shows some room under the text).
CJK_LINE_UNITS = 1.9
MAX_ROW_POINTS = 409  # the tallest row Excel allows
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
_GROUP_FILL = PatternFill("solid", fgColor="EDEDED")


@dataclass(frozen=True)
class Column:
    """A column: its header, its width range in Excel units, how its cells look."""

    header: str
    lo: float
    hi: float
    number_format: str | None = None
    center: bool = False


@dataclass
class Row:
    """A row of cells (str, int, float, date, datetime or None), optionally coloured."""

    values: Sequence[Any]
    color: str | None = None  # font colour, e.g. "C00000" for an overdue task
    fill: str | None = None
    formats: dict[int, str] = field(default_factory=dict)  # per-cell number formats


@dataclass(frozen=True)
class Group:
    """A heading row across the whole table (a chapter)."""

    text: str


def safe(value: Any) -> Any:
    """A cell value; text that a spreadsheet would run as a formula gets a leading '."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def text_units(text: str) -> float:
    """Width of a text in Excel column units: a 10-point Chinese character is about 1.6."""
    return sum(1.6 if ord(c) > 0x2E80 else 1.0 for c in text)


def fit_width(texts: Sequence[str], lo: float, hi: float) -> float:
    """A column width in Excel units for these texts, between `lo` and `hi`."""
    longest = max(
        (max((text_units(p) for p in t.split("\n")), default=0) for t in texts), default=lo
    )
    return float(max(lo, min(hi, longest + 2)))


def line_units(text: str) -> float:
    """Width of a text in Excel column units as Excel breaks wrapped lines (see CJK_LINE_UNITS)."""
    return sum(CJK_LINE_UNITS if ord(c) > 0x2E80 else 1.0 for c in text)


def wrapped_lines(text: str, width: float) -> int:
    """How many lines a wrapped cell of this width needs in Excel or WPS."""
    room = max(1.0, width - 1.5)
    return max(1, sum(max(1, math.ceil(line_units(part) / room)) for part in text.split("\n")))


def _shown(value: Any, number_format: str | None) -> str:
    """Roughly what a cell shows, to size its column and row."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.strftime("%Y年%m月%d日")
    if isinstance(value, float) and number_format and "%" in number_format:
        return f"{value * 100:.0f}%"
    return str(value)


def write_table(
    ws: Worksheet,
    title: str,
    columns: Sequence[Column],
    rows: Sequence[Row | Group],
    *,
    subtitle: str = "",
    freeze_columns: int = 1,
) -> None:
    """Fill a sheet: title (and subtitle), header, rows; then widths, heights and print set-up."""
    n = len(columns)
    last = get_column_letter(n)
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws["A1"].font = Font(name=HEAD_FONT, size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 28
    header_row = 2
    if subtitle:
        ws.append([subtitle])
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
        ws["A2"].font = Font(name=BODY_FONT, size=10, color="595959")
        ws["A2"].alignment = Alignment(horizontal="center", vertical="center")
        header_row = 3
    ws.append([c.header for c in columns])
    for cell in ws[header_row]:
        cell.font = Font(name=HEAD_FONT, size=10, bold=True)
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    shown: list[list[str]] = [[c.header] for c in columns]
    body: list[tuple[int, Row | Group]] = []
    for item in rows:
        if isinstance(item, Group):
            ws.append([safe(item.text)])
            r = ws.max_row
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
            cell = ws.cell(r, 1)
            cell.font = Font(name=HEAD_FONT, size=10, bold=True)
            cell.fill = _GROUP_FILL
            cell.alignment = Alignment(vertical="center")
            for k in range(1, n + 1):
                ws.cell(r, k).border = _BORDER
            body.append((r, item))
            continue
        ws.append([safe(v) for v in item.values])
        r = ws.max_row
        for k, column in enumerate(columns, 1):
            cell = ws.cell(r, k)
            fmt = item.formats.get(k - 1, column.number_format)
            if fmt:
                cell.number_format = fmt
            cell.font = Font(name=BODY_FONT, size=10, color=item.color)
            if item.fill:
                cell.fill = PatternFill("solid", fgColor=item.fill)
            cell.border = _BORDER
            cell.alignment = Alignment(
                wrap_text=True, vertical="top", horizontal="center" if column.center else None
            )
            shown[k - 1].append(
                _shown(item.values[k - 1] if k - 1 < len(item.values) else None, fmt)
            )
        body.append((r, item))
    widths = [fit_width(texts, c.lo, c.hi) for texts, c in zip(shown, columns, strict=True)]
    for k, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(k)].width = width
    # Spreadsheet programs do not grow a row for wrapped text they did not lay out: each
    # row's height is set from its longest cell.
    ws.row_dimensions[header_row].height = (
        LINE_POINTS * max(wrapped_lines(c.header, w) for c, w in zip(columns, widths, strict=True))
        + 4
    )
    for r, item in body:
        if isinstance(item, Group):
            ws.row_dimensions[r].height = LINE_POINTS * wrapped_lines(item.text, sum(widths)) + 5
            continue
        texts = [_shown(v, columns[k].number_format) for k, v in enumerate(item.values)]
        lines = max(wrapped_lines(t, w) for t, w in zip(texts, widths, strict=False))
        ws.row_dimensions[r].height = min(MAX_ROW_POINTS, LINE_POINTS * lines + 3)
    ws.freeze_panes = f"{get_column_letter(freeze_columns + 1)}{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.auto_filter.ref = f"A{header_row}:{last}{max(ws.max_row, header_row)}"
    setup_page(ws)


def setup_page(ws: Worksheet) -> None:
    """A4 landscape, fitted to one page wide, centred, with page numbers in the footer."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.oddFooter.center.size = 9
