"""import."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from hzreader.cli import add_json, emit
from hzreader.i18n import Cli
from hzreader.services.importing import node_count

if TYPE_CHECKING:
    from hzreader.services.composition import Services


def register(sub: argparse._SubParsersAction) -> None:
    """Add the import command."""
    p = sub.add_parser("import", help=Cli.tr("导入文档（.txt、.md、.docx）"))
    p.add_argument(
        "file", help=Cli.tr("要导入的文件：.txt（UTF-8/GBK/GB18030/UTF-16）、.md 或 .docx")
    )
    p.add_argument("--title", help=Cli.tr("文档标题（默认：从正文第一行识别）"))
    p.add_argument("--encoding", help=Cli.tr("文字编码（默认：自动识别），例如 gbk、utf-8、utf-16"))
    p.add_argument("--version-of", help=Cli.tr("这个文件是文档 ID 的新版本：逐条比较，笔记随新版"))
    p.add_argument(
        "--keep-all",
        action="store_true",
        help=Cli.tr("保留全部文字：不去掉网页的导航、发布信息、页脚等框架"),
    )
    add_json(p)
    p.set_defaults(handler=cmd_import)


def cmd_import(services: Services, args: argparse.Namespace) -> int:
    """Import one file into the library; a text already there is shown, not added again."""
    if getattr(args, "version_of", None):
        from hzreader.cli.editions import cmd_import_version

        return cmd_import_version(services, args)
    result = services.imports.add(
        args.file, encoding=args.encoding, title=args.title, keep_all=args.keep_all
    )
    doc, preview = result.document, result.preview
    count = node_count(doc)
    data = {
        "id": doc.id,
        "title": doc.title,
        "nodes": count,
        "existing": result.existing,
        # Keys of an edition import (--version-of): a plain import replaces nothing.
        "previous": None,
        "carried": 0,
        "review": 0,
        "kind": doc.kind,
        "encoding": preview.encoding,
        "keep_all": doc.keep_all,
        "warnings": preview.warnings,
        "dropped": [
            {"line": d.line, "text": d.text, "reason": d.reason, "label": d.label}
            for d in preview.dropped
        ],
    }
    if result.existing:
        text = Cli.tr("《{0}》已在文库中（ID {1}），内容相同，没有重复导入").format(
            doc.title, doc.id
        )
    else:
        text = Cli.tr("已导入《{0}》：ID {1}，%n 个节点，编码 {2}", None, count).format(
            doc.title, doc.id, preview.encoding
        )
        if not getattr(args, "json", False):
            for warning in preview.warnings:
                sys.stderr.write("hzreader: " + Cli.tr("提示：{0}").format(warning) + "\n")
            if preview.dropped:
                hint = Cli.tr(
                    "提示：如需保留这些行，在文库中删除本文档后用 import --keep-all 重新导入"
                )
                sys.stderr.write(f"hzreader: {hint}\n")
    emit(args, data, text)
    return 0
