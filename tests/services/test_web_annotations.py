"""Notes out and in as W3C Web Annotations: the export's shape (our schema, and the working
group's own MUST assertions when ../shared/w3c is there), restore into a fresh data dir,
annotations written by other tools, and files that must change nothing."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import jsonschema
import pytest

from hzreader.core.doctext import document_text
from hzreader.core.errors import BadInputError
from hzreader.services.composition import Services
from hzreader.services.opening import open_context

SCHEMA = json.loads(
    (
        Path(__file__).resolve().parents[1] / "data" / "w3c" / "hzreader-annotations.schema.json"
    ).read_text(encoding="utf-8")
)
# <repo>/../shared/w3c: the W3C working group's conformance tests and their offline runner.
SHARED_W3C = Path(__file__).resolve().parents[2].parent / "shared" / "w3c"
DISTRICT = (
    Path(__file__).resolve().parents[1] / "data" / "relations" / "shangcheng_shishi_fangan.txt"
)
KEYS = (
    "id",
    "doc",
    "key",
    "quote",
    "note",
    "tags",
    "color",
    "created",
    "updated",
    "prefix",
    "suffix",
    "start",
    "end",
    "needs_review",
)


def _twenty_notes(services: Services) -> list[str]:
    """Twenty notes as a clerk makes them: spans, whole clauses, sentences, three documents."""
    a = services.annotations
    district = services.imports.import_file(DISTRICT).id
    made = [
        a.create(
            "m9",
            quote="共有产权住房",
            note="**本局牵头**：与住建局对接",
            tags=["部门/发改", "住房"],
        ),
        a.create("m2", quote="人才", note="人社局牵头", tags=["部门/人社"], color="红"),
        a.create("m2.s2", quote="互联网+", color="blue"),
        a.create("g1", note="整段目标：18万元"),
        a.create("g1.s2", quote="18万元", color="green", tags=["指标"]),
        a.create("pre2", doc_id="brief", note="好地网的解读", tags=["解读"]),
        a.create("i1.m2", doc_id=district, quote="人才码", note="区里的做法", color="紫"),
        a.create("i2.m4", doc_id=district, note="对照市里第9条"),
    ]
    for key in ("m1", "m3", "m5", "m7", "m8", "m10", "m11", "m12", "m13", "m14", "m15", "m16"):
        made.append(a.create(key, note=f"第{key[1:]}条的学习心得\n\n- 要点一\n- 要点二"))
    return [n.id for n in made]


@pytest.fixture
def office(app_ctx) -> Services:
    services = Services(app_ctx)
    _twenty_notes(services)
    return services


def _notes(services: Services) -> list[dict]:
    return sorted(
        ({k: a.to_json()[k] for k in KEYS} for a in services.annotations.list()),
        key=lambda n: n["id"],
    )


def test_the_export_of_twenty_notes_has_the_promised_shape(office, tmp_path: Path) -> None:
    path, count = office.exports.export("jsonld", tmp_path / "notes.jsonld")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert count == 20 and data["total"] == 20
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    items = data["first"]["items"]
    by_id = {a.id: a for a in office.annotations.list()}
    texts = {}
    for item in items:
        note = by_id[item["id"].removeprefix("urn:uuid:")]
        quote, position = item["target"]["selector"]
        assert quote["exact"] == note.quote and item["hzreader:key"] == note.key
        doc = office.library.document(note.doc)
        texts.setdefault(doc.id, document_text(doc))
        # TextPositionSelector counts in the document's plain text: it points at the quote.
        assert texts[doc.id].text[position["start"] : position["end"]] == note.quote
        tags = sorted(b["value"] for b in item.get("body", []) if b["purpose"] == "tagging")
        assert tags == note.tags and item["hzreader:color"] == note.color
    assert {i["target"]["source"] for i in items} == {
        "urn:hzreader:doc:plan",
        "urn:hzreader:doc:brief",
        f"urn:hzreader:doc:{by_id[items[-1]['id'][9:]].doc}",
    }


def test_our_schema_catches_what_it_promises() -> None:
    """The schema can fail: a note without its quote, or a colour of its own, is refused."""
    good = {
        "@context": ["http://www.w3.org/ns/anno.jsonld", {"hzreader": "urn:hzreader:vocab#"}],
        "id": "urn:uuid:0d8f5e2a-6b3c-4f71-a9e4-2c7b1d9f3e68",
        "type": "AnnotationCollection",
        "label": "x",
        "created": "2026-01-01T00:00:00+08:00",
        "total": 0,
    }
    validator = jsonschema.Draft202012Validator(SCHEMA)
    validator.validate(good)
    for broken in (
        {**good, "type": "Collection"},
        {**good, "@context": "x"},
        {**good, "created": "2026-01-01 00:00"},
    ):
        with pytest.raises(jsonschema.ValidationError):
            validator.validate(broken)


@pytest.mark.skipif(
    not (SHARED_W3C / "check.py").is_file(),
    reason="../shared/w3c not found: the W3C working group's conformance tests are absent",
)
def test_the_export_passes_the_w3c_working_groups_musts(office, tmp_path: Path) -> None:
    path, _count = office.exports.export("jsonld", tmp_path / "notes.jsonld")
    done = subprocess.run(
        [sys.executable, str(SHARED_W3C / "check.py"), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "20 annotations, 58 MUST assertions each, 0 failures" in done.stdout
    bad = SHARED_W3C / "samples" / "bad-no-target.json"  # the runner can fail
    assert (
        subprocess.run(
            [sys.executable, str(SHARED_W3C / "check.py"), str(bad)],
            capture_output=True,
            timeout=120,
        ).returncode
        != 0
    )


def test_restored_into_a_fresh_data_dir_the_notes_are_the_same(office, tmp_path: Path) -> None:
    path, _count = office.exports.export("jsonld", tmp_path / "notes.jsonld")
    ctx = open_context(tmp_path / "fresh")
    try:
        fresh = Services(ctx)
        fresh.imports.import_file(DISTRICT)  # the district plan is in both libraries
        result = fresh.restores.restore(path)
        assert (result.added, result.updated, result.skipped, result.needs_review) == (20, 0, 0, 0)
        assert _notes(fresh) == _notes(office)
        again = fresh.restores.restore(path)
        assert (again.added, again.updated, again.skipped) == (0, 0, 20)
        assert again.backup is None  # nothing to write: not even a copy first
    finally:
        ctx.close()


def _hypothesis_style(services: Services) -> tuple[dict, int]:
    """An annotation as Hypothesis writes one: a list of targets without a type, a
    RangeSelector it alone understands, offsets and a quote; the fourth 人才 of the plan."""
    text = document_text(services.library.document("plan")).text
    at, seen = -1, 0
    while seen < 4:
        at = text.find("人才", at + 1)
        seen += 1
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "id": "https://hypothes.is/a/Kc0zxCbIEe6rRN8gEvRBSA",
        "created": "2026-03-01T08:12:33.123456+00:00",
        "modified": "2026-03-02T09:00:00.654321+00:00",
        "creator": "acct:researcher@hypothes.is",
        "body": [
            {
                "type": "TextualBody",
                "value": "这里的**人才**指高层次人才",
                "format": "text/markdown",
            },
            {"type": "TextualBody", "purpose": "tagging", "value": "人才政策"},
        ],
        "target": [
            {
                "source": "urn:hzreader:doc:plan",
                "selector": [
                    {
                        "type": "RangeSelector",
                        "startContainer": "/div[1]/p[40]",
                        "startOffset": 3,
                        "endContainer": "/div[1]/p[40]",
                        "endOffset": 5,
                    },
                    {"type": "TextPositionSelector", "start": at + 7, "end": at + 9},
                    {
                        "type": "TextQuoteSelector",
                        "exact": "人才",
                        "prefix": text[at - 20 : at],
                        "suffix": text[at + 2 : at + 22],
                    },
                ],
            }
        ],
    }, at


@pytest.fixture
def services(app_ctx) -> Services:
    return Services(app_ctx)


def test_a_hypothesis_annotation_lands_on_its_clause(services, tmp_path: Path) -> None:
    item, at = _hypothesis_style(services)
    path = tmp_path / "hypothesis.json"
    path.write_text(json.dumps([item], ensure_ascii=False), encoding="utf-8")
    result = services.restores.restore(path)
    assert (result.added, result.needs_review) == (1, 0)
    (note,) = services.annotations.list()
    text = document_text(services.library.document("plan"))
    place = text.places[note.key]
    # The prefix and suffix chose the fourth 人才, though its offsets were off by seven.
    assert place.start + note.start == at and note.quote == "人才"
    assert services.library.node(note.key).kind == "sentence"
    assert note.note == "这里的**人才**指高层次人才" and note.tags == ["人才政策"]
    local = datetime.fromisoformat("2026-03-01T08:12:33+00:00").astimezone().replace(tzinfo=None)
    assert note.created == local.isoformat(timespec="seconds") and note.updated > note.created
    assert services.restores.restore(path).added == 0  # the same file again adds nothing


def test_a_quote_found_nowhere_waits_for_review_with_its_text(services, tmp_path: Path) -> None:
    item, _at = _hypothesis_style(services)
    item["target"][0]["selector"] = [{"type": "TextQuoteSelector", "exact": "火星基地建设"}]
    path = tmp_path / "lost.jsonld"
    path.write_text(json.dumps(item, ensure_ascii=False), encoding="utf-8")
    result = services.restores.restore(path)
    assert (result.added, result.needs_review) == (1, 1)
    (note,) = services.annotations.list(review_only=True)
    assert note.quote == "火星基地建设" and note.note.startswith("这里的")


def _changes_nothing(services: Services, path: Path, match: str) -> None:
    before = _notes(services)
    backups = (
        sorted((services.ctx.paths.root / "backups").glob("*"))
        if (services.ctx.paths.root / "backups").exists()
        else []
    )
    with pytest.raises(BadInputError, match=match):
        services.restores.restore(path)
    assert _notes(services) == before
    after = (
        sorted((services.ctx.paths.root / "backups").glob("*"))
        if (services.ctx.paths.root / "backups").exists()
        else []
    )
    assert after == backups


@pytest.mark.parametrize(
    ("change", "match"),
    [
        (lambda x: x["target"][0].update(source="urn:hzreader:doc:nowhere"), "不是文库中的文档"),
        (lambda x: x["target"][0].update(source="https://example.com/page"), "不是文库中的文档"),
        (lambda x: x.pop("target"), "缺少 target"),
        (lambda x: x.update(type="Note"), "不是 W3C 批注"),
        (lambda x: x["target"][0]["selector"][1].update(start="7"), "应为整数"),
        (lambda x: x.update(created="昨天"), "不是日期时间"),
        (lambda x: x["body"][1].update(value=" / "), "标签"),
        (lambda x: x.update({"hzreader:color": "pink"}), "未知颜色"),
    ],
)
def test_a_bad_annotation_changes_nothing(services, tmp_path: Path, change, match) -> None:
    item, _at = _hypothesis_style(services)
    good = copy.deepcopy(item)
    good["id"] = "https://hypothes.is/a/another"
    change(item)
    path = tmp_path / "bad.json"
    collection = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "first": {"type": "AnnotationPage", "items": [good, item]},
    }
    path.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
    _changes_nothing(services, path, match)  # the good one before it is not written either


def test_malformed_files_change_nothing(services, tmp_path: Path) -> None:
    item, _at = _hypothesis_style(services)
    path = tmp_path / "cut.jsonld"
    path.write_text(json.dumps(item, ensure_ascii=False)[:-40], encoding="utf-8")
    _changes_nothing(services, path, "不是完整的 JSON")
    path.write_text(
        json.dumps({"type": "AnnotationCollection", "first": "https://example.com/page2"}),
        encoding="utf-8",
    )
    _changes_nothing(services, path, "离线无法读取")
    path.write_text(json.dumps([{"type": "Annotation", "target": 5}]), encoding="utf-8")
    _changes_nothing(services, path, "target")
