"""assign, tasks, unassign, export-tasks: the 任务分解表."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from hzreader.cli import add_json, emit
from hzreader.core.tasks import STATUSES, Task, due_text, status_text
from hzreader.i18n import Cli

if TYPE_CHECKING:
    from hzreader.services.composition import Services


def _statuses() -> str:
    """todo/未开始、doing/推进中… in the language in use."""
    return Cli.tr("、").join(f"{s}/{status_text(s)}" for s in STATUSES)


def register(sub: argparse._SubParsersAction) -> None:
    """Add the task-table commands."""
    p = sub.add_parser("assign", help=Cli.tr("把一个条款放进任务分解表，或修改它的那一行"))
    p.add_argument("key", help=Cli.tr("节点键，例如 m9 或 i2.m4"))
    p.add_argument("--doc", help=Cli.tr("文档 ID（默认：内置计划）"))
    p.add_argument("--lead", required=True, help=Cli.tr("牵头单位"))
    p.add_argument(
        "--partner",
        action="append",
        default=None,
        help=Cli.tr("责任（配合）单位，可重复；给出即替换"),
    )
    p.add_argument(
        "--due", default=None, help=Cli.tr("完成时限 YYYY、YYYY-MM 或 YYYY-MM-DD（空串清除）")
    )
    p.add_argument("--status", default=None, help=Cli.tr("状态：{0}").format(_statuses()))
    p.add_argument("--note", default=None, help=Cli.tr("进展情况或备注（Markdown）"))
    add_json(p)
    p.set_defaults(handler=cmd_assign)
    p = sub.add_parser("tasks", help=Cli.tr("任务分解表，按文档顺序"))
    p.add_argument("--doc", help=Cli.tr("只列出这个文档的任务"))
    p.add_argument("--unit", help=Cli.tr("只列出这个单位牵头或参与的任务"))
    p.add_argument("--status", help=Cli.tr("只列出这个状态的任务：{0}").format(_statuses()))
    add_json(p)
    p.set_defaults(handler=cmd_tasks)
    p = sub.add_parser("unassign", help=Cli.tr("把一个条款移出任务分解表（放入任务回收站）"))
    p.add_argument("key", help=Cli.tr("节点键"))
    p.add_argument("--doc", help=Cli.tr("文档 ID（默认：内置计划）"))
    add_json(p)
    p.set_defaults(handler=cmd_unassign)
    p = sub.add_parser("export-tasks", help=Cli.tr("导出任务分解表（xlsx docx csv md）"))
    p.add_argument(
        "--format", required=True, choices=("xlsx", "docx", "csv", "md"), help=Cli.tr("格式")
    )
    p.add_argument("-o", "--output", required=True, help=Cli.tr("输出文件"))
    p.add_argument("--doc", help=Cli.tr("只导出这个文档的任务"))
    p.add_argument("--unit", help=Cli.tr("只导出这个单位牵头或参与的任务"))
    add_json(p)
    p.set_defaults(handler=cmd_export_tasks)


def _line(t: Task) -> str:
    units = (
        Cli.tr("{0}（{1}）").format(t.lead, Cli.tr("、").join(t.partners)) if t.partners else t.lead
    )
    due = due_text(t.due) or "—"
    if t.overdue():
        due = Cli.tr("{0} 已逾期").format(due)
    return f"{t.key:<8} {status_text(t.status)}  {due}  {units}  {t.title}"


def cmd_assign(services: Services, args: argparse.Namespace) -> int:
    """Put a clause on the table (or change its row)."""
    from hzreader.services.tasks import KEEP

    task = services.tasks.assign(
        args.key,
        args.doc,
        lead=args.lead,
        partners=args.partner,
        due=KEEP if args.due is None else args.due,
        status=args.status,
        note=args.note,
    )
    emit(
        args,
        task.to_json(),
        Cli.tr("已分解到任务表：{0}").format(task.citation) + "\n" + _line(task),
    )
    return 0


def cmd_tasks(services: Services, args: argparse.Namespace) -> int:
    """List the table in document order."""
    found = services.tasks.list(doc_id=args.doc, unit=args.unit, status=args.status)
    human = "\n".join(_line(t) for t in found) or Cli.tr("（任务分解表是空的）")
    emit(args, [t.to_json() for t in found], human)
    return 0


def cmd_unassign(services: Services, args: argparse.Namespace) -> int:
    """Take a clause off the table."""
    removed = services.tasks.unassign(args.key, args.doc)
    human = (
        Cli.tr("已移出任务表：{0}").format(args.key)
        if removed
        else Cli.tr("{0} 不在任务表上").format(args.key)
    )
    emit(args, {"key": args.key, "removed": removed}, human)
    return 0


def cmd_export_tasks(services: Services, args: argparse.Namespace) -> int:
    """Write the table as a file."""
    path, count = services.tasks.export(
        args.format, Path(args.output), doc_id=args.doc, unit=args.unit
    )
    emit(
        args,
        {"path": str(path), "count": count},
        Cli.tr("已导出 %n 项任务到 {0}", None, count).format(path),
    )
    return 0
