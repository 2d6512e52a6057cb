"""The quantitative targets ledger's extraction: the plan's targets, exactly, and nothing else."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from hzreader.core.bundled import parse_bundled
from hzreader.core.model import Document, Node
from hzreader.core.targets import Target, extract_from_sentences, extract_targets, locate

ROOT = Path(__file__).resolve().parents[2]
PLAN_FILE = ROOT / "resources" / "plan" / "hangzhou-common-prosperity-plan-2021-2025.txt"
GOLDEN = json.loads((ROOT / "tests" / "data" / "plan_targets.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def bundled() -> tuple[Document, Document]:
    """The bundled plan and brief, parsed once for this module."""
    return parse_bundled(PLAN_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def plan_targets(bundled: tuple[Document, Document]) -> list[Target]:
    """The targets the extractor finds in the plan."""
    return extract_targets(bundled[0])


def row(t: Target) -> dict:
    """A target in the golden list's shape: where (goal or measure key) and its parts."""
    return {
        "where": t.key.split(".")[0],
        "name": t.name,
        "value": t.value,
        "unit": t.unit,
        "comparator": t.comparator,
        "year": t.year,
    }


def one(text: str) -> list[tuple[str, float, str, str]]:
    """(name, value, unit, comparator) of the targets in one sentence."""
    return [(t.name, t.value, t.unit, t.comparator) for t in extract_from_sentences([("k", text)])]


def test_plan_targets_match_the_golden_list_exactly(plan_targets: list[Target]) -> None:
    assert [row(t) for t in plan_targets] == GOLDEN["targets"]


def test_golden_list_counts_goals_and_measures() -> None:
    where = [t["where"] for t in GOLDEN["targets"]]
    assert sum(w.startswith("g") for w in where) == 25
    assert sum(w.startswith("m") for w in where) == 8


def test_every_target_points_at_its_sentence(
    bundled: tuple[Document, Document], plan_targets: list[Target]
) -> None:
    plan = bundled[0]
    for t in plan_targets:
        node = plan.find(t.key)
        assert node is not None and node.kind == "sentence"
        assert t.text == node.text
        assert t.name in t.text
        span = locate(t)
        assert span is not None
        figure = t.text[span[0] : span[1]]
        assert figure.startswith(f"{t.value:g}") and t.unit in figure


def test_target_ids_are_unique_and_stable(bundled: tuple[Document, Document]) -> None:
    first = [t.id for t in extract_targets(bundled[0])]
    again = [t.id for t in extract_targets(parse_bundled(PLAN_FILE.read_text(encoding="utf-8"))[0])]
    assert first == again
    assert len(set(first)) == len(first)
    assert all(i.startswith(("g", "m")) for i in first)


def test_to_json_is_the_cli_target_shape(plan_targets: list[Target]) -> None:
    data = json.loads(json.dumps([t.to_json() for t in plan_targets], ensure_ascii=False))
    assert all(
        set(d) == {"name", "value", "unit", "comparator", "year", "key", "text"} for d in data
    )
    first = data[0]
    assert first["name"] == "人均生产总值"
    assert first["value"] == 18 and isinstance(first["value"], float)
    assert (first["unit"], first["comparator"], first["year"], first["key"]) == (
        "万元",
        ">=",
        2025,
        "g1.s2",
    )
    assert first["text"] == "人均生产总值突破18万元，全员劳动生产率达到27万元/人。"


def test_brief_yields_only_the_plan_target_it_quotes(bundled: tuple[Document, Document]) -> None:
    # The brief's 7月29日, 6月, 28个试点, 2021—2025年, 到2025年 and “1小时” are no targets; its
    # one target restates the plan's 4个“1小时交通圈”.
    found = [(t.name, t.value, t.unit, t.comparator, t.year) for t in extract_targets(bundled[1])]
    assert found == [("1小时交通圈", 4, "个", "=", 2025)]


@pytest.mark.parametrize(
    "text",
    [
        "实现5G基站乡镇以上地区全覆盖、5G网络重点行政村全覆盖。",
        "深度参与G60科创大走廊建设。",
        "持续推进“5433”综合交通大会战。",
        "全面落实“152”工作体系，以重大需求为抓手。",
        "《杭州行动计划（2021—2025年）》正式发布。",
        "2021—2025年，全市经济稳步发展。",
        "到2025年，“轨道上的杭州”基本成型。",
        "1.优化特大城市空间格局。",
        "12.推动实现更加充分更高质量就业。",
        "2、推进高水平科技自立自强。",
        "（3）完善城乡住房保障体系。",
        "第4条 本办法自发布之日起施行。",
        "好地网7月29日消息，今年6月，浙江成为全国首个共同富裕示范区。",
        "此前，浙江已公布首批试点名单，共计六大领域，28个试点。",
        "抓好能源、工业、建筑、交通、农业、居民生活6大重点领域绿色低碳转型。",
        "建成1小时交通圈，打造15分钟生活圈。",
        "实现居民收入十年翻一番，中等收入群体规模力争实现倍增。",
        "学龄青年接受高等教育（大专及以上）愿学尽学。",
    ],
)
def test_no_false_targets(text: str) -> None:
    assert one(text) == []


