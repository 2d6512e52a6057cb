"""Search fixtures: records of the bundled plan and brief, and real Whoosh indexes on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.search.analysis import fold
from hzreader.search.records import IndexRecord, records_from_document


@pytest.fixture(scope="session")
def plan_docs(plan_raw: str):
    """(plan, brief) as the parser gives them."""
    from hzreader.core.bundled import parse_bundled

    return parse_bundled(plan_raw)


@pytest.fixture(scope="session")
def plan_records(plan_docs) -> list[IndexRecord]:
    """Text records of the plan and its brief, plan first."""
    plan, brief = plan_docs
    return records_from_document(plan) + records_from_document(brief)


@pytest.fixture(scope="session")
def plan_index(tmp_path_factory: pytest.TempPathFactory, plan_records: list[IndexRecord]):
    """A read-only index of the plan shared by tests that only search."""
    from hzreader.search.index import SearchIndex

    index = SearchIndex(tmp_path_factory.mktemp("plan-index") / "index")
    index.rebuild(plan_records, fingerprint="plan")
    yield index
    index.close()


@pytest.fixture
def fresh_index(tmp_path: Path, plan_records: list[IndexRecord]):
    """An index of the plan that this test may change or damage."""
    from hzreader.search.index import SearchIndex

    index = SearchIndex(tmp_path / "index")
    index.rebuild(plan_records, fingerprint="fp-1")
    yield index
    index.close()


def expected_uids(records: list[IndexRecord], query: str) -> set[str]:
    """What a literal search must find: every record whose folded text holds the query."""
    needle = fold(query)
    return {r.uid for r in records if needle in fold(r.text)}


def found_uids(index, query: str, **kwargs) -> set[str]:
    """The uids of every hit of a query."""
    result = index.search(query, limit=0, **kwargs)
    assert result.total == len(result.hits)
    return {h.uid for h in result.hits}
