"""annotate, notes, tags."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from hzreader.cli import add_json, emit
from hzreader.core.annotation import Annotation
from hzreader.core.errors import BadInputError
from hzreader.i18n import Cli, Errors

if TYPE_CHECKING:
    from hzreader.services.composition import Services


def register(sub: argparse._SubParsersAction) -> None:
    """Add the annotating commands."""
    p = sub.add_parser("annotate", help=Cli.tr("在节点（或其中一段文字）上做标注和笔记"))
    p.add_argument("key", help=Cli.tr("节点键，例如 m9 或 m9.s2"))
    p.add_argument("--doc", help=Cli.tr("文档 ID（默认：内置计划）"))
    p.add_argument("--quote", help=Cli.tr("节点中要标注的那段文字（默认：整个节点）"))
    group = p.add_mutually_exclusive_group()
    group.add_argument("--note", help=Cli.tr("笔记（Markdown）"))
    group.add_argument("--note-file", help=Cli.tr("从文件读取笔记（- 表示标准输入）"))
    p.add_argument("--tag", action="append", default=[], help=Cli.tr("标签，可重复，如 部门/发改"))
    p.add_argument("--color", help=Cli.tr("yellow red green blue purple 或 黄 红 绿 蓝 紫"))
    add_json(p)
    p.set_defaults(handler=cmd_annotate)
    p = sub.add_parser("notes", help=Cli.tr("列出笔记"))
    p.add_argument("--tag", help=Cli.tr("只列出带这个标签（含其下级）的笔记"))
    p.add_argument("--doc", help=Cli.tr("只列出这个文档的笔记"))
    add_json(p)
    p.set_defaults(handler=cmd_notes)
    p = sub.add_parser("tags", help=Cli.tr("列出标签及其使用次数"))
    add_json(p)
    p.set_defaults(handler=cmd_tags)


def _read_note(args: argparse.Namespace) -> str:
    if args.note_file is None:
        return args.note or ""
    try:
        if args.note_file == "-":
            data = sys.stdin.buffer.read()
        else:
            data = Path(args.note_file).read_bytes()
    except OSError as exc:
        raise BadInputError(
            Errors.tr("无法读取笔记文件 {0}：{1}").format(args.note_file, exc.strerror)
        ) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInputError(Errors.tr("笔记文件不是 UTF-8 文本")) from exc


def _line(a: Annotation) -> str:
    tags = " ".join(f"#{t}" for t in a.tags)
    first = a.note.strip().splitlines()[0] if a.note.strip() else ""
    return f"{a.id[:8]}  {a.key:<8} [{a.color}] 「{a.quote[:30]}」 {first[:40]} {tags}".rstrip()


def cmd_annotate(services: Services, args: argparse.Namespace) -> int:
    """Create an annotation."""
    note = _read_note(args)
    service = services.annotations
    a = service.create(
        args.key, doc_id=args.doc, quote=args.quote, note=note, tags=args.tag, color=args.color
    )
    emit(args, a.to_json(), Cli.tr("已标注 {0}\n{1}").format(a.id, a.citation))
    return 0


def cmd_notes(services: Services, args: argparse.Namespace) -> int:
    """List annotations in plan order."""
    found = services.annotations.list(doc_id=args.doc, tag=args.tag)
    human = "\n".join(_line(a) for a in found) or Cli.tr("（没有笔记）")
    emit(args, [a.to_json() for a in found], human)
    return 0


def cmd_tags(services: Services, args: argparse.Namespace) -> int:
    """List tags with their use counts."""
    tags = services.annotations.tags()
    data = [{"name": t.name, "color": t.color, "count": t.count} for t in tags]
    emit(args, data, "\n".join(f"{t.count:>5}  {t.name}" for t in tags) or Cli.tr("（没有标签）"))
    return 0