def test_range_names_a_group_and_the_share_is_the_target() -> None:
    assert one("家庭年可支配收入10—50万元的群体比例达到80%。") == [
        ("家庭年可支配收入10—50万元的群体比例", 80, "%", ">=")
    ]
    assert one("家庭年可支配收入10-50万元的群体比例达到80%。") == [
        ("家庭年可支配收入10-50万元的群体比例", 80, "%", ">=")
    ]


def test_ascii_punctuation_and_full_width_digits_are_tolerated() -> None:
    text = "城镇调查失业率控制在5%左右,城乡居民收入倍差缩小到1.7以内;人均预期寿命超过８３．８８岁"
    assert one(text) == [
        ("城镇调查失业率", 5, "%", "~"),
        ("城乡居民收入倍差", 1.7, "", "<="),
        ("人均预期寿命", 83.88, "岁", ">="),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("森林覆盖率不低于66%。", [("森林覆盖率", 66, "%", ">=")]),
        ("PM2.5平均浓度低于30微克/立方米。", [("PM2.5平均浓度", 30, "微克/立方米", "<=")]),
        (
            "单位生产总值能耗不超过0.3吨标准煤/万元。",
            [("单位生产总值能耗", 0.3, "吨标准煤/万元", "<=")],
        ),
        ("城镇登记失业率控制在3.5%以内。", [("城镇登记失业率", 3.5, "%", "<=")]),
        ("农村居民人均收入达到约5万元。", [("农村居民人均收入", 5, "万元", "~")]),
        ("单位GDP能耗下降13.5%。", [("单位GDP能耗", 13.5, "%", "=")]),
        ("研发投入持续提高，力争达到4%。", [("研发投入", 4, "%", ">=")]),
        ("城镇居民人均可支配收入达到10,000元。", [("城镇居民人均可支配收入", 10000, "元", ">=")]),
        ("新增10000家大学生创业企业。", [("新增大学生创业企业", 10000, "家", "=")]),
        (
            "培育100个康养联合体、建成20个未来社区。",
            [
                ("康养联合体", 100, "个", "="),
                ("未来社区", 20, "个", "="),
            ],
        ),
        ("最低工资标准提高到平均工资的40%以上。", [("最低工资标准", 40, "%", ">=")]),
        ("收入实现翻一番、超过2万亿元。", [("收入", 2, "万亿元", ">=")]),
    ],
)
def test_names_values_units_comparators(text: str, expected: list) -> None:
    assert one(text) == expected


def test_year_comes_from_the_sentence_or_earlier_text() -> None:
    pairs = [
        ("a.s1", "到2025年，城市格局持续优化。"),
        ("a.s2", "人均生产总值突破18万元。"),
        ("a.s3", "到2030年，人均预期寿命超过85岁，2035年前实现碳中和。"),
    ]
    assert [(t.key, t.year) for t in extract_from_sentences(pairs)] == [
        ("a.s2", 2025),
        ("a.s3", 2030),
    ]
    assert [t.year for t in extract_from_sentences(pairs[1:2], year=2027)] == [2027]
    assert [t.year for t in extract_from_sentences(pairs[1:2])] == [None]


def sentence(key: str, text: str) -> Node:
    """A sentence node."""
    return Node(key=key, kind="sentence", number=None, title=None, text=text)


def test_a_lead_paragraph_sets_the_year_of_its_chapter_and_a_measure_keeps_its_own() -> None:
    lead = Node(
        "c1.p1", "paragraph", None, None, "", [sentence("c1.p1.s1", "到2025年，目标如下。")]
    )
    goal = Node("g1", "goal", None, None, "", [sentence("g1.s1", "社会诚信度达到96%以上。")])
    m1 = Node(
        "m1",
        "measure",
        "1",
        None,
        "",
        [
            sentence("m1.s1", "到2023年，城市公园绿地服务半径覆盖率达到90%。"),
        ],
    )
    m2 = Node("m2", "measure", "2", None, "", [sentence("m2.s1", "新增大学生创业企业10000家。")])
    doc = Document(
        id="d",
        title="t",
        kind="plan",
        nodes=[
            Node("c1", "chapter", "一", "主要目标", "", [lead, goal]),
            Node("c2", "chapter", "二", "举措", "", [m1, m2]),
        ],
    )
    assert [(t.key, t.year) for t in extract_targets(doc)] == [
        ("g1.s1", 2025),
        ("m1.s1", 2023),
        ("m2.s1", None),
    ]


def test_the_raw_source_with_ascii_marks_gives_the_same_targets() -> None:
    # The bundled file as shipped (ASCII , : ( ) ;), split without the parser.
    lines = PLAN_FILE.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("附"))
    pairs = [
        (f"{n}.{k}", s)
        for n, line in enumerate(lines[start + 1 :])
        for k, s in enumerate(re.findall(r"[^。；;]+[。；;]?", line))
    ]
    found = [
        (t.name.replace("(", "（").replace(")", "）"), t.value, t.unit, t.comparator)
        for t in extract_from_sentences(pairs)
    ]
    assert found == [(g["name"], g["value"], g["unit"], g["comparator"]) for g in GOLDEN["targets"]]
