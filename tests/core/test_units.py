"""Responsible units read from a task's closing parenthesis (the text itself stays)."""

from __future__ import annotations

import pytest

from hzreader.core.model import Node
from hzreader.core.units import Role, responsible_units, split_units


@pytest.mark.parametrize(
    ("text", "lead", "partners"),
    [
        (
            "推进城乡教共体全覆盖。（牵头单位：市发改委；责任单位：各区、县（市）政府）",
            "市发改委",
            ("各区、县（市）政府",),
        ),
        (
            "完善养老服务体系。（牵头单位：市民政局，责任单位：市财政局、市卫生健康委）",
            "市民政局",
            ("市财政局", "市卫生健康委"),
        ),
        (
            "建设智慧医疗平台。（责任部门：市卫生健康委、市数据资源局）",
            "市卫生健康委",
            ("市数据资源局",),
        ),
        (
            "助力打造数字交通。（牵头部门：市交通委、市水务局、市经济信息化委）",
            "市交通委",
            ("市水务局", "市经济信息化委"),
        ),
        ("做好规划实施与跟踪监督。（各有关单位）", "各有关单位", ()),
        ("强化资金保障（牵头单位：市财政局等）。", "市财政局", ()),
        ("（责任单位：市委组织部、市人力社保局、市委组织部）", "市委组织部", ("市人力社保局",)),
    ],
)
def test_lead_and_partners(text: str, lead: str, partners: tuple[str, ...]) -> None:
    units = responsible_units(text)
    assert units is not None
    assert (units.lead, units.partners) == (lead, partners)
    assert text[units.start] == "（" and text[units.end - 1] == "）"


def test_roles_keep_their_labels() -> None:
    units = responsible_units("（牵头单位：市发改委；责任单位：各区、县（市）政府，市级有关部门）")
    assert units.roles == (
        Role("牵头单位", ("市发改委",)),
        Role("责任单位", ("各区、县（市）政府", "市级有关部门")),
    )


@pytest.mark.parametrize(
    "text",
    [
        "浙江省促进城乡居民增收实施方案（2023—2027年）",
        "按照《托育机构登记和备案办法（试行）》（国卫办人口发〔2019〕25号）要求。",
        "鼓励省内高等院校和职业院校（含技工院校）开设相关专业。",
        "（一）坚持政府主导",
        "由省卫生健康部门牵头，发展改革、教育等部门为成员。",
        "",
    ],
)
def test_no_units_where_none_are_named(text: str) -> None:
    assert responsible_units(text) is None


def test_split_units_outside_brackets() -> None:
    assert split_units("市发改委、市经信局（市数据局）、各区、县（市）政府等") == [
        "市发改委",
        "市经信局（市数据局）",
        "各区、县（市）政府",
    ]


def test_node_json_carries_lead_and_partners() -> None:
    text = "建网络。（牵头单位：市发改委；责任单位：市经信局）"
    node = Node("m1", "measure", "1", "建网络", text)
    sentence = Node("m1.s2", "sentence", None, None, "（牵头单位：市发改委；责任单位：市经信局）")
    node.children.append(sentence)
    data = node.to_json()
    assert (data["lead"], data["partners"]) == ("市发改委", ["市经信局"])
    assert (data["children"][0]["lead"], data["children"][0]["partners"]) == (None, [])
    assert node.text.endswith("责任单位：市经信局）")  # the text keeps what it says
