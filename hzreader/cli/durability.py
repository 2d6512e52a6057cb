"""export, restore, check, backups, restore-backup: never lose a note."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from hzreader.cli import add_json, emit
from hzreader.i18n import Cli
from hzreader.services.exporting import FORMATS, GROUPINGS

if TYPE_CHECKING:
    from hzreader.services.composition import Services


def register(sub: argparse._SubParsersAction) -> None:
    """Add the export, backup and integrity commands."""
    p = sub.add_parser(
        "export",
        help=Cli.tr(
            "导出学习笔记（md html docx csv xlsx）、W3C 批注（jsonld），或完整备份（json）"
        ),
    )
    p.add_argument("--format", required=True, choices=FORMATS, help=Cli.tr("导出格式"))
    p.add_argument("-o", "--output", required=True, help=Cli.tr("输出文件"))
    p.add_argument("--tag", help=Cli.tr("只导出带这个标签（含其下级）的笔记"))
    p.add_argument("--doc", help=Cli.tr("只导出这个文档的笔记"))
    p.add_argument("--color", help=Cli.tr("只导出这个颜色的笔记（json 备份不按颜色筛选）"))
    p.add_argument(
        "--group-by", choices=GROUPINGS, default="chapter", help=Cli.tr("按章节或按标签分组")
    )
    add_json(p)
    p.set_defaults(handler=cmd_export)
    p = sub.add_parser(
        "restore", help=Cli.tr("合并一个 json 备份或 W3C 批注文件（重复运行不会重复添加）")
    )
    p.add_argument("file", help=Cli.tr("备份文件，或 W3C Web Annotation 文件（.jsonld / .json）"))
    add_json(p)
    p.set_defaults(handler=cmd_restore)
    p = sub.add_parser("check", help=Cli.tr("检查数据库、搜索索引和备份的完整性"))
    add_json(p)
    p.set_defaults(handler=cmd_check)
    p = sub.add_parser("backups", help=Cli.tr("列出自动备份"))
    add_json(p)
    p.set_defaults(handler=cmd_backups)
    p = sub.add_parser(
        "restore-backup", help=Cli.tr("用一个自动备份替换当前数据库（当前数据库先留存）")
    )
    p.add_argument("name", help=Cli.tr("备份名，见 backups 命令"))
    add_json(p)
    p.set_defaults(handler=cmd_restore_backup)


def cmd_export(services: Services, args: argparse.Namespace) -> int:
    """Write study notes or a full backup."""
    path, count = services.exports.export(
        args.format,
        Path(args.output),
        tag=args.tag,
        color=args.color,
        doc_id=args.doc,
        grouping=args.group_by,
    )
    human = Cli.tr("已导出 %n 条笔记到 {0}", None, count).format(path)
    emit(args, {"path": str(path), "count": count}, human)
    return 0


def cmd_restore(services: Services, args: argparse.Namespace) -> int:
    """Merge a JSON backup or a W3C Web Annotation file."""
    result = services.restores.restore(Path(args.file))
    human = Cli.tr("新增 {0} 条，更新 {1} 条，跳过 {2} 条").format(
        result.added, result.updated, result.skipped
    )
    if result.documents_added:
        human += Cli.tr("；新增文档 {0}").format(Cli.tr("、").join(result.documents_added))
    if result.needs_review:
        human += Cli.tr("；%n 条待核对", None, result.needs_review)
    if result.tasks_added or result.tasks_updated:
        human += Cli.tr("；任务新增 {0} 项，更新 {1} 项").format(
            result.tasks_added, result.tasks_updated
        )
    if result.backup:
        human += "\n" + Cli.tr("恢复前的数据库已备份为 backups/{0}").format(result.backup)
    emit(args, result.to_json(), human)
    return 0


def cmd_check(services: Services, args: argparse.Namespace) -> int:
    """Check the database, the index and the backups; exit 1 when something is wrong."""
    from hzreader.services.integrity import full_check

    report = full_check(services.ctx, services.search.index_status)
    lines = [(Cli.tr("一切正常") if report["ok"] else Cli.tr("发现问题"))]
    marks = {"error": Cli.tr("错误"), "warning": Cli.tr("注意"), "info": Cli.tr("信息")}
    lines += [f"[{marks[p['level']]}] {p['message']}" for p in report["problems"] + report["info"]]
    emit(args, report, "\n".join(lines))
    return 0 if report["ok"] else 1


def cmd_backups(services: Services, args: argparse.Namespace) -> int:
    """List the database copies with their dates and note counts."""
    found = services.backups.list()
    lines = []
    for b in found:
        when = b.created.strftime("%Y-%m-%d %H:%M:%S") if b.created else Cli.tr("时间不详")
        state = (
            Cli.tr("%n 条笔记", None, b.notes) if b.ok else Cli.tr("不可用：{0}").format(b.problem)
        )
        lines.append(f"{b.name}  {when}  {state}")
    emit(args, [b.to_json() for b in found], "\n".join(lines) or Cli.tr("（还没有备份）"))
    return 0


def cmd_restore_backup(services: Services, args: argparse.Namespace) -> int:
    """Replace the database with a copy, after setting the current one aside."""
    services.close()
    services.ctx.close()  # no connection of ours may be open while the file's content is replaced
    chosen, aside = services.backups.restore(args.name)
    data = {"restored": chosen.to_json(), "set_aside": aside.to_json() if aside else None}
    human = Cli.tr("已恢复 {0}（%n 条笔记）。", None, chosen.notes or 0).format(chosen.name)
    if aside is not None:
        human += Cli.tr("恢复前的数据库留存为 backups/{0}").format(aside.name)
    emit(args, data, human)
    return 0
