"""assign, tasks, unassign, export-tasks: the 任务分解表."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from hzreader.cli import add_json, emit
from hzreader.core.tasks import STATUS_LABELS, Task, due_label

if TYPE_CHECKING:
    from hzreader.services.composition import Services

STATUS_HELP = "todo/未开始、doing/推进中、done/已完成、late/滞后"


def register(sub: argparse._SubParsersAction) -> None:
    """Add the task-table commands."""
    p = sub.add_parser("assign", help="把一个条款放进任务分解表，或修改它的那一行")
    p.add_argument("key", help="节点键，例如 m9 或 i2.m4")
    p.add_argument("--doc", help="文档 ID（默认：内置计划）")
    p.add_argument("--lead", required=True, help="牵头单位")
    p.add_argument(
        "--partner", action="append", default=None, help="责任（配合）单位，可重复；给出即替换"
    )
    p.add_argument("--due", default=None, help="完成时限 YYYY、YYYY-MM 或 YYYY-MM-DD（空串清除）")
    p.add_argument("--status", default=None, help=f"状态：{STATUS_HELP}")
    p.add_argument("--note", default=None, help="进展情况或备注（Markdown）")
    add_json(p)
    p.set_defaults(handler=cmd_assign)
    p = sub.add_parser("tasks", help="任务分解表，按文档顺序")
    p.add_argument("--doc", help="只列出这个文档的任务")
    p.add_argument("--unit", help="只列出这个单位牵头或参与的任务")
    p.add_argument("--status", help=f"只列出这个状态的任务：{STATUS_HELP}")
    add_json(p)
    p.set_defaults(handler=cmd_tasks)
    p = sub.add_parser("unassign", help="把一个条款移出任务分解表（放入任务回收站）")
    p.add_argument("key", help="节点键")
    p.add_argument("--doc", help="文档 ID（默认：内置计划）")
    add_json(p)
    p.set_defaults(handler=cmd_unassign)
    p = sub.add_parser("export-tasks", help="导出任务分解表（xlsx docx csv md）")
    p.add_argument("--format", required=True, choices=("xlsx", "docx", "csv", "md"), help="格式")
    p.add_argument("-o", "--output", required=True, help="输出文件")
    p.add_argument("--doc", help="只导出这个文档的任务")
    p.add_argument("--unit", help="只导出这个单位牵头或参与的任务")
    add_json(p)
    p.set_defaults(handler=cmd_export_tasks)


def _line(t: Task) -> str:
    partners = f"（{'、'.join(t.partners)}）" if t.partners else ""
    due = due_label(t.due) or "—"
    late = " 已逾期" if t.overdue() else ""
    return f"{t.key:<8} {STATUS_LABELS[t.status]}  {due}{late}  {t.lead}{partners}  {t.title}"


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
    emit(args, task.to_json(), f"已分解到任务表：{task.citation}\n{_line(task)}")
    return 0


def cmd_tasks(services: Services, args: argparse.Namespace) -> int:
    """List the table in document order."""
    found = services.tasks.list(doc_id=args.doc, unit=args.unit, status=args.status)
    human = "\n".join(_line(t) for t in found) or "（任务分解表是空的）"
    emit(args, [t.to_json() for t in found], human)
    return 0


def cmd_unassign(services: Services, args: argparse.Namespace) -> int:
    """Take a clause off the table."""
    removed = services.tasks.unassign(args.key, args.doc)
    human = f"已移出任务表：{args.key}" if removed else f"{args.key} 不在任务表上"
    emit(args, {"key": args.key, "removed": removed}, human)
    return 0


def cmd_export_tasks(services: Services, args: argparse.Namespace) -> int:
    """Write the table as a file."""
    path, count = services.tasks.export(
        args.format, Path(args.output), doc_id=args.doc, unit=args.unit
    )
    emit(args, {"path": str(path), "count": count}, f"已导出 {count} 项任务到 {path}")
    return 0
