"""The JSON backup format (hzreader-backup, version 1): writing it, and reading it back
only after every field of the whole file has been checked."""

from __future__ import annotations

import hashlib
import json
import math
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from hzreader.core import preferences as prefs
from hzreader.core.annotation import COLOR_NAMES, MAX_NOTE_CHARS, Annotation, normalize_tag
from hzreader.core.bookmark import MAX_NAME_CHARS, Bookmark, normalize_name
from hzreader.core.errors import BadInputError, KnownError
from hzreader.core.limits import BACKUP_MAX_BYTES, BACKUP_MAX_DEPTH
from hzreader.core.tasks import (
    Task,
    check_remark,
    lead_and_partners,
    normalize_status,
    normalize_unit,
    parse_due,
)
from hzreader.i18n import LANGUAGES, Errors

FORMAT = "hzreader-backup"
LANGUAGE_SETTING = "ui.language"  # the window's language, kept in a file of the data dir
VERSION = 1
MAX_BYTES = BACKUP_MAX_BYTES
MAX_DEPTH = BACKUP_MAX_DEPTH
# Unrolled so that an unterminated string cannot make the regex backtrack exponentially.
_STRINGS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
_PAIRS = re.compile(r"\[\]|\{\}")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_HEX_COLOR = re.compile(r"^#[0-9a-fA-F]{3,8}$")


@dataclass
class BackupDocument:
    """A document as the backup knows it; its text only when it was imported."""

    id: str
    title: str
    kind: str
    content_hash: str
    bundled: bool
    source_text: str | None = None
    source_name: str = ""
    keep_all: bool = False


@dataclass
class Backup:
    """A whole validated backup file."""

    created: str
    documents: list[BackupDocument] = field(default_factory=list)
    tags: list[tuple[str, str | None]] = field(default_factory=list)
    colors: list[tuple[str, str, str]] = field(default_factory=list)
    annotations: list[tuple[Annotation, str]] = field(default_factory=list)
    actuals: list[dict] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    bookmarks: list[Bookmark] = field(default_factory=list)
    read_marks: list[tuple[str, str, str]] = field(default_factory=list)  # doc, key, when
    settings: dict[str, Any] = field(default_factory=dict)


def dump(data: dict) -> bytes:
    """The file's bytes: UTF-8 JSON, one annotation per line (diffable, readable)."""
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


_FILE = "文件"  # the whole file, as the place of an error


class _Invalid(BadInputError):
    """The file is not a valid backup (exit 2)."""


def _bad(where: str, what: str) -> _Invalid:
    if where == _FILE:
        where = Errors.tr("文件")  # the place of a check of the whole file
    return _Invalid(Errors.tr("备份文件无效：{0} {1}。没有做任何改动").format(where, what))


def _check_depth(text: str) -> None:
    # Brackets only, strings removed; each pass deletes the innermost pairs, so a file nested
    # deeper than MAX_DEPTH is still changing after MAX_DEPTH passes.
    brackets = _NOT_BRACKETS.sub("", _STRINGS.sub("", text))
    for _ in range(MAX_DEPTH):
        reduced = _PAIRS.sub("", brackets)
        if reduced == brackets:
            return  # empty, or unbalanced: json.loads reports the latter
        brackets = reduced
    if _PAIRS.search(brackets):
        raise _bad(Errors.tr("文件"), Errors.tr("嵌套超过 {0} 层").format(MAX_DEPTH))


def _reject_constant(name: str) -> Any:
    raise _bad(Errors.tr("文件"), Errors.tr("含有 JSON 不允许的数值 {0}").format(name))


