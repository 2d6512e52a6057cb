"""The 任务分解表 as plain data: statuses, deadlines, units, what the columns hold."""

from __future__ import annotations

from datetime import date

import pytest

from hzreader.core.errors import BadInputError
from hzreader.core.model import Node
from hzreader.core.tasks import (
    Task,
    clause_content,
    clause_title,
    due_end,
    due_label,
    lead_and_partners,
    normalize_status,
    normalize_unit,
    parse_due,
)


@pytest.mark.parametrize(
    ("given", "status"),
    [
        ("todo", "todo"),
        ("DOING", "doing"),
        ("已完成", "done"),
        ("滞后", "late"),
        (" 推进中 ", "doing"),
        (None, "todo"),
        ("", "todo"),
    ],
)
def test_statuses_in_english_or_chinese(given, status) -> None:
    assert normalize_status(given) == status


def test_an_unknown_status_names_the_choices() -> None:
    with pytest.raises(BadInputError, match=r"未知状态“搁置”.*todo/未开始"):
        normalize_status("搁置")


@pytest.mark.parametrize(
    ("given", "due"),
    [
        ("2025", "2025"),
        ("2025-6", "2025-06"),
        ("2025-06-30", "2025-06-30"),
        ("2024-02-29", "2024-02-29"),
        (None, None),
        ("  ", None),
        ("2025年", "2025"),
        ("2025年底", "2025"),
        ("2025年6月", "2025-06"),
        ("2025年6月30日", "2025-06-30"),
    ],
)
def test_deadlines_at_three_grains(given, due) -> None:
    assert parse_due(given) == due


@pytest.mark.parametrize(
    "bad",
    [
        "2025年13月",
        "25",
        "2025-13",
        "2025-00",
        "2023-02-29",
        "2025/06",
        "2025-06-31",
        "0999",
        "明年",
    ],
)
def test_bad_deadlines_are_refused(bad) -> None:
    with pytest.raises(BadInputError):
        parse_due(bad)


def test_a_deadline_ends_with_its_period() -> None:
    assert due_end("2025") == date(2025, 12, 31)
    assert due_end("2024-02") == date(2024, 2, 29)
    assert due_end("2025-06-15") == date(2025, 6, 15)
    assert [due_label(d) for d in ("2025", "2025-06", "2025-06-05", None)] == [
        "2025年",
        "2025年6月",
        "2025年6月5日",
        "",
    ]


def test_overdue_means_past_the_period_and_not_done() -> None:
    task = Task(id="x", doc="plan", key="m9", title="t", lead="市发改委", due="2025-06")
    assert not task.overdue(date(2025, 6, 30))
    assert task.overdue(date(2025, 7, 1))
    task.status = "done"
    assert not task.overdue(date(2026, 1, 1))
    assert not Task(id="y", doc="plan", key="m1", title="t", lead="a").overdue(date(2099, 1, 1))


def test_units_are_cleaned_and_the_lead_is_no_partner() -> None:
    assert normalize_unit("  市 发改委 \u3000") == "市 发改委"
    assert lead_and_partners(
        "市发改委", ["市财政局", "市发改委", "市财政局", "各区、县（市）政府"]
    ) == (
        "市发改委",
        ["市财政局", "各区、县（市）政府"],
    )
    for bad in ("", "  ", "、", "x" * 101):
        with pytest.raises(BadInputError):
            normalize_unit(bad)


def test_the_columns_of_a_clause_with_its_units() -> None:
    text = (
        "加快储气设施建设。各地要建立储气调峰机制，落实储气责任。"
        "（牵头单位：市发改委；责任单位：市建委、各区政府）"
    )
    node = Node(key="i2", kind="item", number="二", title=None, text=text)
    assert clause_title(node) == "加快储气设施建设"
    assert clause_content(node) == "加快储气设施建设。各地要建立储气调峰机制，落实储气责任。"
    measure = Node(
        key="m9", kind="measure", number="9", title="完善城乡住房保障体系", text="完善…。"
    )
    assert clause_title(measure) == "完善城乡住房保障体系"
    long = Node(
        key="m2.s2",
        kind="sentence",
        number=None,
        title=None,
        text="落实科技创新新型举国体制，全力增强创新策源力、技术供给力、成果转化力，打造国际一流的科创高地。",
    )
    assert clause_title(long) == "落实科技创新新型举国体制"


def test_task_json_has_the_task_shape_of_cli_md() -> None:
    task = Task(
        id="x",
        doc="plan",
        key="m9",
        title="完善城乡住房保障体系",
        lead="市住保房管局",
        partners=["市发改委"],
        due="2025",
        status="doing",
        note="对接",
        citation="第9条",
    )
    data = task.to_json(date(2026, 1, 1))
    assert set(data) >= {
        "id",
        "doc",
        "key",
        "task",
        "citation",
        "lead",
        "partners",
        "due",
        "status",
        "note",
    }
    assert (data["task"], data["lead"], data["partners"], data["due"], data["status"]) == (
        "完善城乡住房保障体系",
        "市住保房管局",
        ["市发改委"],
        "2025",
        "doing",
    )
    assert data["overdue"] is True and data["status_label"] == "推进中"
