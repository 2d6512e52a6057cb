"""Annotations as plain data: highlight colours, tags, the ANNOTATION shape of CLI.md."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from hzreader.core.errors import BadInputError
from hzreader.core.limits import MAX_NOTE_CHARS, MAX_TAG_CHARS
from hzreader.i18n import Errors

COLOR_NAMES = ("yellow", "red", "green", "blue", "purple")
_CHINESE = {"黄": "yellow", "红": "red", "绿": "green", "蓝": "blue", "紫": "purple"}
_ALIASES = {"黄色": "yellow", "红色": "red", "绿色": "green", "蓝色": "blue", "紫色": "purple"}


def normalize_color(value: str | None) -> str:
    """The English colour name for yellow/黄/黄色…; BadInputError for anything else."""
    if value is None or value == "":
        return "yellow"
    name = value.strip().lower()
    name = _CHINESE.get(name, _ALIASES.get(name, name))
    if name not in COLOR_NAMES:
        choices = "、".join(f"{e}/{c}" for c, e in _CHINESE.items())
        raise BadInputError(Errors.tr("未知颜色“{0}”，可用：{1}").format(value, choices))
    return name


def normalize_tag(value: str) -> str:
    """A tag name with clean white space and `/` levels (调研 / 萧山 → 调研/萧山)."""
    parts = [" ".join(p.split()) for p in value.replace("／", "/").split("/")]
    parts = [p for p in parts if p]
    name = "/".join(parts)
    if not name:
        raise BadInputError(Errors.tr("标签不能为空"))
    if len(name) > MAX_TAG_CHARS:
        raise BadInputError(Errors.tr("标签太长（最多 {0} 个字符）").format(MAX_TAG_CHARS))
    return name


def tag_matches(tag: str, wanted: str) -> bool:
    """True when `tag` is `wanted` or below it in the hierarchy (部门 matches 部门/发改)."""
    return tag == wanted or tag.startswith(wanted + "/")


def with_parents(names: Iterable[str]) -> list[str]:
    """Every tag and every level above it (调研/萧山 gives 调研 too), sorted."""
    out: set[str] = set()
    for name in names:
        parts = name.split("/")
        out.update("/".join(parts[: i + 1]) for i in range(len(parts)))
    return sorted(out)


def check_note(note: str) -> str:
    """The note text, or BadInputError when it is too large or not text."""
    if len(note) > MAX_NOTE_CHARS:
        raise BadInputError(
            Errors.tr("笔记太长（最多 {0} 百万字符）").format(MAX_NOTE_CHARS // 1_000_000)
        )
    if "\x00" in note:
        raise BadInputError(Errors.tr("笔记中含有无法保存的空字符"))
    return note


@dataclass
class Annotation:
    """A highlight, optionally with a note and tags, anchored to a span of one node."""

    id: str
    doc: str
    key: str
    quote: str
    note: str = ""
    tags: list[str] = field(default_factory=list)
    color: str = "yellow"
    created: str = ""
    updated: str = ""
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    needs_review: bool = False
    deleted: str | None = None
    citation: str = ""
    order: int = 0

    def to_json(self) -> dict:
        """The ANNOTATION shape of CLI.md, plus selectors and state."""
        return {
            "id": self.id,
            "doc": self.doc,
            "key": self.key,
            "quote": self.quote,
            "note": self.note,
            "tags": list(self.tags),
            "color": self.color,
            "created": self.created,
            "updated": self.updated,
            "citation": self.citation,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "start": self.start,
            "end": self.end,
            "needs_review": self.needs_review,
            "deleted": self.deleted,
        }
