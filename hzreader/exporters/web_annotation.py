"""Notes in the W3C Web Annotation Data Model (JSON-LD): an AnnotationCollection out, and any
W3C annotation in (one, a list, or a collection with its pages embedded), checked whole first.

Out, each note is an Annotation with a Markdown TextualBody, its tags as bodies with purpose
tagging, and a SpecificResource target on ``urn:hzreader:doc:<doc id>`` with a
TextQuoteSelector and a TextPositionSelector (offsets in the document's plain text, see
core/doctext). What only hzreader knows (colour, node key, citation) goes in properties under
the ``hzreader:`` prefix that the @context declares, so the file stays valid JSON-LD.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from hzreader.core.annotation import MAX_NOTE_CHARS, Annotation, normalize_color, normalize_tag
from hzreader.core.errors import BadInputError, KnownError
from hzreader.i18n import Errors

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
VOCAB = "urn:hzreader:vocab#"
CONTEXT = [ANNO_CONTEXT, {"hzreader": VOCAB}]
DOC_IRI = "urn:hzreader:doc:"
_UUID_URN = re.compile(r"^urn:uuid:([0-9a-fA-F-]{36})$")
_TYPES = {"Annotation", "AnnotationCollection", "AnnotationPage"}
MAX_ANNOTATIONS = 200_000


def doc_iri(doc_id: str) -> str:
    """The IRI of a document of the library."""
    return DOC_IRI + doc_id


def _stamp(value: str) -> str | None:
    """A stored local time as xsd:dateTime with its offset (the model wants a time zone)."""
    if not value:
        return None
    return datetime.fromisoformat(value).astimezone().isoformat(timespec="seconds")


def annotation_json(a: Annotation, position: tuple[int, int] | None, *, citation: str = "") -> dict:
    """One note as a W3C Annotation."""
    bodies: list[dict] = []
    if a.note.strip():
        bodies.append(
            {
                "type": "TextualBody",
                "value": a.note,
                "format": "text/markdown",
                "language": "zh",
                "purpose": "commenting",
            }
        )
    bodies += [{"type": "TextualBody", "value": t, "purpose": "tagging"} for t in a.tags]
    selectors: list[dict] = [
        {"type": "TextQuoteSelector", "exact": a.quote, "prefix": a.prefix, "suffix": a.suffix}
    ]
    if position is not None:
        selectors.append({"type": "TextPositionSelector", "start": position[0], "end": position[1]})
    out: dict[str, Any] = {
        "@context": CONTEXT,
        "id": f"urn:uuid:{a.id}",
        "type": "Annotation",
        "motivation": "commenting" if a.note.strip() else "highlighting",
    }
    for name, value in (("created", _stamp(a.created)), ("modified", _stamp(a.updated))):
        if value:
            out[name] = value
    if bodies:
        out["body"] = bodies
    out["target"] = {"type": "SpecificResource", "source": doc_iri(a.doc), "selector": selectors}
    out["hzreader:color"] = a.color
    out["hzreader:key"] = a.key
    if citation:
        out["hzreader:citation"] = citation
    if a.needs_review:
        out["hzreader:needsReview"] = True
    return out


def collection_json(items: list[dict], label: str) -> dict:
    """An AnnotationCollection with all its annotations in one embedded page."""
    collection_id = f"urn:uuid:{uuid.uuid4()}"
    out: dict[str, Any] = {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": label,
        "created": datetime.now().astimezone().isoformat(timespec="seconds"),
        "total": len(items),
    }
    if items:
        out["first"] = {
            "id": f"{collection_id}#page-1",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        }
    return out


def dump(data: dict) -> bytes:
    """The file's bytes: UTF-8 JSON-LD."""
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


# Reading -------------------------------------------------------------------------------------


@dataclass
class Incoming:
    """A W3C annotation as read, before it is placed in a document."""

    where: str  # its place in the file, for messages
    id: str  # a UUID: the annotation's own, or one derived from its IRI (stable across runs)
    doc: str
    exact: str | None
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    note: str = ""
    tags: list[str] = field(default_factory=list)
    color: str = "yellow"
    created: str | None = None
    modified: str | None = None
    key: str | None = None  # hzreader:key, when an hzreader export wrote it


def _types(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, list):
        return {v for v in value if isinstance(v, str)}
    return set()


