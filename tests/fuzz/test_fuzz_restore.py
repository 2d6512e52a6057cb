"""The restore door: any backup file, valid, mutated or junk, adds or refuses; the store holds."""

from __future__ import annotations

import copy
import hashlib
import json
import uuid
from pathlib import Path

import pytest
from fuzzing import encodable, fuzz, hostile_text, json_values
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from hzreader.core.errors import KnownError
from hzreader.services.composition import Services
from hzreader.services.integrity import full_check
from hzreader.services.opening import open_context
from hzreader.storage.tables import AnnotationRow, DocumentRow

KEYS = st.sampled_from(["m9", "m2", "m24", "g1", "c3", "pre", "pre2", "m9.s2", "x", "", "m99"])
texts = hostile_text(max_pieces=6, run_len=200)


@pytest.fixture(scope="module")
def base(warm_data_dir: Path) -> dict:
    """The warm data dir's own backup, as plain data."""
    return json.loads((warm_data_dir.parent / "backup.json").read_text(encoding="utf-8"))


@st.composite
def annotation(draw, doc: str) -> dict:
    start = draw(st.none() | st.integers(-3, 400))
    return {
        "id": draw(st.sampled_from([str(uuid.UUID(int=draw(st.integers(0, 2**128 - 1)))), "x"])),
        "doc": doc,
        "key": draw(KEYS),
        "quote": draw(st.sampled_from(["共有产权住房", "人才", "", "不在文中的话"]) | texts),
        "note": draw(texts),
        "tags": draw(
            st.lists(st.sampled_from(["学习", "部门/发改", " / ", ""]) | texts, max_size=3)
        ),
        "color": draw(st.sampled_from(["yellow", "red", "紫", "pink"])),
        "created": "2026-01-01T08:00:00",
        "updated": draw(st.sampled_from(["2026-01-02T08:00:00", "2099-01-01T00:00:00", "昨天"])),
        "start": start,
        "end": None if start is None else start + draw(st.integers(-1, 40)),
        "prefix": draw(st.sampled_from(["", "推进"]) | texts),
        "suffix": "",
        "needs_review": draw(st.booleans()),
    }


@st.composite
def document(draw) -> dict:
    """An imported document carried in the backup: its text parsed on restore."""
    text = draw(texts.filter(encodable))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if draw(st.integers(0, 9)) == 0:
        digest = "0" * 64  # a text that does not match its hash
    return {
        "id": draw(st.sampled_from(["d1", "plan", "d1"])),
        "title": draw(st.sampled_from(["实施方案", ""]) | texts),
        "kind": "document",
        "content_hash": digest,
        "source_text": text,
        "source_name": "x.txt",
        "bundled": False,
    }


@st.composite
def backups(draw, base: dict) -> bytes:
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(st.binary(max_size=500))
    if kind == 1:
        return json.dumps(draw(json_values)).encode()
    data = copy.deepcopy(base)
    for _ in range(draw(st.integers(0, 3))):
        doc = draw(document())
        data["documents"].append(doc)
        data["annotations"].append(draw(annotation(doc["id"])))
    for _ in range(draw(st.integers(0, 3))):
        data["annotations"].append(draw(annotation(draw(st.sampled_from(["plan", "brief", "d9"])))))
    for _ in range(draw(st.integers(0, 3))):  # mutate a field anywhere
        sections = ("documents", "annotations", "tags", "colors")
        objects = [data] + [
            item
            for name in sections
            if isinstance(data.get(name), list)
            for item in data[name]
            if isinstance(item, dict)
        ]
        target = draw(st.sampled_from(objects))
        if target:
            field = draw(st.sampled_from(sorted(target)))
            if draw(st.booleans()):
                target[field] = draw(json_values)
            else:
                del target[field]
    raw = json.dumps(data, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 9)) == 0:
        raw = raw[: draw(st.integers(0, len(raw)))]  # cut short
    return raw


def _counts(ctx) -> tuple[int, int]:
    with ctx.sessions() as session:
        notes = session.scalar(select(func.count(AnnotationRow.id)))
        docs = session.scalar(select(func.count(DocumentRow.id)))
    return notes, docs


# About 0.1 s an example (a fresh copy of the data dir, two restores, a full check).
@fuzz(120, fixtures=True)
@given(data=st.data())
def test_a_restore_adds_or_refuses_and_the_store_stays_sound(base, fresh_data_dir, data) -> None:
    raw = data.draw(backups(base))
    root = fresh_data_dir()
    path = root.parent / f"{root.name}-backup.json"
    path.write_bytes(raw)
    ctx = open_context(root)
    try:
        notes, docs = _counts(ctx)
        service = Services(ctx).backup_files
        try:
            result = service.restore(path)
        except KnownError as exc:
            assert str(exc).strip()
            assert _counts(ctx) == (notes, docs)  # a refused restore changes nothing
        else:
            assert _counts(ctx) == (notes + result.added, docs + len(result.documents_added))
            again = service.restore(path)  # restoring twice adds nothing the second time
            assert again.added == 0 and not again.documents_added
        services = Services(ctx)
        try:
            report = full_check(ctx, services.search.index_status)
        finally:
            services.close()
        assert report["ok"], report["problems"]
    finally:
        ctx.close()