def load_json(data: bytes) -> Any:
    """The decoded JSON of a file's bytes, checked for size, encoding, depth and bad text."""
    if len(data) > MAX_BYTES:
        raise _bad(
            Errors.tr("文件"),
            Errors.tr("太大（{0} MB，上限 {1} MB）").format(
                len(data) // 1_000_000, MAX_BYTES // 1_000_000
            ),
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _bad(
            Errors.tr("文件"), Errors.tr("不是 UTF-8 文本（第 {0} 字节）").format(exc.start)
        ) from exc
    _check_depth(text)
    try:
        raw = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise _bad(
            Errors.tr("文件"),
            Errors.tr("不是完整的 JSON（第 {0} 行第 {1} 列：{2}），可能被截断").format(
                exc.lineno, exc.colno, exc.msg
            ),
        ) from exc
    except RecursionError as exc:
        raise _bad(Errors.tr("文件"), Errors.tr("嵌套太深")) from exc
    _check_unicode(raw)
    return raw


def from_json(raw: Any) -> Backup:
    """Check decoded JSON field by field as a backup; BadInputError says what and where."""
    return _Validator().backup(raw)


def parse(data: bytes) -> Backup:
    """Check a backup file's bytes completely; BadInputError says what is wrong and where."""
    return from_json(load_json(data))


def read_bytes(path: Path) -> bytes:
    """A backup file's bytes (size first, so a huge file is never loaded)."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise BadInputError(Errors.tr("{0} 是一个文件夹，请给出备份文件").format(path))
        if size > MAX_BYTES:
            raise _bad(
                Errors.tr("文件"),
                Errors.tr("太大（{0} MB，上限 {1} MB）").format(
                    size // 1_000_000, MAX_BYTES // 1_000_000
                ),
            )
        return path.read_bytes()
    except KnownError:
        raise
    except FileNotFoundError as exc:
        raise BadInputError(Errors.tr("找不到备份文件 {0}").format(path)) from exc
    except OSError as exc:
        raise BadInputError(
            Errors.tr("无法读取备份文件 {0}：{1}").format(path, exc.strerror or exc)
        ) from exc


def read(path: Path) -> Backup:
    """Read and check a backup file."""
    return parse(read_bytes(path))


def _check_unicode(value: Any) -> None:
    """Every string must be encodable: JSON's \\ud800 escapes give lone surrogates."""
    stack = [(value, _FILE)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise _bad(
                    where, Errors.tr("含有不成对的代理字符（如 \\ud800），文本已损坏")
                ) from exc
        elif isinstance(item, dict):
            for k, v in item.items():
                stack.append((k, where))
                stack.append((v, f"{where}.{k}" if where != _FILE else k))
        elif isinstance(item, list):
            stack.extend((v, f"{where}[{i}]") for i, v in enumerate(item))


def _iso(value: Any, where: str, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise _bad(where, Errors.tr("应为日期时间文本"))
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise _bad(where, Errors.tr("不是日期时间：{0}").format(value[:40])) from exc
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone().replace(tzinfo=None)
    return parsed.isoformat(timespec="seconds")


class _Validator:
    """Field-by-field checks of the decoded JSON, with the place of each error."""

    def text(
        self,
        obj: dict,
        name: str,
        where: str,
        *,
        limit: int = 10_000,
        empty: bool = True,
        optional: bool = False,
        default: str = "",
    ) -> str:
        value = obj.get(name, None if not optional else default)
        if not isinstance(value, str):
            raise _bad(f"{where}.{name}", Errors.tr("应为文本"))
        if len(value) > limit:
            raise _bad(f"{where}.{name}", Errors.tr("太长（上限 {0} 字符）").format(limit))
        if not empty and not value.strip():
            raise _bad(f"{where}.{name}", Errors.tr("不能为空"))
        if "\x00" in value:
            raise _bad(f"{where}.{name}", Errors.tr("含有空字符"))
        return value

    def int_or_none(self, obj: dict, name: str, where: str) -> int | None:
        value = obj.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**31:
            raise _bad(f"{where}.{name}", Errors.tr("应为非负整数或 null"))
        return value

    def items(self, obj: dict, name: str, *, optional: bool = False) -> list:
        value = obj.get(name, [] if optional else None)
        if not isinstance(value, list):
            raise _bad(name, Errors.tr("应为列表"))
        return value

    def backup(self, raw: Any) -> Backup:
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise _Invalid(
                Errors.tr('这不是 hzreader 的备份文件（缺少 "format": "hzreader-backup"）')
            )
        version = raw.get("version")
        if isinstance(version, bool) or not isinstance(version, int):
            raise _bad("version", Errors.tr("应为整数"))
        if version > VERSION:
            raise _Invalid(
                Errors.tr("这个备份来自更新版本的 hzreader（格式版本 {0}），请先升级").format(
                    version
                )
            )
        if version < 1:
            raise _bad("version", Errors.tr("不是已知的格式版本（{0}）").format(version))
        out = Backup(created=_iso(raw.get("created"), "created") or "")
        docs = [
            self.document(d, f"documents[{i}]") for i, d in enumerate(self.items(raw, "documents"))
        ]
        ids = [d.id for d in docs]
        if len(set(ids)) != len(ids):
            raise _bad("documents", Errors.tr("有重复的文档 id"))
        out.documents = docs
        out.tags = [self.tag(t, f"tags[{i}]") for i, t in enumerate(self.items(raw, "tags"))]
        out.colors = [
            self.color(c, f"colors[{i}]") for i, c in enumerate(self.items(raw, "colors"))
        ]
        known = set(ids)
        seen: set[str] = set()
        for i, a in enumerate(self.items(raw, "annotations")):
            item = self.annotation(a, f"annotations[{i}]", known)
            if item[0].id in seen:
                raise _bad(f"annotations[{i}].id", Errors.tr("与前面的笔记重复"))
            seen.add(item[0].id)
            out.annotations.append(item)
        actuals = self.items(raw, "target_actuals", optional=True)
        out.actuals = [self.actual(x, f"target_actuals[{i}]", known) for i, x in enumerate(actuals)]
        out.units = [
            self._checked(normalize_unit, u, f"units[{i}]")
            for i, u in enumerate(self.items(raw, "units", optional=True))
        ]
        seen = set()
        for i, t in enumerate(self.items(raw, "tasks", optional=True)):
            task = self.task(t, f"tasks[{i}]", known)
            if task.id in seen:
                raise _bad(f"tasks[{i}].id", Errors.tr("与前面的任务重复"))
            seen.add(task.id)
            out.tasks.append(task)
        seen = set()
        for i, b in enumerate(self.items(raw, "bookmarks", optional=True)):
            mark = self.bookmark(b, f"bookmarks[{i}]", known)
            if mark.id in seen:
                raise _bad(f"bookmarks[{i}].id", "与前面的书签重复")
            seen.add(mark.id)
            out.bookmarks.append(mark)
        out.read_marks = [
            self.read_mark(r, f"read[{i}]", known)
            for i, r in enumerate(self.items(raw, "read", optional=True))
        ]
        out.settings = self.settings(raw.get("settings", {}))
        return out

    @staticmethod
    def settings(raw: Any) -> dict[str, Any]:
        """The preferences (设置); keys this version does not know are left out."""
        if not isinstance(raw, dict):
            raise _bad("settings", "应为对象")
        out: dict[str, Any] = {}
        for key, value in raw.items():
            if key == LANGUAGE_SETTING:
                if value not in LANGUAGES:
                    raise _bad(f"settings.{key}", f"不是已知的语言（{'、'.join(LANGUAGES)}）")
                out[key] = value
            elif key in prefs.IN_BACKUP:
                good = prefs.checked(key, value)
                if good is None:
                    raise _bad(f"settings.{key}", "不是有效的设置值")
                out[key] = good
        return out

    def bookmark(self, b: Any, where: str, docs: set[str]) -> Bookmark:
        """One bookmark."""
        if not isinstance(b, dict):
            raise _bad(where, "应为对象")
        doc = self.text(b, "doc", where, limit=64, empty=False)
        if doc not in docs:
            raise _bad(f"{where}.doc", f"指向备份中没有的文档 {doc}")
        return Bookmark(
            id=self._uuid(b, where),
            doc=doc,
            key=self.text(b, "key", where, limit=128, empty=False),
            name=normalize_name(self.text(b, "name", where, limit=MAX_NAME_CHARS, optional=True)),
            created=_iso(b.get("created"), f"{where}.created") or "",
            updated=_iso(b.get("updated"), f"{where}.updated") or "",
        )

    def read_mark(self, r: Any, where: str, docs: set[str]) -> tuple[str, str, str]:
        """One clause of the study map: (doc, key, when it was read)."""
        if not isinstance(r, dict):
            raise _bad(where, "应为对象")
        doc = self.text(r, "doc", where, limit=64, empty=False)
        if doc not in docs:
            raise _bad(f"{where}.doc", f"指向备份中没有的文档 {doc}")
        key = self.text(r, "key", where, limit=128, empty=False)
        return doc, key, _iso(r.get("read"), f"{where}.read") or ""

    @staticmethod
    def _checked(check, value: Any, where: str):
        """A value passed through one of core's normalisers, its complaint placed."""
        if value is not None and not isinstance(value, str):
            raise _bad(where, Errors.tr("应为文本"))
        try:
            return check(value)
        except KnownError as exc:
            raise _bad(where, str(exc)) from exc

    def task(self, t: Any, where: str, docs: set[str]) -> Task:
        """One row of the 任务分解表."""
        if not isinstance(t, dict):
            raise _bad(where, Errors.tr("应为对象"))
        task_id = self._uuid(t, where)
        doc = self.text(t, "doc", where, limit=64, empty=False)
        if doc not in docs:
            raise _bad(f"{where}.doc", Errors.tr("指向备份中没有的文档 {0}").format(doc))
        partners = t.get("partners", [])
        if not isinstance(partners, list) or not all(isinstance(p, str) for p in partners):
            raise _bad(f"{where}.partners", Errors.tr("应为文本列表"))
        lead_text = self.text(t, "lead", where, limit=200, empty=False)
        try:
            lead, others = lead_and_partners(lead_text, partners)
        except KnownError as exc:
            raise _bad(f"{where}.lead", str(exc)) from exc
        return Task(
            id=task_id,
            doc=doc,
            key=self.text(t, "key", where, limit=128, empty=False),
            title=self.text(t, "task", where, limit=10_000, optional=True),
            lead=lead,
            partners=others,
            due=self._checked(parse_due, t.get("due"), f"{where}.due"),
            status=self._checked(normalize_status, t.get("status"), f"{where}.status"),
            note=self._checked(
                check_remark,
                self.text(t, "note", where, limit=MAX_NOTE_CHARS, optional=True),
                f"{where}.note",
            ),
            created=_iso(t.get("created"), f"{where}.created") or "",
            updated=_iso(t.get("updated"), f"{where}.updated") or "",
            deleted=_iso(t.get("deleted"), f"{where}.deleted", optional=True),
        )

    def _uuid(self, obj: dict, where: str) -> str:
        raw_id = self.text(obj, "id", where, limit=36, empty=False)
        try:
            canonical = str(uuid.UUID(raw_id))
        except ValueError as exc:
            raise _bad(f"{where}.id", Errors.tr("不是 UUID：{0}").format(raw_id)) from exc
        if canonical != raw_id.lower():
            raise _bad(f"{where}.id", Errors.tr("不是标准形式的 UUID：{0}").format(raw_id))
        return canonical

    def document(self, d: Any, where: str) -> BackupDocument:
        if not isinstance(d, dict):
            raise _bad(where, Errors.tr("应为对象"))
        doc_id = self.text(d, "id", where, limit=64, empty=False)
        digest = self.text(d, "content_hash", where, limit=64)
        if not _HEX64.match(digest):
            raise _bad(f"{where}.content_hash", Errors.tr("应为 64 位十六进制 SHA-256"))
        bundled = d.get("bundled", False)
        if not isinstance(bundled, bool):
            raise _bad(f"{where}.bundled", Errors.tr("应为 true 或 false"))
        keep_all = d.get("keep_all", False)
        if not isinstance(keep_all, bool):
            raise _bad(f"{where}.keep_all", Errors.tr("应为 true 或 false"))
        text = d.get("source_text")
        if text is not None:
            text = self.text(d, "source_text", where, limit=MAX_BYTES)
            if hashlib.sha256(text.encode("utf-8")).hexdigest() != digest:
                raise _bad(f"{where}.source_text", Errors.tr("与 content_hash 不符，文件已损坏"))
        return BackupDocument(
            id=doc_id,
            title=self.text(d, "title", where, limit=1000),
            kind=self.text(d, "kind", where, limit=32, empty=False),
            content_hash=digest,
            bundled=bundled,
            source_text=text,
            source_name=self.text(d, "source_name", where, limit=1000, optional=True),
            keep_all=keep_all,
        )

    def tag(self, t: Any, where: str) -> tuple[str, str | None]:
        if not isinstance(t, dict):
            raise _bad(where, Errors.tr("应为对象"))
        name = self._tag_name(t.get("name"), f"{where}.name")
        color = t.get("color")
        if color is not None and (not isinstance(color, str) or len(color) > 16):
            raise _bad(f"{where}.color", Errors.tr("应为颜色文本或 null"))
        return name, color

    @staticmethod
    def _tag_name(value: Any, where: str) -> str:
        if not isinstance(value, str):
            raise _bad(where, Errors.tr("应为文本"))
        try:
            return normalize_tag(value)
        except KnownError as exc:
            raise _bad(where, str(exc)) from exc

    def color(self, c: Any, where: str) -> tuple[str, str, str]:
        if not isinstance(c, dict):
            raise _bad(where, Errors.tr("应为对象"))
        name = c.get("name")
        if name not in COLOR_NAMES:
            raise _bad(
                f"{where}.name",
                Errors.tr("不是已知的颜色（{0}）").format(Errors.tr("、").join(COLOR_NAMES)),
            )
        hex_value = self.text(c, "hex", where, limit=9)
        if not _HEX_COLOR.match(hex_value):
            raise _bad(f"{where}.hex", Errors.tr("应为 #rrggbb"))
        return name, self.text(c, "label", where, limit=64), hex_value

    def annotation(self, a: Any, where: str, docs: set[str]) -> tuple[Annotation, str]:
        if not isinstance(a, dict):
            raise _bad(where, Errors.tr("应为对象"))
        canonical = self._uuid(a, where)
        doc = self.text(a, "doc", where, limit=64, empty=False)
        if doc not in docs:
            raise _bad(f"{where}.doc", Errors.tr("指向备份中没有的文档 {0}").format(doc))
        color = a.get("color")
        if color not in COLOR_NAMES:
            raise _bad(
                f"{where}.color",
                Errors.tr("不是已知的颜色（{0}）").format(Errors.tr("、").join(COLOR_NAMES)),
            )
        tags = a.get("tags", [])
        if not isinstance(tags, list):
            raise _bad(f"{where}.tags", Errors.tr("应为列表"))
        review = a.get("needs_review", False)
        if not isinstance(review, bool):
            raise _bad(f"{where}.needs_review", Errors.tr("应为 true 或 false"))
        start, end = self.int_or_none(a, "start", where), self.int_or_none(a, "end", where)
        if (start is None) != (end is None) or (start is not None and start > end):
            raise _bad(f"{where}.start", Errors.tr("与 end 不构成有效的范围"))
        text_hash = self.text(a, "node_text_hash", where, limit=64, optional=True)
        annotation = Annotation(
            id=canonical,
            doc=doc,
            key=self.text(a, "key", where, limit=128, empty=False),
            quote=self.text(a, "quote", where, limit=MAX_NOTE_CHARS),
            note=self.text(a, "note", where, limit=MAX_NOTE_CHARS, optional=True),
            tags=sorted({self._tag_name(t, f"{where}.tags[{i}]") for i, t in enumerate(tags)}),
            color=color,
            created=_iso(a.get("created"), f"{where}.created") or "",
            updated=_iso(a.get("updated"), f"{where}.updated") or "",
            prefix=self.text(a, "prefix", where, limit=1000, optional=True),
            suffix=self.text(a, "suffix", where, limit=1000, optional=True),
            start=start,
            end=end,
            needs_review=review,
            deleted=_iso(a.get("deleted"), f"{where}.deleted", optional=True),
        )
        return annotation, text_hash

    def actual(self, x: Any, where: str, docs: set[str]) -> dict:
        if not isinstance(x, dict):
            raise _bad(where, Errors.tr("应为对象"))
        doc = self.text(x, "doc", where, limit=64, empty=False)
        if doc not in docs:
            raise _bad(f"{where}.doc", Errors.tr("指向备份中没有的文档 {0}").format(doc))
        value = x.get("value")
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            raise _bad(f"{where}.value", Errors.tr("应为数值"))
        return {
            "doc": doc,
            "target_id": self.text(x, "target_id", where, limit=200, empty=False),
            "value": float(value),
            "recorded_on": self.text(x, "recorded_on", where, limit=10),
            "source": self.text(x, "source", where, limit=10_000, optional=True),
            "note": self.text(x, "note", where, limit=MAX_NOTE_CHARS, optional=True),
            "created": _iso(x.get("created"), f"{where}.created") or "",
        }
