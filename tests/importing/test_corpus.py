"""The import corpus: every document's exact outline, as a reader of the text sees it."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.core.document import parse_with_report
from hzreader.importers import read_file

from .helpers import CORPUS, outline


def _parse(path: Path):
    read = read_file(path)
    doc, report = parse_with_report(read.text, doc_id="t", fallback_title=path.stem)
    return read, doc, report


PROVINCIAL_TITLE = "浙江省促进城乡居民增收实施方案（2023—2027年）"
PROVINCIAL = [
    (0, "preamble", "pre", None, None),
    (0, "chapter", "c1", "一", "总体要求"),
    (1, "item", "c1.i1", "一", "指导思想"),
    (2, "paragraph", "c1.i1.p1", None, None),
    (1, "item", "c1.i2", "二", "主要目标"),
    (0, "chapter", "c2", "二", "重点任务"),
    (1, "item", "c2.i1", "一", "拓宽就业增收渠道"),
    (2, "measure", "m1", "1", "稳定和扩大就业"),
    (2, "measure", "m2", "2", "健全工资合理增长机制"),
    (1, "item", "c2.i2", "二", "拓宽经营增收渠道"),
    (2, "measure", "m3", "3", "支持个体工商户发展"),
    (2, "measure", "m4", "4", "发展壮大村级集体经济"),
    (1, "item", "c2.i3", "三", "拓宽财产增收渠道"),
    (2, "measure", "m5", "5", "丰富居民投资渠道"),
    (0, "chapter", "c3", "三", "保障措施"),
    (1, "measure", "m6", "6", "加强组织领导"),
    (1, "measure", "m7", "7", "强化监测评估"),
]


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("provincial_plan.utf8.txt", "utf-8"),
        ("provincial_plan.gbk.txt", "gbk"),
        ("provincial_plan.utf16.txt", "utf-16"),
    ],
)
def test_provincial_plan_in_every_encoding(name: str, encoding: str) -> None:
    read, doc, _ = _parse(CORPUS / name)
    assert read.encoding == encoding
    assert doc.title == PROVINCIAL_TITLE
    assert outline(doc.nodes) == PROVINCIAL
    m4 = doc.find("m4")
    assert [s.key for s in m4.children] == ["m4.s1", "m4.s2"]
    assert m4.citation == f"《{PROVINCIAL_TITLE}》第二部分第（二）项第4条"


def test_same_document_same_outline_and_hash_in_three_encodings() -> None:
    docs = [_parse(CORPUS / f"provincial_plan.{e}.txt")[1] for e in ("utf8", "gbk", "utf16")]
    full = [[(n.key, n.kind, n.text, n.citation) for n in d.walk()] for d in docs]
    assert full[0] == full[1] == full[2]
    assert len({d.content_hash for d in docs}) == 1


def test_regulation_chapters_sections_articles() -> None:
    read, doc, _ = _parse(CORPUS / "regulation.utf16.txt")
    assert read.encoding == "utf-16"
    assert doc.title == "杭州市数字经济促进条例"
    assert outline(doc.nodes) == [
        (0, "preamble", "pre", None, None),
        (0, "chapter", "c1", "一", "总则"),
        (1, "article", "a1", "一", None),
        (1, "article", "a2", "二", None),
        (2, "paragraph", "a2.p1", None, None),
        (0, "chapter", "c2", "二", "数字基础设施"),
        (1, "section", "sec1", "一", "网络设施"),
        (2, "article", "a3", "三", None),
        (3, "item", "i1", "一", "第五代移动通信网络"),
        (3, "item", "i2", "二", "千兆光纤网络"),
        (3, "item", "i3", "三", "物联网感知设施"),
        (1, "section", "sec2", "二", "算力设施"),
        (2, "article", "a4", "四", None),
        (0, "chapter", "c3", "三", "附则"),
        (1, "article", "a5", "五", None),
    ]
    assert doc.nodes[0].text.startswith("（2023年6月28日杭州市第十四届")
    prefix = "《杭州市数字经济促进条例》"
    assert doc.find("a2.p1").citation == prefix + "第一章第二条第1段"
    assert doc.find("i2").citation == prefix + "第二章第一节第三条第（二）项"


def test_notice_with_heading_only_items_and_a_closing() -> None:
    read, doc, _ = _parse(CORPUS / "notice.txt")
    assert read.encoding == "utf-8"
    assert doc.title == "杭州市人民政府办公厅关于做好2024年度居民增收重点工作的通知"
    assert outline(doc.nodes) == [
        (0, "preamble", "pre", None, None),
        (0, "preamble", "pre2", None, None),
        (0, "chapter", "c1", "一", "稳定就业岗位"),
        (1, "paragraph", "c1.p1", None, None),
        (1, "paragraph", "c1.p2", None, None),
        (0, "chapter", "c2", "二", "提高农民收入"),
        (1, "item", "i1", "一", "发展乡村产业"),
        (2, "paragraph", "i1.p1", None, None),
        (1, "item", "i2", "二", "促进农民转移就业"),
        (2, "paragraph", "i2.p1", None, None),
        (0, "chapter", "c3", "三", "抓好工作落实"),
        (1, "paragraph", "c3.p1", None, None),
        (0, "paragraph", "p1", None, None),
        (0, "paragraph", "p2", None, None),
    ]
    assert [doc.find("p1").text, doc.find("p2").text] == ["杭州市人民政府办公厅", "2024年3月15日"]
    assert doc.find("i2.p1").text == "开展技能培训，全年培训农村劳动力5万人次。"


def test_markdown_article() -> None:
    read, doc, report = _parse(CORPUS / "article.md")
    assert read.format == "md"
    assert doc.title == "学习《行动计划》的几点体会"
    assert outline(doc.nodes) == [
        (0, "preamble", "pre", None, None),
        (0, "chapter", "c1", "一", "深刻把握目标要求"),
        (1, "paragraph", "c1.p1", None, None),
        (0, "chapter", "c2", "二", "抓好贯彻落实"),
        (1, "heading", "h1", None, "对标对表"),
        (2, "measure", "h1.m1", "1", "梳理本单位牵头任务，形成任务清单"),
        (2, "measure", "h1.m2", "2", "明确时间节点和责任人"),
        (1, "heading", "h2", None, "改革创新"),
        (2, "measure", "h2.m1", "1", "以数字化改革为牵引，重塑工作流程"),
        (2, "measure", "h2.m2", "2", "总结推广基层经验，详见杭州市政府门户网站"),
        (2, "paragraph", "h2.p1", None, None),
        (2, "paragraph", "h2.p2", None, None),
        (0, "chapter", "c3", "三", "结语"),
        (1, "paragraph", "c3.p1", None, None),
    ]
    assert doc.find("c1.p1").text.endswith("这一目标既积极又稳妥。")
    assert [doc.find(k).marker for k in ("h2.p1", "h2.p2")] == ["•", "•"]
    assert report.dropped == []


def test_web_page_copy_drops_debris() -> None:
    read, doc, report = _parse(CORPUS / "webpage.txt")
    assert read.encoding == "utf-8-sig"
    assert doc.title == "关于进一步支持新就业形态劳动者权益保障的若干措施"
    assert outline(doc.nodes) == [
        (0, "preamble", "pre", None, None),
        (0, "preamble", "pre2", None, None),
        (0, "chapter", "c1", "一", "规范用工关系"),
        (1, "measure", "m1", "1", "指导平台企业依法用工"),
        (1, "measure", "m2", "2", "落实公平就业制度，不得以性别、年龄等为由设置歧视性条件"),
        (0, "chapter", "c2", "二", "完善权益保障"),
        (1, "measure", "m3", "3", "推进职业伤害保障试点"),
        (1, "measure", "m4", "4", "建设“暖心驿站”500个"),
        (1, "paragraph", "c2.p1", None, None),
        (1, "paragraph", "c2.p2", None, None),
        (0, "chapter", "c3", "三", "加强组织实施"),
        (1, "paragraph", "c3.p1", None, None),
    ]
    assert doc.nodes[0].text == "（2022年11月8日）"
    assert doc.find("c2.p2").text == "图为外卖骑手在“暖心驿站”休息。"
    assert len(report.dropped) == 12
    text = "".join(n.text for n in doc.walk())
    for debris in (
        "首页",
        "打印",
        "来源：市人力社保局",
        "分享",
        "Copyright",
        "ICP",
        "\u3000",
        "\xa0",
    ):
        assert debris not in text, debris


def test_numbering_restarting_in_each_chapter() -> None:
    read, doc, _ = _parse(CORPUS / "restart.gbk.txt")
    assert read.encoding == "gbk"
    assert doc.title == "杭州市推进“15分钟公共服务圈”建设行动方案"
    assert outline(doc.nodes) == [
        (0, "preamble", "pre", None, None),
        (0, "chapter", "c1", "一", "教育服务"),
        (1, "measure", "c1.m1", "1", "新建改扩建中小学30所"),
        (1, "measure", "c1.m2", "2", "推进城乡教共体全覆盖"),
        (0, "chapter", "c2", "二", "医疗服务"),
        (1, "measure", "c2.m1", "1", "每个街道建成1家社区卫生服务中心"),
        (1, "measure", "c2.m2", "2", "推进家庭医生签约服务"),
        (1, "measure", "c2.m3", "3", "建设智慧医疗平台"),
        (0, "chapter", "c3", "三", "养老服务"),
        (1, "measure", "c3.m1", "1", "建设社区嵌入式养老机构"),
    ]
    assert doc.find("c2.m3").citation.endswith("第二部分第3条")


def test_word_document_with_heading_styles(policy_docx: Path) -> None:
    read, doc, _ = _parse(policy_docx)
    assert (read.format, read.encoding) == ("docx", "docx")
    assert doc.title == "关于支持山区县跨越式高质量发展的意见"
    assert outline(doc.nodes) == [
        (0, "preamble", "pre", None, None),
        (0, "preamble", "pre2", None, None),
        (0, "chapter", "c1", "一", "总体要求"),
        (1, "item", "i1", "一", "指导思想"),
        (2, "paragraph", "i1.p1", None, None),
        (1, "item", "i2", "二", "主要目标"),
        (2, "paragraph", "i2.p1", None, None),
        (0, "chapter", "c2", "二", "重点任务"),
        (1, "measure", "m1", "1", "壮大特色产业"),
        (1, "measure", "m2", "2", "提升公共服务"),
        (1, "heading", "h1", None, "主要指标"),
        (2, "paragraph", "h1.p1", None, None),
        (2, "paragraph", "h1.p2", None, None),
        (0, "chapter", "c3", "三", "保障措施"),
        (1, "measure", "m3", "3", "加强组织领导"),
    ]
    assert doc.find("h1.p2").text == "| 人均可支配收入增幅 | 高于全省 |"


def test_corpus_has_six_documents_at_least() -> None:
    names = {p.name.split(".")[0] for p in CORPUS.iterdir() if p.suffix in (".txt", ".md")}
    assert len(names) >= 6
