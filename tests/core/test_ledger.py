"""Progress of an actual value against a target's goal, for each comparator."""

from __future__ import annotations

import pytest

from hzreader.core.ledger import Actual, LedgerRow, compute_progress, format_number, goal_text
from hzreader.core.targets import Target


@pytest.mark.parametrize(
    ("comparator", "goal", "actual", "fraction", "met", "label"),
    [
        # >=: actual / goal, the bar capped at 100 %, the label not.
        (">=", 18, 9, 0.5, False, "50%"),
        (">=", 18, 18, 1.0, True, "100%"),
        (">=", 4, 4.5, 1.0, True, "112%"),
        (">=", 10, -2, 0.0, False, "-20%"),
        # =: a figure to deliver; reached (or passed) is done.
        ("=", 10000, 7500, 0.75, False, "75%"),
        ("=", 100, 100, 1.0, True, "100%"),
        # <=: met at or below the ceiling; above it the bar shows goal / actual.
        ("<=", 1.7, 1.65, 1.0, True, "达标"),
        ("<=", 1.7, 1.7, 1.0, True, "达标"),
        ("<=", 62.5, 125, 0.5, False, "超出 100%"),
        # ~: within ±10 % of the goal.
        ("~", 5, 5.3, 0.94, True, "偏差 +6%"),
        ("~", 5, 4.5, 0.9, True, "偏差 −10%"),
        ("~", 5, 6, 0.8, False, "偏差 +20%"),
        ("~", 5, 5, 1.0, True, "偏差 ±0%"),
    ],
)
def test_progress(
    comparator: str, goal: float, actual: float, fraction: float, met: bool, label: str
) -> None:
    p = compute_progress(comparator, goal, actual)
    assert p.fraction == pytest.approx(fraction)
    assert p.met is met
    assert p.label == label


def test_progress_with_a_goal_of_zero_has_no_ratio() -> None:
    assert compute_progress(">=", 0, 3).ratio is None
    assert compute_progress(">=", 0, 3).met
    assert not compute_progress("<=", 0, 3).met
    assert compute_progress("~", 0, 0).met


def test_format_number_and_goal_text() -> None:
    assert [format_number(x) for x in (18.0, 83.88, 0.01, 10000.0, 4.6)] == [
        "18",
        "83.88",
        "0.01",
        "10000",
        "4.6",
    ]
    t = Target("城乡居民收入倍差", 1.7, "", "<=", 2025, "g4.s3", "…")
    assert goal_text(t) == "≤ 1.7"
    assert goal_text(Target("人均生产总值", 18, "万元", ">=", 2025, "g1.s2", "…")) == "≥ 18 万元"


def test_ledger_row_uses_the_newest_actual() -> None:
    t = Target("城镇调查失业率", 5, "%", "~", 2025, "g4.s3", "…")
    newest = Actual(2, "plan", t.id, 6.0, "2024-12-31")
    row = LedgerRow(
        t,
        0,
        "一",
        "主要目标",
        "g4",
        None,
        "…",
        "",
        (newest, Actual(1, "plan", t.id, 5.0, "2023-12-31")),
    )
    assert row.latest is newest
    assert row.progress is not None and not row.progress.met
    assert row.chapter_label == "一、主要目标" and row.section_label == "目标"
    data = row.to_json()
    assert data["id"] == t.id and data["progress"]["label"] == "偏差 +20%"
    assert [a["id"] for a in data["actuals"]] == [2, 1]


def _row(comparator: str, goal: float, year: int | None, *points: tuple[str, float]):
    from hzreader.core.ledger import Actual, LedgerRow
    from hzreader.core.targets import Target

    target = Target(name="指标", value=goal, unit="%", comparator=comparator, year=year,
                    key="g1.s2", text="…")  # fmt: skip
    actuals = tuple(
        Actual(i, "plan", "t", v, d) for i, (d, v) in enumerate(sorted(points, reverse=True))
    )
    return LedgerRow(target, 0, "一", "主要目标", "g1", None, None, "", actuals)


def test_where_a_target_stands() -> None:
    from datetime import date

    from hzreader.core.ledger import overview, projection, series, standing

    today = date(2024, 6, 1)
    assert standing(_row(">=", 18, 2025), today) == "none"
    assert standing(_row(">=", 18, 2025, ("2023-12-31", 18.5)), today) == "met"
    # One value: near enough the goal is on track, far from it behind.
    assert standing(_row(">=", 18, 2025, ("2023-12-31", 16.5)), today) == "on_track"
    assert standing(_row(">=", 18, 2025, ("2023-12-31", 12)), today) == "behind"
    # Two values: the trend decides (12 → 15 in a year reaches 18 by the end of 2025).
    rising = _row(">=", 18, 2025, ("2022-12-31", 12), ("2023-12-31", 15))
    assert series(rising)[0] == (date(2022, 12, 31), 12.0)
    assert projection(rising)[0] == date(2025, 12, 31) and projection(rising)[1] > 18
    assert standing(rising, today) == "on_track"
    flat = _row(">=", 18, 2025, ("2022-12-31", 16.5), ("2023-12-31", 16.6))
    assert standing(flat, today) == "behind"
    falling = _row("<=", 5, 2025, ("2022-12-31", 6), ("2023-12-31", 5.5))  # a ceiling
    assert standing(falling, today) == "on_track"
    assert standing(_row(">=", 18, 2020, ("2019-12-31", 17)), today) == "behind"  # year over
    rows = [_row(">=", 18, 2025), rising, flat, _row(">=", 18, 2025, ("2023-12-31", 19))]
    assert overview(rows, today) == {"met": 1, "on_track": 1, "behind": 1, "none": 1}
