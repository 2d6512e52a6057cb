"""The general parser on short texts: one structure, one trap per test."""

from __future__ import annotations

from hzreader.core.cleanup import is_debris, prepare_lines
from hzreader.core.document import parse_document, parse_with_report
from hzreader.core.parser import parse_body

from .helpers import outline


def doc_outline(text: str, **kw) -> list[tuple]:
    return outline(parse_document(text, doc_id="t", **kw).nodes)


def test_heading_only_items_own_their_body_paragraphs() -> None:
    text = "\n".join(
        [
            "标题测试通知",
            "一、工作安排",
            "（一）加强领导",
            "各地要建立机制。",
            "明确分工。",
            "（二）强化考核。纳入考核。",
        ]
    )
    assert doc_outline(text) == [
        (0, "chapter", "c1", "一", "工作安排"),
        (1, "item", "i1", "一", "加强领导"),
        (2, "paragraph", "i1.p1", None, None),
        (2, "paragraph", "i1.p2", None, None),
        (1, "item", "i2", "二", "强化考核"),
    ]


def test_paragraph_between_items_keeps_reading_order() -> None:
    text = "一、任务\n1.甲。甲文。\n中间的说明。\n①子项一；\n②子项二。\n2.乙。"
    nodes = parse_body(text, title="t")
    assert outline(nodes) == [
        (0, "chapter", "c1", "一", "任务"),
        (1, "measure", "m1", "1", "甲"),
        (1, "paragraph", "c1.p1", None, None),
        (1, "list", "l1", "1", "子项一"),
        (1, "list", "l2", "2", "子项二"),
        (1, "measure", "m2", "2", "乙"),
    ]


def test_run_on_and_restarting_numbering() -> None:
    run_on = "一、甲\n1.一。\n2.二。\n二、乙\n3.三。"
    assert [k for _, _, k, _, _ in outline(parse_body(run_on, title="t"))] == [
        "c1",
        "m1",
        "m2",
        "c2",
        "m3",
    ]
    restart = "一、甲\n1.一。\n2.二。\n二、乙\n1.三。"
    assert [k for _, _, k, _, _ in outline(parse_body(restart, title="t"))] == [
        "c1",
        "c1.m1",
        "c1.m2",
        "c2",
        "c2.m1",
    ]


def test_articles_keep_their_paragraphs_and_items() -> None:
    text = (
        "第一章 总则\n第一条 为了规范，制定本办法。\n本办法所称企业，是指本市企业。\n"
        "第二条【职责】市政府应当：\n（一）统筹；\n（二）协调。\n第三条规定的事项另行规定。"
    )
    nodes = parse_body(text, title="办法")
    assert outline(nodes) == [
        (0, "chapter", "c1", "一", "总则"),
        (1, "article", "a1", "一", None),
        (2, "paragraph", "a1.p1", None, None),
        (1, "article", "a2", "二", "职责"),
        (2, "item", "i1", "一", "统筹"),
        (2, "item", "i2", "二", "协调"),
        (2, "paragraph", "a2.p1", None, None),
    ]
    assert nodes[0].children[0].children[0].kind == "sentence"
    assert nodes[0].children[1].children[-1].citation == "《办法》第一章第二条第1段"


def test_sections_between_chapters_and_articles() -> None:
    text = "第一章 总则\n第一节 一般规定\n第一条 甲。\n第二节 特别规定\n第二条 乙。"
    assert [(d, k, key) for d, k, key, _, _ in outline(parse_body(text, title="t"))] == [
        (0, "chapter", "c1"),
        (1, "section", "sec1"),
        (2, "article", "a1"),
        (1, "section", "sec2"),
        (2, "article", "a2"),
    ]


def test_subitems_lists_and_goals() -> None:
    text = "\n".join(
        [
            "一、目标",
            "——经济更强。收入更高。",
            "——社会更好。",
            "二、任务",
            "（一）就业",
            "（1）扩岗位。",
            "（2）稳存量。",
            "① 细则。",
        ]
    )
    assert outline(parse_body(text, title="t")) == [
        (0, "chapter", "c1", "一", "目标"),
        (1, "goal", "g1", None, "经济更强"),
        (1, "goal", "g2", None, "社会更好"),
        (0, "chapter", "c2", "二", "任务"),
        (1, "item", "i1", "一", "就业"),
        (2, "subitem", "n1", "1", "扩岗位"),
        (2, "subitem", "n2", "2", "稳存量"),
        (3, "list", "l1", "1", "细则"),
    ]


def test_dates_and_year_ranges_are_never_items() -> None:
    text = (
        "某某实施方案\n（2021年7月19日）\n2021年7月19日\n"
        "一、目标\n到2025年（2021—2025年）基本建成。\n2022年3月起，开展试点。\n"
        "一、二月份完成摸底。\n3、5年内见效。\n二〇二三年一月一日起施行。"
    )
    got = doc_outline(text)
    assert [k for _, k, *_ in got] == ["preamble", "preamble", "chapter"] + ["paragraph"] * 5
    assert got[2][2:] == ("c1", "一", "目标")


def test_markdown_headings_nest_numbered_and_plain() -> None:
    text = "\n".join(
        [
            "# 一、总体要求",
            "## （一）指导思想",
            "坚持人民至上。",
            "# 二、重点任务",
            "## 基础设施",
            "1. 建网络。",
            "## 公共服务",
            "1. 办服务。",
        ]
    )
    assert outline(parse_body(text, title="t")) == [
        (0, "chapter", "c1", "一", "总体要求"),
        (1, "item", "i1", "一", "指导思想"),
        (2, "paragraph", "i1.p1", None, None),
        (0, "chapter", "c2", "二", "重点任务"),
        (1, "heading", "h1", None, "基础设施"),
        (2, "measure", "h1.m1", "1", "建网络"),
        (1, "heading", "h2", None, "公共服务"),
        (2, "measure", "h2.m1", "1", "办服务"),
    ]


