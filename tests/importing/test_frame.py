"""A page's frame comes off by its shape and place; the document proper stays whole."""

from __future__ import annotations

from hzreader.core.chrome import REASONS
from hzreader.core.document import parse_with_report

from .helpers import outline

# A page as sites print it: two menus, a breadcrumb and a byline above the title, a share
# bar, a related-articles list and a footer after the text. The frame's words differ from
# the corpus' sites on purpose: the shapes are what is recognised.
PAGE = "\n".join(
    [
        "[首页](http://a.cn/) | [机构](http://a.cn/jg) | [信息公开](http://a.cn/xx) | [办事](http://a.cn/bs)",
        "",
        "*   [政策法规](http://a.cn/1)",
        "*   [规划计划](http://a.cn/2)",
        "*   [统计数据](http://a.cn/3)",
        "",
        "您的位置：首页 > 信息公开 > 规划计划",
        "",
        "# 某市养老服务体系建设实施方案",
        "",
        "发布日期：2024-05-06　　信息来源：市民政局",
        "",
        "【字号：大 中 小】【打印】",
        "",
        "为健全养老服务体系，制定本方案。",
        "",
        "一、发展目标",
        "",
        "到2025年，每个街道建成1家综合养老服务中心。",
        "",
        "![图](http://a.cn/p.jpg)",
        "",
        "图为某街道养老服务中心。",
        "",
        "附件：重点任务分解表",
        "",
        "某市人民政府办公厅",
        "",
        "2024年5月6日",
        "",
        "分享到：",
        "",
        "相关文章",
        "",
        "[关于做好养老服务的通知](http://a.cn/x1)",
        "",
        "[民政局召开工作会议](http://a.cn/x2)",
        "",
        "主办单位：某市人民政府办公厅　网站标识码：3301000001",
        "",
        "某ICP备12345678号",
    ]
)


def test_frame_off_text_whole() -> None:
    doc, report = parse_with_report(PAGE, doc_id="t")
    assert doc.title == "某市养老服务体系建设实施方案"
    assert outline(doc.nodes) == [
        (0, "preamble", "pre", None, None),
        (0, "chapter", "c1", "一", "发展目标"),
        (1, "paragraph", "c1.p1", None, None),
        (1, "paragraph", "c1.p2", None, None),
        (1, "paragraph", "c1.p3", None, None),
        (0, "paragraph", "p1", None, None),
        (0, "paragraph", "p2", None, None),
    ]
    kept = [n.text for n in doc.walk() if n.kind != "sentence"]
    # The caption, the 附件 line, the signature and the date stay.
    assert kept[-4:] == [
        "图为某街道养老服务中心。",
        "附件：重点任务分解表",
        "某市人民政府办公厅",
        "2024年5月6日",
    ]
    text = "\n".join(kept)
    for chrome in ("机构", "统计数据", "您的位置", "信息来源", "打印", "分享", "相关文章", "ICP"):
        assert chrome not in text, chrome
    got = {(d.line, d.reason) for d in report.dropped}
    assert (1, "menu") in got and (7, "breadcrumb") in got and (11, "byline") in got
    assert (33, "related") in got and (35, "links") in got and (41, "footer") in got
    assert (21, "image") in got  # markup inside the text goes, its caption stays
    assert all(d.reason in REASONS and d.label for d in report.dropped)
    assert len(report.dropped) == 14


def test_keep_all_keeps_every_line() -> None:
    doc, report = parse_with_report(PAGE, doc_id="t", keep_all=True)
    assert report.dropped == [] and doc.keep_all
    text = "\n".join(n.text for n in doc.walk())
    for chrome in ("统计数据", "您的位置", "信息来源", "分享到", "相关文章", "ICP"):
        assert chrome in text, chrome


def test_short_lines_alone_are_no_menu() -> None:
    # A short title, a signatory, a two-line title: short lines without punctuation, but not
    # among other chrome, so they stay.
    text = "\n".join(["中华人民共和国宪法", "（1982年12月4日通过）", "第一条 国家的根本制度。"])
    doc, report = parse_with_report(text, doc_id="t")
    assert doc.title == "中华人民共和国宪法" and report.dropped == []
    text = "\n".join(
        [
            "杭州市人民政府办公厅关于做好",
            "2024年度重点工作的通知",
            "各区政府：",
            "现通知如下。",
            "杭州市人民政府",
        ]
    )
    doc, report = parse_with_report(text, doc_id="t")
    assert doc.title == "杭州市人民政府办公厅关于做好2024年度重点工作的通知"
    assert report.dropped == [] and doc.nodes[-1].text == "杭州市人民政府"


def test_capture_tool_preamble_names_the_title() -> None:
    text = "\n".join(
        [
            "Title: 关于推进某项工作的通知 - 某某市人民政府门户网站",
            "URL Source: http://a.cn/1.html",
            "Markdown Content:",
            "[登录](http://a.cn/login)[注册](http://a.cn/reg)",
            "## 关于推进某项工作的通知",
            "各部门：",
            "现就有关事项通知如下。",
            "扫一扫在手机打开当前页",
        ]
    )
    doc, report = parse_with_report(text, doc_id="t")
    assert doc.title == "关于推进某项工作的通知"
    assert [n.text for n in doc.nodes] == ["各部门：", "现就有关事项通知如下。"]
    assert [d.reason for d in report.dropped] == [
        "preamble",
        "preamble",
        "preamble",
        "furniture",
        "furniture",
    ]


def test_empty_attachment_field_after_the_date_is_the_page_s() -> None:
    lines = ["某通知", "各单位：", "请按照执行。", "某某委员会", "2018年4月26日"]
    text = "\n".join([*lines, "附件：", "相关政策", "排行榜"])
    doc, report = parse_with_report(text, doc_id="t")
    assert [n.text for n in doc.nodes][-2:] == ["某某委员会", "2018年4月26日"]
    assert [(d.text, d.reason) for d in report.dropped] == [
        ("附件：", "empty-label"),
        ("相关政策", "related"),
        ("排行榜", "furniture"),
    ]
