"""The bundled plan's exact structure, as a reader of the printed text sees it."""

from __future__ import annotations

import pytest

from hzreader.core.bundled import parse_bundled
from hzreader.core.model import Node

CHAPTERS = [
    ("一", "主要目标"),
    ("二", "加快建设全球数字变革策源地，切实增强高质量发展的空间和动能支撑"),
    ("三", "促进城乡区域一体化发展，让全市人民共享高品质生活"),
    ("四", "深化收入分配制度改革，不断缩小居民收入差距"),
    ("五", "推动社会全面进步，着力建设文明和谐美丽家园"),
    ("六", "扛起省会城市和沿海发达城市的责任担当，为全省全国大局多作贡献"),
    ("七", "落实工作保障，凝聚推动全域共同富裕的强大合力"),
]
MEASURES = {
    1: "优化特大城市空间格局",
    2: "推进高水平科技自立自强",
    3: "构建具有国际竞争力的现代产业体系",
    4: "全面提升城市国际化水平",
    5: "构建热带雨林式创新创业生态",
    6: "有序推进碳达峰碳中和",
    7: "构建互联互通的基础设施体系",
    8: "推进优质公共服务均等可及",
    9: "完善城乡住房保障体系",
    10: "构建市域统筹的社会保障体系",
    11: "健全城乡融合发展的体制机制",
    12: "推动实现更加充分更高质量就业",
    13: "全面落实居民收入和中等收入群体双倍增计划",
    14: "完善财政政策调节收入机制",
    15: "大力发展公益慈善事业",
    16: "丰富人民精神文化生活",
    17: "全力打造“湿地水城·大美杭州”",
    18: "全面提升平安杭州法治杭州建设水平",
    19: "充分发挥龙头领跑示范带动作用",
    20: "深入开展跨省合作和对口支援",
    21: "加强组织领导",
    22: "以数字化改革驱动制度重塑",
    23: "强化系统观念",
    24: "营造良好氛围",
}
GOAL_TITLES = [
    "经济发展质效显著提高，努力实现先富引领",
    "国土空间开发保护格局持续优化，努力实现区域共富",
    "人的全生命周期公共服务优质均衡，努力实现城乡共富",
    "城乡居民收入差距明显缩小，努力实现群体共富",
    "社会文明和谐程度持续提高，努力实现物质精神共富",
    "市域内外联动发展共同提升，努力实现协作地区共富",
]


@pytest.fixture(scope="module")
def docs(plan_raw: str):
    return parse_bundled(plan_raw)


def _chapters(plan) -> list[Node]:
    return [n for n in plan.nodes if n.kind == "chapter"]


def test_title_and_preamble(docs) -> None:
    plan, _ = docs
    assert plan.title == "杭州争当浙江高质量发展建设共同富裕示范区城市范例的行动计划（2021—2025年）"
    assert plan.nodes[0].kind == "preamble"
    assert plan.nodes[0].text.startswith("党中央、国务院出台支持浙江")


def test_seven_chapters_with_titles(docs) -> None:
    plan, _ = docs
    chapters = _chapters(plan)
    assert [(c.number, c.title) for c in chapters] == CHAPTERS
    assert [c.key for c in chapters] == [f"c{i}" for i in range(1, 8)]


def test_six_goals_in_chapter_one(docs) -> None:
    plan, _ = docs
    c1 = _chapters(plan)[0]
    goals = [n for n in c1.children if n.kind == "goal"]
    assert [g.title for g in goals] == GOAL_TITLES
    assert [g.key for g in goals] == [f"g{i}" for i in range(1, 7)]
    assert all(g.marker == "——" for g in goals)
    assert [n.kind for n in c1.children] == ["paragraph"] + ["goal"] * 6
    assert not [n for c in _chapters(plan)[1:] for n in c.walk() if n.kind == "goal"]


def test_measures_numbered_and_titled(docs) -> None:
    plan, _ = docs
    measures = [n for n in plan.walk() if n.kind == "measure"]
    assert {int(m.number): m.title for m in measures} == MEASURES
    assert [m.key for m in measures] == [f"m{i}" for i in range(1, 25)]


def test_measures_per_chapter(docs) -> None:
    plan, _ = docs
    counts = [len([n for n in c.children if n.kind == "measure"]) for c in _chapters(plan)]
    assert counts == [0, 6, 5, 4, 3, 2, 4]


def test_every_text_node_split_into_sentences(docs) -> None:
    plan, _ = docs
    for node in plan.walk():
        if node.kind in ("measure", "goal", "paragraph", "preamble"):
            sentences = [c for c in node.children if c.kind == "sentence"]
            assert len(sentences) >= 1, node.key
            assert "".join(s.text for s in sentences) == node.text
    m9 = plan.find("m9")
    assert [s.key for s in m9.children][:2] == ["m9.s1", "m9.s2"]
    assert m9.children[0].text == "完善城乡住房保障体系。"
    assert len(m9.children) == 7


def test_sentences_never_split_inside_quotes_or_brackets(docs) -> None:
    plan, _ = docs
    for node in plan.walk():
        if node.kind == "sentence":
            assert node.text.count("“") == node.text.count("”"), node.key
            assert node.text.count("（") == node.text.count("）"), node.key


def test_no_brief_inside_plan(docs) -> None:
    plan, brief = docs
    text = "".join(n.text for n in plan.walk())
    assert "好地网" not in text
    assert "城建方面亮点多多" not in text
    assert "杭州云城未来通勤网" not in text
    assert brief.kind == "guide"
    assert [c.title for c in brief.nodes if c.kind == "chapter"] == [
        "“一核九星”定位明确",
        "“九星”宅地供给比例将增加",
        "建成4个“1小时交通圈”",
    ]


def test_canonical_punctuation_and_raw_source_kept(docs) -> None:
    plan, _ = docs
    assert "," in plan.source_text and "(" in plan.source_text
    for node in plan.walk():
        for mark in ",:;()":
            assert mark not in node.text, (node.key, mark)
    assert "R&D经费投入强度达到4%" in plan.find("g1").text
    assert "全员劳动生产率达到27万元/人" in plan.find("g1").text


def test_citations(docs) -> None:
    plan, _ = docs
    title = f"《{plan.title}》"
    assert plan.find("m9").citation == f"{title}第三部分第9条"
    assert plan.find("m9.s2").citation == f"{title}第三部分第9条第2句"
    assert plan.find("c1").citation == f"{title}第一部分"
    assert plan.find("g1").citation == f"{title}第一部分第2段"


def test_keys_unique_and_deterministic(plan_raw: str) -> None:
    first, _ = parse_bundled(plan_raw)
    second, _ = parse_bundled(plan_raw)
    keys = [n.key for n in first.walk()]
    assert len(keys) == len(set(keys))
    assert keys == [n.key for n in second.walk()]
