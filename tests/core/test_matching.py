"""Clause matching on small texts with obvious answers, and on the gold alignments."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hzreader.core.bundled import parse_bundled
from hzreader.core.document import parse_document
from hzreader.core.evidence import shared_runs
from hzreader.core.matching import MIN_SCORE, MatchIndex
from hzreader.importers.decoding import decode_bytes
from hzreader.paths import BUNDLED_PLAN

DATA = Path(__file__).resolve().parents[1] / "data" / "relations"

UPPER = """上级方案
一、住房
1.完善住房保障。积极推进共有产权住房建设，加快人才专项租赁住房、蓝领公寓建设。
2.推进城市更新。积极探索老旧小区拆改结合试点，实现加装电梯能改尽改。
二、就业
3.促进就业。探索完善快递小哥、网约车司机等新业态从业人员劳动权益保障机制。
"""
LOWER = """区实施方案
一、重点任务
1.落实住房政策。加快蓝领公寓建设，积极推进共有产权住房建设，筹集房源一万套。
2.保障新业态劳动者权益。完善快递小哥、网约车司机等新业态从业人员劳动权益保障机制。
3.加强国防动员。深化全民国防教育，落实军人军属优待政策。
"""


@pytest.fixture(scope="module")
def small() -> MatchIndex:
    upper = parse_document(UPPER, doc_id="up")
    lower = parse_document(LOWER, doc_id="low")
    return MatchIndex([upper, lower])


def test_each_task_finds_the_measure_it_carries_out(small: MatchIndex) -> None:
    assert small.related("low", "m1", in_docs=["up"])[0].unit.key == "m1"
    assert small.related("low", "m2", in_docs=["up"])[0].unit.key == "m3"


def test_a_clause_without_counterpart_gets_none(small: MatchIndex) -> None:
    assert small.related("low", "m3", in_docs=["up"]) == []


def test_evidence_is_shared_phrases_with_spans(small: MatchIndex) -> None:
    best = small.related("low", "m2", in_docs=["up"])[0]
    phrases = [e.phrase for e in best.evidence]
    assert any("快递小哥、网约车司机等新业态从业人员劳动权益保障机制" in p for p in phrases)
    assert all(len(p) >= 3 for p in phrases)
    lower = parse_document(LOWER, doc_id="low")
    upper = parse_document(UPPER, doc_id="up")
    for e in best.evidence:
        assert lower.find(e.source_key).text[e.source_start :].startswith(e.phrase)
        assert upper.find(e.target_key).text[e.target_start :].startswith(e.phrase)


def test_scores_are_between_zero_and_one_and_the_same_text_scores_one() -> None:
    a = parse_document(UPPER, doc_id="a")
    b = parse_document(UPPER, doc_id="b")
    index = MatchIndex([a, b])
    best = index.related("a", "m2", in_docs=["b"])[0]
    assert best.unit.key == "m2" and best.score == pytest.approx(1.0)
    for m in index.related("a", "m1", in_docs=["b"], limit=0):
        assert MIN_SCORE <= m.score <= 1.0


def test_shared_runs_are_maximal_and_never_single_characters() -> None:
    runs = [r for _, r in shared_runs("甲乙丙丁戊己庚辛", "丙丁戊己xx甲乙")]
    assert runs == ["丙丁戊己"]


@pytest.fixture(scope="module")
def library():
    plan, brief = parse_bundled(BUNDLED_PLAN.read_text(encoding="utf-8"))
    district = parse_document(
        (DATA / "shangcheng_shishi_fangan.txt").read_text(encoding="utf-8"), doc_id="district"
    )
    return MatchIndex([plan, brief, district])


def _top(index: MatchIndex, doc: str, key: str) -> list[str]:
    return [m.unit.key for m in index.related(doc, key, in_docs=["plan"], limit=3)]


def test_every_brief_paragraph_finds_what_it_restates(library: MatchIndex) -> None:
    gold = json.loads((DATA / "brief_gold.json").read_text(encoding="utf-8"))["gold"]
    wrong = {}
    for key, accepted in gold.items():
        top = (_top(library, "brief", key) or [""])[0]
        if top not in (accepted or [""]):
            wrong[key] = top
    assert wrong == {}


def test_the_district_plan_finds_its_measures(library: MatchIndex) -> None:
    gold = json.loads((DATA / "shangcheng_gold.json").read_text(encoding="utf-8"))["measures"]
    top1 = top3 = 0
    for key, accepted in gold.items():
        found = _top(library, "district", key) or [""]
        top1 += found[0] in (accepted or [""])
        top3 += any(k in (accepted or [""]) for k in found)
    assert top1 / len(gold) >= 0.85
    assert top3 == len(gold)


def _corpus_documents() -> list:
    """Every real document of ../shared/corpus, parsed (skipped when it is absent)."""
    from corpus_files import SHARED_CORPUS

    if not SHARED_CORPUS.is_dir():
        pytest.skip("../shared/corpus not found: the real documents stay outside the project")
    docs = []
    for n, path in enumerate(sorted(SHARED_CORPUS.glob("[0-9]*_*"))):
        text = decode_bytes(path.read_bytes(), name=path.name).text  # as an import reads it
        docs.append(parse_document(text, doc_id=f"corpus{n}"))
    return docs


def test_a_larger_library_does_not_make_stock_phrases_evidence() -> None:
    # In a library of unrelated documents 建设共同富裕示范区 is rare, yet between the brief
    # and the plan it is in every other clause: evidence is judged by the two documents
    # compared, so the brief's news paragraphs still have no counterpart.
    plan, brief = parse_bundled(BUNDLED_PLAN.read_text(encoding="utf-8"))
    index = MatchIndex([plan, brief, *_corpus_documents()])
    gold = json.loads((DATA / "brief_gold.json").read_text(encoding="utf-8"))["gold"]
    wrong = {}
    for key, accepted in gold.items():
        top = (_top(index, "brief", key) or [""])[0]
        if top not in (accepted or [""]):
            wrong[key] = top
    assert wrong == {}
    assert _top(index, "brief", "pre2") == []