def test_markdown_syntax_reduced_to_text() -> None:
    text = "\n".join(
        [
            "# 标题",
            "导语有**重点**和[链接](http://x.cn)。",
            "- 第一点；",
            "* 第二点。",
            "> 引文。",
            "![图](a.png)",
            "---",
            "| 指标 | 值 |",
            "|---|---|",
            "| 甲 | 1 |",
        ]
    )
    doc = parse_document(text, doc_id="t")
    assert doc.title == "标题"
    got = [(n.kind, n.marker, n.text) for n in doc.nodes]
    assert got == [
        ("preamble", "", "导语有重点和链接。"),
        ("preamble", "•", "第一点；"),
        ("preamble", "•", "第二点。"),
        ("preamble", "", "引文。"),
        ("preamble", "", "| 指标 | 值 |"),
        ("preamble", "", "| 甲 | 1 |"),
    ]


def test_web_debris_dropped_and_captions_kept_as_text() -> None:
    debris = [
        "首页 > 政策 > 文件",
        "当前位置：首页 » 政务公开",
        "来源：杭州日报",
        "【责任编辑：李四】",
        "发布时间：2021-07-29  作者：张三",
        "【打印】【关闭】",
        "【字体：大 中 小】",
        "分享到：",
        "Copyright © 2021 杭州市人民政府",
        "杭州市人民政府 版权所有",
        "浙ICP备05000000号",
        "（记者 王五 摄）",
        "[图片]",
        "————————",
        "* * *",
    ]
    for line in debris:
        assert prepare_lines(line).lines == [], line
    for line in ("资金来源：由市财政安排。", "申请→审核→发放", "一、总体要求", "图为大会现场。"):
        assert not is_debris(line), line
    doc, report = parse_with_report(
        "某通知\n首页 > 通知\n一、要求\n图为大会现场。\n▲ 会场一角\n来源：某网\n", doc_id="t"
    )
    assert [(n.kind, n.text) for n in doc.nodes[0].children] == [
        ("paragraph", "图为大会现场。"),
        ("paragraph", "▲ 会场一角"),
    ]
    assert [(d.line, d.text, d.reason) for d in report.dropped] == [
        (2, "首页 > 通知", "breadcrumb"),
        (6, "来源：某网", "byline"),
    ]


def test_odd_spaces_and_full_width_indentation() -> None:
    text = "\n".join(
        [
            "\u3000\u3000一、\u00a0总\u2002体要求\u2028（一）\u200b指导思想。坚持\u3000人民至上。\r",
            "\t二、保障",
        ]
    )
    nodes = parse_body(text, title="t")
    assert outline(nodes) == [
        (0, "chapter", "c1", "一", "总体要求"),
        (1, "item", "i1", "一", "指导思想"),
        (0, "chapter", "c2", "二", "保障"),
    ]
    assert nodes[0].children[0].text == "指导思想。坚持人民至上。"


def test_title_on_two_lines_and_dateline_under_it() -> None:
    text = "\n".join(
        [
            "浙江省人民政府办公厅关于印发",
            "某某示范区建设方案的通知",
            "（2021年7月19日）",
            "——在全省大会上的部署",
            "一、要求",
            "二、措施",
        ]
    )
    doc = parse_document(text, doc_id="t")
    assert doc.title == "浙江省人民政府办公厅关于印发某某示范区建设方案的通知"
    assert [(n.kind, n.text) for n in doc.nodes[:2]] == [
        ("preamble", "（2021年7月19日）"),
        ("preamble", "——在全省大会上的部署"),
    ]
    doc = parse_document("某某行动计划\n（2023—2025年）\n一、目标\n", doc_id="t")
    assert doc.title == "某某行动计划（2023—2025年）"
    assert doc.nodes[0].key == "c1"
    assert doc.nodes[0].citation == "《某某行动计划（2023—2025年）》第一部分"


def test_no_title_line_falls_back_and_given_title_wins() -> None:
    doc = parse_document("为推进工作，制定本方案。\n一、目标", doc_id="t", fallback_title="文件名")
    assert doc.title == "文件名" and doc.nodes[0].kind == "preamble"
    doc = parse_document("一、目标\n二、措施", doc_id="t")
    assert doc.title == "未命名文档" and [n.key for n in doc.nodes] == ["c1", "c2"]
    doc = parse_document("原标题\n一、目标", doc_id="t", title="改过的标题")
    assert doc.title == "改过的标题" and [n.key for n in doc.nodes] == ["c1"]
    assert doc.nodes[0].citation == "《改过的标题》第一部分"


def test_closing_signature_and_date_outside_chapters() -> None:
    text = "某通知\n一、要求\n认真落实。\n杭州市人民政府办公厅\n2023年4月1日"
    doc = parse_document(text, doc_id="t")
    assert [(n.kind, n.key) for n in doc.nodes] == [
        ("chapter", "c1"),
        ("paragraph", "p1"),
        ("paragraph", "p2"),
    ]


def test_source_text_and_hash() -> None:
    doc = parse_document("\ufeff某通知\r\n一、要求\r\n", doc_id="d1")
    assert doc.source_text == "某通知\n一、要求\n"
    same = parse_document("某通知\n一、要求\n", doc_id="d2")
    assert doc.content_hash == same.content_hash and len(doc.content_hash) == 64


def test_body_that_repeats_its_title_is_parsed_like_the_document() -> None:
    text = "某某方案\n（2021年7月19日）\n一、目标\n1.甲。"
    doc = parse_document(text, doc_id="t")
    assert outline(parse_body(text, title=doc.title)) == outline(doc.nodes)
