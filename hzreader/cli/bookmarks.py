"""bookmark, bookmarks, unbookmark, progress: bookmarks and the study map."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from hzreader.cli import add_json, emit
from hzreader.core.bookmark import Bookmark
from hzreader.i18n import Cli

if TYPE_CHECKING:
    from hzreader.services.composition import Services


def register(sub: argparse._SubParsersAction) -> None:
    """Add the bookmark and study-map commands."""
    p = sub.add_parser("bookmark", help=Cli.tr("给一个条款加书签"))
    p.add_argument("key", help=Cli.tr("节点键，例如 m9 或 m9.s2"))
    p.add_argument("--doc", help=Cli.tr("文档 ID（默认：内置计划）"))
    add_json(p)
    p.set_defaults(handler=cmd_bookmark)
    p = sub.add_parser("bookmarks", help=Cli.tr("列出全部书签"))
    p.add_argument("--doc", help=Cli.tr("只列出这个文档的书签"))
    add_json(p)
    p.set_defaults(handler=cmd_bookmarks)
    p = sub.add_parser("unbookmark", help=Cli.tr("删除一个条款的书签"))
    p.add_argument("key", help=Cli.tr("节点键"))
    p.add_argument("--doc", help=Cli.tr("文档 ID（默认：内置计划）"))
    add_json(p)
    p.set_defaults(handler=cmd_unbookmark)
    p = sub.add_parser("progress", help=Cli.tr("学习进度：一个文档已读和已批注的条款，按章"))
    p.add_argument("--doc", help=Cli.tr("文档 ID（默认：内置计划）"))
    add_json(p)
    p.set_defaults(handler=cmd_progress)


def _line(b: Bookmark) -> str:
    name = f"  {b.name}" if b.name else ""
    where = b.citation or Cli.tr("（原文中已找不到的条款）")
    return f"{b.doc}\t{b.key}\t{where}{name}"


def cmd_bookmark(services: Services, args: argparse.Namespace) -> int:
    """Bookmark a clause (one that has a bookmark keeps it)."""
    mark = services.bookmarks.add(args.key, args.doc)
    emit(args, mark.to_json(), Cli.tr("已加书签：{0}").format(mark.citation or mark.key))
    return 0


def cmd_bookmarks(services: Services, args: argparse.Namespace) -> int:
    """List the bookmarks."""
    found = services.bookmarks.list(args.doc)
    human = "\n".join(_line(b) for b in found) or Cli.tr("（还没有书签）")
    emit(args, [b.to_json() for b in found], human)
    return 0


def cmd_unbookmark(services: Services, args: argparse.Namespace) -> int:
    """Delete the bookmark of a clause."""
    gone = services.bookmarks.remove_key(args.key, args.doc)
    emit(args, gone.to_json(), Cli.tr("已删除书签：{0}").format(gone.citation or gone.key))
    return 0


def cmd_progress(services: Services, args: argparse.Namespace) -> int:
    """How much of a document has been read and annotated, chapter by chapter."""
    found = services.study.map(args.doc)
    lines = [
        Cli.tr("已读 {0}%（{1}/{2} 条），已批注 {3} 条").format(
            found.percent, found.read, found.total, found.annotated
        )
    ]
    for c in found.chapters:
        lines.append(
            Cli.tr("{0}\t{1}/{2}\t批注 {3}\t{4}").format(
                c.key, c.read, c.total, c.annotated, c.title
            )
        )
    emit(args, found.to_json(), "\n".join(lines))
    return 0
