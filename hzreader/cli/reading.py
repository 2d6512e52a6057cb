"""docs, outline, show."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from hzreader.cli import add_json, emit
from hzreader.core.model import Node
from hzreader.i18n import Cli

if TYPE_CHECKING:
    from hzreader.services.composition import Services


def register(sub: argparse._SubParsersAction) -> None:
    """Add the reading commands."""
    p = sub.add_parser("docs", help=Cli.tr("列出文库中的文档"))
    add_json(p)
    p.set_defaults(handler=cmd_docs)
    p = sub.add_parser("outline", help=Cli.tr("文档结构，直到句子"))
    p.add_argument("--doc", help=Cli.tr("文档 ID（默认：内置计划）"))
    add_json(p)
    p.set_defaults(handler=cmd_outline)
    p = sub.add_parser("show", help=Cli.tr("一个节点的文本"))
    p.add_argument("key", help=Cli.tr("节点键，例如 m9 或 m9.s2"))
    p.add_argument("--doc", help=Cli.tr("文档 ID（默认：内置计划）"))
    add_json(p)
    p.set_defaults(handler=cmd_show)


def cmd_docs(services: Services, args: argparse.Namespace) -> int:
    """List the documents."""
    docs = services.library.documents()
    # An old edition names the one that replaced it; current documents keep the first shape.
    data = [
        {"id": d.id, "title": d.title, "kind": d.kind}
        | ({"superseded_by": d.superseded_by} if d.superseded_by else {})
        for d in docs
    ]
    emit(
        args,
        data,
        "\n".join(
            f"{d.id}\t{d.kind}\t{d.title}"
            + ("\t" + Cli.tr("旧版（新版 {0}）").format(d.superseded_by) if d.superseded_by else "")
            for d in docs
        ),
    )
    return 0


def _outline_lines(nodes: list[Node], depth: int = 0) -> list[str]:
    lines: list[str] = []
    for node in nodes:
        if node.kind == "sentence":
            continue
        label = node.title or node.text[:40]
        lines.append(f"{'  ' * depth}{node.key}\t{node.marker}{label}")
        lines.extend(_outline_lines(node.children, depth + 1))
    return lines


def cmd_outline(services: Services, args: argparse.Namespace) -> int:
    """Print a document's structure."""
    doc = services.library.document(args.doc)
    data = {"doc": doc.id, "title": doc.title, "nodes": [n.to_json() for n in doc.nodes]}
    emit(args, data, "\n".join([Cli.tr("《{0}》").format(doc.title), *_outline_lines(doc.nodes)]))
    return 0


def cmd_show(services: Services, args: argparse.Namespace) -> int:
    """Print one node's text and citation."""
    node = services.library.node(args.key, args.doc)
    data = {
        "key": node.key,
        "kind": node.kind,
        "number": node.number,
        "title": node.title,
        "text": node.text,
        "citation": node.citation,
    }
    emit(args, data, f"{node.marker}{node.text}\n—— {node.citation}")
    return 0
