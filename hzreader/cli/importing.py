"""import."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from hzreader.cli import add_json, emit
from hzreader.services.importing import node_count

if TYPE_CHECKING:
    from hzreader.services.composition import Services


def register(sub: argparse._SubParsersAction) -> None:
    """Add the import command."""
    p = sub.add_parser("import", help="导入文档（.txt、.md、.docx）")
    p.add_argument("file", help="要导入的文件：.txt（UTF-8/GBK/GB18030/UTF-16）、.md 或 .docx")
    p.add_argument("--title", help="文档标题（默认：从正文第一行识别）")
    p.add_argument("--encoding", help="文字编码（默认：自动识别），例如 gbk、utf-8、utf-16")
    p.add_argument("--version-of", help="这个文件是文档 ID 的新版本：逐条比较，笔记随新版")
    add_json(p)
    p.set_defaults(handler=cmd_import)


def cmd_import(services: Services, args: argparse.Namespace) -> int:
    """Import one file into the library."""
    if getattr(args, "version_of", None):
        from hzreader.cli.editions import cmd_import_version

        return cmd_import_version(services, args)
    service = services.imports
    preview = service.preview(args.file, encoding=args.encoding, title=args.title)
    doc = service.commit(preview)
    count = node_count(doc)
    data = {
        "id": doc.id,
        "title": doc.title,
        "nodes": count,
        "kind": doc.kind,
        "encoding": preview.encoding,
        "warnings": preview.warnings,
    }
    if not getattr(args, "json", False):
        for warning in preview.warnings:
            sys.stderr.write(f"hzreader: 提示：{warning}\n")
    emit(args, data, f"已导入《{doc.title}》：ID {doc.id}，{count} 个节点，编码 {preview.encoding}")
    return 0
