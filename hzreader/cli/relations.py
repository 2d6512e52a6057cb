"""related and align: documents in relation."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from hzreader.cli import add_json, emit
from hzreader.core.errors import BadInputError
from hzreader.core.matching import DEFAULT_LIMIT
from hzreader.i18n import Cli, Errors
from hzreader.services.relations import short_citation

if TYPE_CHECKING:
    from hzreader.services.composition import Services


def register(sub: argparse._SubParsersAction) -> None:
    """Add the related and align commands."""
    p = sub.add_parser("related", help=Cli.tr("其他文档中与一个条款最相关的条款"))
    p.add_argument("key", help=Cli.tr("节点键，例如 m9"))
    p.add_argument("--doc", help=Cli.tr("节点所在文档 ID（默认：内置计划）"))
    p.add_argument(
        "--in", dest="in_doc", help=Cli.tr("只在这个文档中找（默认：文库中其他所有文档）")
    )
    p.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        help=Cli.tr("最多几条（默认 {0}，0 = 全部）").format(DEFAULT_LIMIT),
    )
    add_json(p)
    p.set_defaults(handler=cmd_related)
    p = sub.add_parser("align", help=Cli.tr("对照表：A 的每个编号条款及其在 B 中的对应条款"))
    p.add_argument("a", help=Cli.tr("文档 A 的 ID（逐条列出）"))
    p.add_argument("b", help=Cli.tr("文档 B 的 ID（在其中找对应条款）"))
    p.add_argument("--format", choices=("md", "docx", "csv", "xlsx"), help=Cli.tr("写成文件的格式"))
    p.add_argument("-o", "--output", help=Cli.tr("输出文件（与 --format 一起用）"))
    add_json(p)
    p.set_defaults(handler=cmd_align)


def cmd_related(services: Services, args: argparse.Namespace) -> int:
    """Print the nodes related to one node."""
    service = services.relations
    result = service.related(args.key, doc_id=args.doc, in_doc=args.in_doc, limit=args.limit)
    lines = []
    for m in result.matches:
        phrases = Cli.tr("、").join(e.phrase for e in m.evidence[:3])
        lines.append(f"{m.score:.2f}\t{m.unit.doc}\t{m.unit.key}\t{m.unit.citation}\t{phrases}")
    human = "\n".join(lines) if lines else Cli.tr("没有找到相关条款")
    emit(args, result.to_json(), human)
    return 0


def cmd_align(services: Services, args: argparse.Namespace) -> int:
    """Print (or write) the 对照表 of two documents."""
    if bool(args.format) != bool(args.output):
        raise BadInputError(Errors.tr("--format 和 -o 要一起给出（或都不给，直接输出）"))
    service = services.relations
    if args.format:
        path, count = service.export_alignment(args.a, args.b, args.format, args.output)
        emit(
            args,
            {"path": str(path), "count": count},
            Cli.tr("已写出对照表 {0}（%n 条）", None, count).format(path),
        )
        return 0
    alignment = service.align(args.a, args.b)
    lines = [Cli.tr("《{0}》 ↔ 《{1}》").format(alignment.a.title, alignment.b.title)]
    for row in alignment.rows:
        left = short_citation(row.unit.citation, alignment.a.title)
        if row.matches:
            best = row.matches[0]
            right = short_citation(best.unit.citation, alignment.b.title)
            lines.append(f"{row.unit.key}\t{left}\t→ {best.unit.key}\t{right}\t{best.score:.2f}")
        else:
            lines.append(f"{row.unit.key}\t{left}\t→ " + Cli.tr("（无对应条款）"))
    emit(args, alignment.to_json(), "\n".join(lines))
    return 0