def _contexts(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def looks_like_w3c(raw: Any) -> bool:
    """True for a W3C annotation, a list of them, or an annotation collection or page."""
    items = raw if isinstance(raw, list) else [raw]
    if not items or not all(isinstance(i, dict) for i in items):
        return False
    first = items[0]
    return bool(_types(first.get("type")) & _TYPES) or ANNO_CONTEXT in _contexts(
        first.get("@context")
    )


def _bad(where: str, what: str) -> BadInputError:
    return BadInputError(Errors.tr("W3C 批注文件无效：{0} {1}。没有做任何改动").format(where, what))


def _annotations(raw: Any) -> list[tuple[str, dict]]:
    """Every annotation of the file with its place, pages followed where they are embedded."""
    if isinstance(raw, list):
        return [(Errors.tr("第 {0} 条批注").format(i + 1), a) for i, a in enumerate(raw)]
    kinds = _types(raw.get("type"))
    if "Annotation" in kinds:
        return [(Errors.tr("批注"), raw)]
    page = raw.get("first") if "AnnotationCollection" in kinds else raw
    if "AnnotationCollection" in kinds and page is None:
        if raw.get("total", 0) not in (0, None):
            raise _bad(Errors.tr("集合"), Errors.tr("没有嵌入 first 页"))
        return []
    out: list[tuple[str, dict]] = []
    pages = 0
    while page is not None:
        pages += 1
        if isinstance(page, str):
            raise _bad(
                Errors.tr("第 {0} 页").format(pages),
                Errors.tr("只给出了地址 {0}，离线无法读取，请导出为单个文件").format(page[:80]),
            )
        if not isinstance(page, dict) or "AnnotationPage" not in _types(page.get("type")):
            raise _bad(Errors.tr("第 {0} 页").format(pages), Errors.tr("不是 AnnotationPage"))
        items = page.get("items")
        if not isinstance(items, list):
            raise _bad(Errors.tr("第 {0} 页").format(pages), Errors.tr("缺少 items 列表"))
        out += [
            (Errors.tr("第 {0} 条批注").format(len(out) + k + 1), a) for k, a in enumerate(items)
        ]
        if len(out) > MAX_ANNOTATIONS:
            raise _bad(Errors.tr("文件"), Errors.tr("批注太多（上限 {0}）").format(MAX_ANNOTATIONS))
        page = page.get("next")
    return out


def read_annotations(raw: Any, known_docs: set[str]) -> list[Incoming]:
    """Every annotation of a decoded W3C file, each checked; BadInputError names the first
    that cannot be read or that targets no document of the library."""
    if not looks_like_w3c(raw):
        raise _bad(
            Errors.tr("文件"),
            Errors.tr("不是 W3C 批注（缺少 type: Annotation 或 AnnotationCollection）"),
        )
    out: list[Incoming] = []
    seen: set[str] = set()
    for where, item in _annotations(raw):
        incoming = _read_one(item, where, known_docs)
        if incoming.id in seen:
            raise _bad(where, Errors.tr("与前面的批注 id 重复"))
        seen.add(incoming.id)
        out.append(incoming)
    return out


def _text(value: Any, where: str, *, limit: int = MAX_NOTE_CHARS) -> str:
    if not isinstance(value, str):
        raise _bad(where, Errors.tr("应为文本"))
    if len(value) > limit:
        raise _bad(where, Errors.tr("太长（上限 {0} 字符）").format(limit))
    if "\x00" in value:
        raise _bad(where, Errors.tr("含有空字符"))
    return value


def _when(value: Any, where: str) -> str | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(_text(value, where, limit=64))
    except ValueError as exc:
        raise _bad(where, Errors.tr("不是日期时间：{0}").format(str(value)[:40])) from exc
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone().replace(tzinfo=None)
    return parsed.isoformat(timespec="seconds")


def _id(item: dict, where: str) -> str:
    raw_id = item.get("id", item.get("@id"))
    if raw_id is None:
        # No id: one from the content, so that restoring the same file twice adds nothing.
        canonical = json.dumps(item, ensure_ascii=False, sort_keys=True)
        return str(uuid.uuid5(uuid.NAMESPACE_URL, "hzreader:w3c:" + canonical))
    text = _text(raw_id, Errors.tr("{0} 的 id").format(where), limit=2000)
    m = _UUID_URN.match(text)
    if m is not None:
        try:
            return str(uuid.UUID(m[1]))
        except ValueError:
            pass
    return str(uuid.uuid5(uuid.NAMESPACE_URL, text))


def _target(item: dict, where: str, known_docs: set[str]) -> tuple[str, list]:
    """(doc id, selectors) of the first target that is a document of the library."""
    if "target" not in item:
        raise _bad(where, Errors.tr("缺少 target"))
    targets = item["target"] if isinstance(item["target"], list) else [item["target"]]
    sources = []
    for target in targets:
        if isinstance(target, str):
            source, selectors = target, []
        elif isinstance(target, dict):
            source = target.get("source", target.get("id"))
            selectors = target.get("selector", [])
            selectors = selectors if isinstance(selectors, list) else [selectors]
        else:
            raise _bad(Errors.tr("{0} 的 target").format(where), Errors.tr("应为地址或对象"))
        if not isinstance(source, str):
            raise _bad(Errors.tr("{0} 的 target").format(where), Errors.tr("缺少 source"))
        sources.append(source)
        if source.startswith(DOC_IRI) and source[len(DOC_IRI) :] in known_docs:
            return source[len(DOC_IRI) :], selectors
    shown = Errors.tr("、").join(s[:80] for s in sources) or Errors.tr("（无）")
    raise _bad(
        where, Errors.tr("指向的 {0} 不是文库中的文档（应为 {1}<文档 ID>）").format(shown, DOC_IRI)
    )


def _read_one(item: Any, where: str, known_docs: set[str]) -> Incoming:
    if not isinstance(item, dict) or "Annotation" not in _types(item.get("type")):
        raise _bad(where, Errors.tr("不是 W3C 批注（type 应为 Annotation）"))
    doc, selectors = _target(item, where, known_docs)
    incoming = Incoming(where=where, id=_id(item, where), doc=doc, exact=None)
    for selector in selectors:
        if not isinstance(selector, dict):
            continue  # a selector given by IRI only cannot be read offline
        kind = _types(selector.get("type"))
        if "TextQuoteSelector" in kind and incoming.exact is None:
            incoming.exact = _text(selector.get("exact"), Errors.tr("{0} 的 exact").format(where))
            incoming.prefix = _text(
                selector.get("prefix", ""), Errors.tr("{0} 的 prefix").format(where), limit=1000
            )
            incoming.suffix = _text(
                selector.get("suffix", ""), Errors.tr("{0} 的 suffix").format(where), limit=1000
            )
        elif "TextPositionSelector" in kind and incoming.start is None:
            start, end = selector.get("start"), selector.get("end")
            if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
                raise _bad(
                    Errors.tr("{0} 的 TextPositionSelector").format(where),
                    Errors.tr("start 和 end 应为整数"),
                )
            if not 0 <= start <= end:
                raise _bad(
                    Errors.tr("{0} 的 TextPositionSelector").format(where),
                    Errors.tr("start 和 end 不构成有效的范围"),
                )
            incoming.start, incoming.end = start, end
    _read_bodies(item, where, incoming)
    color = item.get("hzreader:color")
    if color is not None:
        try:
            incoming.color = normalize_color(
                _text(color, Errors.tr("{0} 的 hzreader:color").format(where), limit=16)
            )
        except KnownError as exc:
            raise _bad(where, str(exc)) from exc
    key = item.get("hzreader:key")
    incoming.key = (
        _text(key, Errors.tr("{0} 的 hzreader:key").format(where), limit=128)
        if key is not None
        else None
    )
    incoming.created = _when(item.get("created"), Errors.tr("{0} 的 created").format(where))
    incoming.modified = _when(item.get("modified"), Errors.tr("{0} 的 modified").format(where))
    return incoming


def _read_bodies(item: dict, where: str, incoming: Incoming) -> None:
    """Notes and tags from body (objects or IRIs) and bodyValue."""
    notes: list[str] = []
    if "bodyValue" in item:
        notes.append(_text(item["bodyValue"], Errors.tr("{0} 的 bodyValue").format(where)))
    bodies = item.get("body", [])
    for body in bodies if isinstance(bodies, list) else [bodies]:
        if isinstance(body, str):
            notes.append(body)  # an external resource: its address is kept in the note
            continue
        if not isinstance(body, dict):
            raise _bad(Errors.tr("{0} 的 body").format(where), Errors.tr("应为地址或对象"))
        purposes = _types(body.get("purpose"))
        value = body.get("value")
        if value is None:
            source = body.get("id", body.get("source"))
            if isinstance(source, str):
                notes.append(source)
            continue
        text = _text(value, Errors.tr("{0} 的 body").format(where))
        if "tagging" in purposes:
            try:
                tag = normalize_tag(text)
            except KnownError as exc:
                raise _bad(Errors.tr("{0} 的标签").format(where), str(exc)) from exc
            if tag not in incoming.tags:
                incoming.tags.append(tag)
        elif text.strip():
            notes.append(text)
    incoming.note = "\n\n".join(notes)
    if len(incoming.note) > MAX_NOTE_CHARS:
        raise _bad(where, Errors.tr("笔记太长"))
