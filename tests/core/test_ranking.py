"""Ranking by bounds gives what scoring every unit gives: the same units, scores and order.

The reference here scores every unit of the target exactly, sorts them (better score, then
earlier unit), drops those under the floor and those without a shared phrase, and keeps
the first `limit`; MatchIndex.rank leaves most units unscored and must agree on every clause
of real documents (the plan, the brief, a district 实施方案), of generated ones where every
clause shares phrases with some twenty others (the worst case for the bounds), and of
tiny ones."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from hzreader.core.bundled import parse_bundled
from hzreader.core.document import parse_document
from hzreader.core.matching import MIN_SCORE, MatchIndex
from hzreader.core.ranking import exact_score
from hzreader.core.sentences import split_sentences
from hzreader.paths import BUNDLED_PLAN

DATA = Path(__file__).resolve().parents[1] / "data" / "relations"


def reference(index: MatchIndex, doc: str, key: str, target: str, limit: int) -> list:
    """(key, score) of the best units by scoring every one of them."""
    index._refresh()
    source = index.source_for(doc, key)
    index._weigh(source)
    tiers = ("block", "heading") if source.unit.tier == "heading" else ("block",)
    scored = []
    for tier in tiers:
        t = index._postings[(target, tier)].ready()
        for e in t.entries:
            s = exact_score(source.weights, source.features, source.total, e, t.heading)
            if s >= MIN_SCORE:
                scored.append((s, -e.unit.ordinal, e))
    scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
    out = []
    for s, _, e in scored:
        # A match needs one telling shared phrase: the same test the index makes.
        if _has_evidence(index, source, e):
            out.append((e.unit.key, round(s, 9)))
        if limit and len(out) >= limit:
            break
    return out


def _has_evidence(index: MatchIndex, source, e) -> bool:
    from hzreader.core.evidence import PhraseFinder

    own = 2 if index._by_key.get((source.unit.doc, source.unit.key)) is source else 1
    rarity = index._pair_rarity(source.unit.doc, e.unit.doc, own).__getitem__
    return bool(PhraseFinder(source.unit, rarity).shared_with(e.unit))


def ranked(index: MatchIndex, doc: str, key: str, target: str, limit: int) -> list:
    source = index.source_for(doc, key)
    return [(m.unit.key, round(m.score, 9)) for m in index.rank(source, target, limit=limit)]


@pytest.fixture(scope="module")
def real() -> MatchIndex:
    plan, brief = parse_bundled(BUNDLED_PLAN.read_text(encoding="utf-8"))
    district = parse_document(
        (DATA / "shangcheng_shishi_fangan.txt").read_text(encoding="utf-8"), doc_id="district"
    )
    return MatchIndex([plan, brief, district])


@pytest.mark.parametrize("limit", [1, 3])
def test_real_documents_rank_as_scoring_everything_does(real: MatchIndex, limit: int) -> None:
    differ = []
    for doc, target in (("brief", "plan"), ("district", "plan"), ("plan", "district")):
        for unit in real.units(doc):
            want = reference(real, doc, unit.key, target, limit)
            got = ranked(real, doc, unit.key, target, limit)
            if got != want:
                differ.append((doc, unit.key, got, want))
    assert differ == []


def _generated(seed: int, measures: int) -> object:
    """A plan-like document recombining the plan's sentences (every clause shares a lot)."""
    plan = parse_bundled(BUNDLED_PLAN.read_text(encoding="utf-8"))[0]
    sentences = [s for n in plan.walk() if n.kind == "measure" for s in split_sentences(n.text)[1:]]
    rng = random.Random(seed)
    lines = [f"合成文档{seed}"]
    for m in range(1, measures + 1):
        if m % 6 == 1:
            lines.append(f"{'一二三四五六七八九十'[(m // 6) % 10]}、第{m // 6 + 1}部分")
        lines.append(f"{m}.任务{m}。" + "".join(rng.sample(sentences, 3)))
    return parse_document("\n".join(lines), doc_id=f"gen{seed}")


def test_generated_documents_rank_as_scoring_everything_does() -> None:
    a, b = _generated(1, 36), _generated(2, 36)
    index = MatchIndex([a, b])
    differ = []
    for unit in index.units(a.id):
        for limit in (1, 3):
            want = reference(index, a.id, unit.key, b.id, limit)
            got = ranked(index, a.id, unit.key, b.id, limit)
            if got != want:
                differ.append((unit.key, limit, got, want))
    assert differ == []
    assert sum(1 for u in index.units(a.id) if ranked(index, a.id, u.key, b.id, 3)) > 30
