"""compare, and import --version-of: editions of a document."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from hzreader.cli import add_json, emit
from hzreader.core.errors import BadInputError
from hzreader.i18n import QT_TRANSLATE_NOOP, Cli, Errors, translate
from hzreader.services.importing import node_count

if TYPE_CHECKING:
    from hzreader.services.composition import Services

_SIGN = {"same": "=", "moved": "→", "changed": "~", "added": "+", "removed": "-"}
_WORD = {
    "moved": QT_TRANSLATE_NOOP("Cli", "调整编号"),
    "changed": QT_TRANSLATE_NOOP("Cli", "修改"),
    "added": QT_TRANSLATE_NOOP("Cli", "新增"),
    "removed": QT_TRANSLATE_NOOP("Cli", "删除"),
}


def register(sub: argparse._SubParsersAction) -> None:
    """Add the compare command."""
    p = sub.add_parser("compare", help=Cli.tr("逐条比较两个版本（旧版 新版）"))
    p.add_argument("old", help=Cli.tr("旧版文档 ID"))
    p.add_argument("new", help=Cli.tr("新版文档 ID"))
    p.add_argument("--format", choices=("md", "docx"), help=Cli.tr("把修订对照表写成文件"))
    p.add_argument("-o", "--output", help=Cli.tr("输出文件（与 --format 一起用）"))
    add_json(p)
    p.set_defaults(handler=cmd_compare)


def cmd_compare(services: Services, args: argparse.Namespace) -> int:
    """Print (or write) the comparison of two editions."""
    if bool(args.format) != bool(args.output):
        raise BadInputError(Errors.tr("--format 和 -o 要一起给出（或都不给，直接输出）"))
    service = services.editions
    if args.format:
        count = service.export_comparison(args.old, args.new, args.format, args.output)
        emit(
            args,
            {"path": args.output, "count": count},
            Cli.tr("已写出修订对照表 {0}（%n 处）", None, count).format(args.output),
        )
        return 0
    cmp = service.compare(args.old, args.new)
    data = cmp.to_json()
    data["targets"] = [
        t.to_json() for t in service.target_changes(args.old, args.new) if t.status != "same"
    ]
    s = cmp.summary()
    lines = [
        Cli.tr("新增 {0} · 删除 {1} · 修改 {2} · 调整编号 {3}").format(
            s["added"], s["removed"], s["changed"], s["moved"]
        )
    ]
    for c in cmp.changes:
        if c.status == "same":
            continue
        keys = f"{c.old or ''} → {c.new or ''}".strip()
        if c.kind == "sentence" and c.status == "moved":
            word = Cli.tr("句子移动")
        else:
            word = translate("Cli", _WORD[c.status])
        lines.append(f"{_SIGN[c.status]} {word}\t{c.kind}\t{keys}\t{c.title or ''}")
    for t in data["targets"]:
        lines.append(
            Cli.tr("指标 {0}：{1} → {2}{3}").format(
                t["name"], t["old_value"], t["new_value"], t["unit"]
            )
        )
    emit(args, data, "\n".join(lines))
    return 0


def cmd_import_version(services: Services, args: argparse.Namespace) -> int:
    """`import FILE --version-of ID`: the file as the new edition of ID, notes carried."""
    result = services.editions.import_version(
        args.file, args.version_of, title=args.title, encoding=args.encoding
    )
    doc = result.document
    data = {
        "id": doc.id,
        "title": doc.title,
        "nodes": node_count(doc),
        "kind": doc.kind,
        "existing": result.existing,
        "previous": result.previous,
        "carried": result.carried,
        "review": result.review,
    }
    if result.comparison is not None:
        data["summary"] = result.comparison.summary()
    if result.existing:
        human = Cli.tr("《{0}》已在文库中（ID {1}），没有改动").format(doc.title, doc.id)
    else:
        human = Cli.tr(
            "已导入《{0}》作为 {1} 的新版本：ID {2}，笔记 {3} 条已随新版，{4} 条待复核（留在旧版）"
        ).format(doc.title, result.previous, doc.id, result.carried, result.review)
    emit(args, data, human)
    return 0
