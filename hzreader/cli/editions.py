"""compare, and import --version-of: editions of a document."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from hzreader.cli import add_json, emit
from hzreader.core.errors import BadInputError
from hzreader.services.importing import node_count

if TYPE_CHECKING:
    from hzreader.services.composition import Services

_SIGN = {"same": "=", "moved": "→", "changed": "~", "added": "+", "removed": "-"}
_WORD = {"moved": "调整编号", "changed": "修改", "added": "新增", "removed": "删除"}


def register(sub: argparse._SubParsersAction) -> None:
    """Add the compare command."""
    p = sub.add_parser("compare", help="逐条比较两个版本（旧版 新版）")
    p.add_argument("old", help="旧版文档 ID")
    p.add_argument("new", help="新版文档 ID")
    p.add_argument("--format", choices=("md", "docx"), help="把修订对照表写成文件")
    p.add_argument("-o", "--output", help="输出文件（与 --format 一起用）")
    add_json(p)
    p.set_defaults(handler=cmd_compare)


def cmd_compare(services: Services, args: argparse.Namespace) -> int:
    """Print (or write) the comparison of two editions."""
    if bool(args.format) != bool(args.output):
        raise BadInputError("--format 和 -o 要一起给出（或都不给，直接输出）")
    service = services.editions
    if args.format:
        count = service.export_comparison(args.old, args.new, args.format, args.output)
        emit(
            args,
            {"path": args.output, "count": count},
            f"已写出修订对照表 {args.output}（{count} 处）",
        )
        return 0
    cmp = service.compare(args.old, args.new)
    data = cmp.to_json()
    data["targets"] = [
        t.to_json() for t in service.target_changes(args.old, args.new) if t.status != "same"
    ]
    s = cmp.summary()
    lines = [
        f"新增 {s['added']} · 删除 {s['removed']} · 修改 {s['changed']} · 调整编号 {s['moved']}"
    ]
    for c in cmp.changes:
        if c.status == "same":
            continue
        keys = f"{c.old or ''} → {c.new or ''}".strip()
        word = "句子移动" if c.kind == "sentence" and c.status == "moved" else _WORD[c.status]
        lines.append(f"{_SIGN[c.status]} {word}\t{c.kind}\t{keys}\t{c.title or ''}")
    for t in data["targets"]:
        lines.append(f"指标 {t['name']}：{t['old_value']} → {t['new_value']}{t['unit']}")
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
        human = f"《{doc.title}》已在文库中（ID {doc.id}），没有改动"
    else:
        human = (
            f"已导入《{doc.title}》作为 {result.previous} 的新版本：ID {doc.id}，"
            f"笔记 {result.carried} 条已随新版，{result.review} 条待复核（留在旧版）"
        )
    emit(args, data, human)
    return 0
