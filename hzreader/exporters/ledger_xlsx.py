"""The targets ledger as an Excel workbook: the targets with their latest actual value and
progress, and every recorded value on a second sheet; numbers and dates as real cells."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from hzreader.core.files import write_atomic
from hzreader.core.ledger import COMPARATOR_SYMBOLS, LedgerRow
from hzreader.exporters.xlsx_sheet import Column, Row, write_table

_NUMBER = "0.##########"  # as written: 18, 4.6, 0.01 (no trailing zeros)
_DATE = 'yyyy"年"m"月"d"日"'
BEHIND_COLOR = "C00000"


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        return None


def _targets_rows(rows: Sequence[LedgerRow], title: str) -> list[Row]:
    out = []
    for i, r in enumerate(rows, 1):
        t, latest, progress = r.target, r.latest, r.progress
        met = None if progress is None else ("是" if progress.met else "否")
        out.append(
            Row(
                [
                    i,
                    r.chapter_number or "",
                    r.section_label,
                    t.name,
                    COMPARATOR_SYMBOLS.get(t.comparator, t.comparator),
                    t.value,
                    t.unit,
                    t.year,
                    latest.value if latest else None,
                    _day(latest.recorded_on) if latest else None,
                    progress.fraction if progress else None,
                    progress.label if progress else "",
                    met,
                    latest.source if latest else "",
                    # The sheet's title names the document: the citation needs only its place.
                    r.citation.removeprefix(f"《{title}》"),
                ],
                color=BEHIND_COLOR if progress is not None and not progress.met else None,
            )
        )
    return out


def _actual_rows(rows: Sequence[LedgerRow]) -> list[Row]:
    out = []
    for r in rows:
        for a in sorted(r.actuals, key=lambda x: x.recorded_on):
            out.append(
                Row(
                    [
                        r.target.name,
                        _day(a.recorded_on),
                        a.value,
                        r.target.unit,
                        a.source,
                        a.note,
                        r.target.id,
                    ]
                )
            )
    return out


def write_xlsx(rows: Sequence[LedgerRow], path: Path, title: str = "") -> None:
    """Write the ledger workbook, whole or not at all."""
    from openpyxl import Workbook

    heading = f"指标台账{f'：{title}' if title else ''}"
    recorded = sum(1 for r in rows if r.actuals)
    wb = Workbook()
    wb.properties.title = heading
    ws = wb.active
    ws.title = "指标台账"
    columns = [
        Column("序号", 5, 5, center=True),
        Column("章", 4, 5, center=True),
        Column("条", 6, 7, center=True),
        Column("指标", 16, 30),
        Column("比较", 5, 5, center=True),
        Column("目标值", 8, 10, number_format=_NUMBER),
        Column("单位", 6, 10),
        Column("年份", 6, 6, center=True),
        Column("最新实际值", 10, 10, number_format=_NUMBER),
        Column("日期", 13, 13, number_format=_DATE),
        Column("完成度", 7, 7, number_format="0%"),
        Column("进度", 9, 11),
        Column("达标", 5, 5, center=True),
        Column("来源", 8, 14),
        Column("出处", 12, 20),
    ]
    subtitle = f"共 {len(rows)} 项指标，{recorded} 项有实际值"
    write_table(
        ws, heading, columns, _targets_rows(rows, title), subtitle=subtitle, freeze_columns=4
    )
    history = wb.create_sheet("实际值记录")
    write_table(
        history,
        f"{heading}：实际值记录",
        [
            Column("指标", 16, 30),
            Column("日期", 13, 13, number_format=_DATE),
            Column("实际值", 9, 10, number_format=_NUMBER),
            Column("单位", 6, 10),
            Column("来源", 10, 24),
            Column("备注", 12, 36),
            Column("指标ID", 12, 20),
        ],
        _actual_rows(rows),
    )
    write_atomic(path, wb.save)
