"""Titles of editions of one document: the same once period, stage and years are left out."""

from __future__ import annotations

from hzreader.core.edition_titles import similar_titles, title_similarity, title_stem

PLAN = "杭州争当浙江高质量发展建设共同富裕示范区城市范例的行动计划（2021—2025年）"


def test_period_stage_and_years_are_not_the_title() -> None:
    stem = title_stem(PLAN)
    assert stem == "杭州争当浙江高质量发展建设共同富裕示范区城市范例的行动计划"
    for other in (
        "杭州争当浙江高质量发展建设共同富裕示范区城市范例的行动计划（2026—2030年）",
        "杭州争当浙江高质量发展建设共同富裕示范区城市范例的行动计划（征求意见稿）",
        "《杭州争当浙江高质量发展建设共同富裕示范区城市范例的行动计划》 2021年修订稿",
    ):
        assert title_stem(other) == stem
        assert title_similarity(PLAN, other) == 1.0


def test_only_similar_titles_are_offered_best_first() -> None:
    candidates = [
        ("district", "上城区争当共同富裕示范区城市范例先行区实施方案（2021—2025年）"),
        ("brief", "杭州行动计划亮相，城建方面亮点多多（好地网解读）"),
        ("plan", PLAN),
        ("near", "杭州争当浙江高质量发展建设共同富裕示范区城市范例的三年行动计划"),
    ]
    found = similar_titles(PLAN + "（修订稿）", candidates)
    assert [doc for doc, _ in found] == ["plan", "near"]
    assert found[0][1] == 1.0 > found[1][1] >= 0.8
    assert similar_titles("", candidates) == []
