"""targets, and the ledger's record-actual, delete-actual and export-ledger."""

from __future__ import annotations

import argparse
import unicodedata
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from hzreader.cli import add_json, emit
from hzreader.core.ledger import LedgerRow, format_number, goal_text
from hzreader.i18n import Cli

if TYPE_CHECKING:
    from hzreader.services.composition import Services


def register(sub: argparse._SubParsersAction) -> None:
    """Add the targets commands."""
    p = sub.add_parser("targets", help=Cli.tr("文档中的量化指标（指标台账）"))
    p.add_argument("--doc", help=Cli.tr("文档 ID（默认：内置计划）"))
    p.add_argument(
        "--ledger", action="store_true", help=Cli.tr("同时列出指标 id、所在章节、实际值和进度")
    )
    add_json(p)
    p.set_defaults(handler=cmd_targets)
    p = sub.add_parser("record-actual", help=Cli.tr("为一个指标记录实际值"))
    p.add_argument("target", help=Cli.tr("指标 id，例如 g4.s3~1a2b3c4d（见 targets --ledger）"))
    p.add_argument("value", help=Cli.tr("实际值（数字，单位同指标）"))
    p.add_argument("--date", default=None, help=Cli.tr("实际值所属日期 YYYY-MM-DD（默认：今天）"))
    p.add_argument("--source", default="", help=Cli.tr("数据来源"))
    p.add_argument("--note", default="", help=Cli.tr("备注"))
    p.add_argument("--doc", help=Cli.tr("文档 ID（默认：内置计划）"))
    add_json(p)
    p.set_defaults(handler=cmd_record_actual)
    p = sub.add_parser("delete-actual", help=Cli.tr("删除一条实际值记录"))
    p.add_argument("id", help=Cli.tr("记录 id（见 targets --ledger）"))
    add_json(p)
    p.set_defaults(handler=cmd_delete_actual)
    p = sub.add_parser("export-ledger", help=Cli.tr("导出指标台账（CSV、Markdown、Word 或 Excel）"))
    p.add_argument(
        "--format", required=True, choices=("csv", "md", "docx", "xlsx"), help=Cli.tr("文件格式")
    )
    p.add_argument("-o", "--output", required=True, help=Cli.tr("输出文件"))
    p.add_argument("--doc", help=Cli.tr("文档 ID（默认：内置计划）"))
    add_json(p)
    p.set_defaults(handler=cmd_export_ledger)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _clip(text: str, width: int) -> str:
    out = ""
    for ch in text:
        if _width(out + ch) > width - 1:
            return out + "…"
        out += ch
    return out


def _goal(target) -> str:
    """core's goal (≥ 18 万元) with its full-width ＝ as the language writes it."""
    text = goal_text(target)
    return Cli.tr("＝") + text[1:] if text.startswith("＝") else text


def _section(row: LedgerRow) -> str:
    """core's 第9条 / 目标 in the language in use."""
    if row.section_number:
        return Cli.tr("第{0}条").format(row.section_number)
    return Cli.tr("目标") if row.section_label else ""


def _progress(label: str) -> str:
    """core's progress label (达标, 超出 3%, 偏差 +6%, 112%; Chinese in JSON and exports) in the
    language in use."""
    word, _, amount = label.partition(" ")
    words = {
        "达标": Cli.tr("达标"),
        "未达标": Cli.tr("未达标"),
        "超出": Cli.tr("超出 {0}").format(amount) if amount else Cli.tr("超出"),
        "偏差": Cli.tr("偏差 {0}").format(amount) if amount else Cli.tr("偏差"),
    }
    return words.get(word, label)


def table(rows: list[LedgerRow], with_actuals: bool) -> str:
    """A plain-text table for people, aligned for Chinese characters."""
    head = [Cli.tr("章"), Cli.tr("条"), Cli.tr("指标"), Cli.tr("目标"), Cli.tr("年份")]
    if with_actuals:
        head += [Cli.tr("最新实际值"), Cli.tr("进度")]
    lines = []
    for r in rows:
        cells = [
            r.chapter_number or "",
            _section(r),
            _clip(r.target.name, 34),
            _goal(r.target),
            str(r.target.year or ""),
        ]
        if with_actuals:
            latest, progress = r.latest, r.progress
            cells.append(
                Cli.tr("{0}（{1}）").format(format_number(latest.value), latest.recorded_on)
                if latest
                else ""
            )
            if progress:
                cells.append(_progress(progress.label) + (" ✓" if progress.met else ""))
            else:
                cells.append("")
        lines.append(cells)
    widths = [max(_width(c) for c in col) for col in zip(head, *lines, strict=True)]
    out = ["  ".join(_pad(c, w) for c, w in zip(head, widths, strict=True)).rstrip()]
    out += [
        "  ".join(_pad(c, w) for c, w in zip(cells, widths, strict=True)).rstrip()
        for cells in lines
    ]
    out.append(Cli.tr("共 %n 项指标", None, len(rows)))
    return "\n".join(out)


def cmd_targets(services: Services, args: argparse.Namespace) -> int:
    """Print the quantitative targets of a document."""
    rows = services.targets.ledger(args.doc)
    if args.ledger:
        data = [r.to_json() for r in rows]
    else:
        data = [{**r.target.to_json(), "id": r.target.id} for r in rows]
    emit(args, data, table(rows, args.ledger) if rows else Cli.tr("（没有找到量化指标）"))
    return 0


def cmd_record_actual(services: Services, args: argparse.Namespace) -> int:
    """Record an actual value against a target."""
    service = services.targets
    actual = service.record_actual(
        args.doc,
        args.target,
        args.value,
        args.date or date.today(),
        source=args.source,
        note=args.note,
    )
    target = service.target(actual.target_id, actual.doc_id)
    emit(
        args,
        actual.to_json(),
        Cli.tr("已记录 #{0}：{1} {2} {3}（{4}）").format(
            actual.id, target.name, format_number(actual.value), target.unit, actual.recorded_on
        ),
    )
    return 0


def cmd_delete_actual(services: Services, args: argparse.Namespace) -> int:
    """Delete one recorded actual value."""
    gone = services.targets.delete_actual(args.id)
    emit(
        args,
        gone.to_json(),
        Cli.tr("已删除 #{0}（{1} {2}）").format(
            gone.id, gone.recorded_on, format_number(gone.value)
        ),
    )
    return 0


def cmd_export_ledger(services: Services, args: argparse.Namespace) -> int:
    """Export the ledger to a file."""
    path = Path(args.output)
    count = services.targets.export_ledger(path, args.format, args.doc)
    human = Cli.tr("已导出 %n 项指标到 {0}", None, count).format(path)
    emit(args, {"path": str(path.resolve()), "count": count}, human)
    return 0
