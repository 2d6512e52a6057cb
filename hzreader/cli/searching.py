"""search, reindex."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from hzreader.cli import add_json, emit
from hzreader.core.errors import BadInputError
from hzreader.i18n import Cli, Errors

if TYPE_CHECKING:
    from hzreader.services.composition import Services


def register(sub: argparse._SubParsersAction) -> None:
    """Add the search commands."""
    p = sub.add_parser("search", help=Cli.tr("全文搜索正文和笔记"))
    p.add_argument("query", help=Cli.tr('查询，如 人才、住房 -租赁、tag:部门/发改、"共同富裕"'))
    p.add_argument("--doc", help=Cli.tr("只搜索这个文档"))
    p.add_argument("--limit", type=int, default=20, help=Cli.tr("最多几条（0 = 全部；默认 20）"))
    add_json(p)
    p.set_defaults(handler=cmd_search)
    p = sub.add_parser("reindex", help=Cli.tr("从数据库重建搜索索引"))
    add_json(p)
    p.set_defaults(handler=cmd_reindex)


def cmd_search(services: Services, args: argparse.Namespace) -> int:
    """Search the library and the notes."""
    if args.limit < 0:
        raise BadInputError(Errors.tr("--limit 不能是负数（0 表示全部）"))
    result = services.search.search(args.query, doc=args.doc, limit=args.limit or None)
    if result.notice and not args.json:
        sys.stderr.write(f"hzreader: {result.notice}\n")
    lines = [Cli.tr("共 %n 处", None, result.total)]
    for hit in result.hits:
        where = Cli.tr("笔记") if hit.kind == "note" else Cli.tr("正文")
        lines.append(f"{hit.doc}:{hit.key}\t[{where}] {hit.title[:24]}\n    {hit.snippet}")
    emit(args, result.to_json(), "\n".join(lines))
    return 0


def cmd_reindex(services: Services, args: argparse.Namespace) -> int:
    """Rebuild the search index."""
    documents, seconds = services.search.rebuild()
    data = {"documents": documents, "seconds": round(seconds, 3)}
    emit(
        args,
        data,
        Cli.tr("已重建搜索索引：%n 个文档，{0} 秒", None, documents).format(f"{seconds:.1f}"),
    )
    return 0
