"""RelationsService on the bundled library: related clauses, the guide's links, bad input."""

from __future__ import annotations

import pytest

from hzreader.core.errors import BadInputError, NotFoundError
from hzreader.services.composition import Services


def test_the_brief_highlights_lead_to_their_measures(app_ctx) -> None:
    service = Services(app_ctx).relations
    assert service.guide_target("brief").id == "plan"
    links = {link.key: link for link in service.guide_links("brief")}
    # The three highlights (一核九星, 宅地供给, 交通圈) and the measures they explain.
    assert links["c1"].best.unit.key == "m1"
    assert links["c2"].best.unit.key == "m9"
    assert links["c3"].best.unit.key in ("g2", "m7")
    assert links["c3.p2"].best.unit.citation.endswith("第三部分第7条")
    assert links["pre2"].best is None  # 首批试点名单: the plan does not say it
    explained = service.explained_by("plan")
    assert {e.guide_key for e in explained["m9"]} >= {"c2", "c2.p1", "c2.p2", "c2.p3"}
    assert "m24" not in explained


def test_related_across_the_library_and_grouped(app_ctx) -> None:
    result = Services(app_ctx).relations.related("m9")
    groups = result.by_document()
    assert list(groups) == ["brief"]
    assert {m.unit.key for m in groups["brief"]} >= {"c2.p1", "c2.p3"}
    scores = [m.score for m in result.matches]
    assert scores == sorted(scores, reverse=True)


def test_a_sentence_finds_its_paragraph(app_ctx) -> None:
    result = Services(app_ctx).relations.related("m9.s2", in_doc="brief")
    assert result.matches[0].unit.key == "c2.p1"


def test_bad_input(app_ctx) -> None:
    service = Services(app_ctx).relations
    with pytest.raises(NotFoundError):
        service.related("m99")
    with pytest.raises(NotFoundError):
        service.related("m9", in_doc="nosuch")
    with pytest.raises(BadInputError):
        service.related("m9", in_doc="plan")
    with pytest.raises(BadInputError):
        service.align("brief", "brief")
    with pytest.raises(BadInputError):
        service.export_alignment("brief", "plan", "pdf", "x.pdf")
