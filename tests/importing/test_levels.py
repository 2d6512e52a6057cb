"""Levels beyond 一、/（一）/1.: 篇/章/节, 专栏, 附件, 目录, a./b., sentence-like headings."""

from __future__ import annotations

from hzreader.core.document import parse_document
from hzreader.importers import read_file

from .helpers import CORPUS, outline


def _doc(text: str):
    return parse_document(text, doc_id="t")


def test_outline_with_volumes_chapters_sections_and_a_box() -> None:
    doc = parse_document(read_file(CORPUS / "outline_gangyao.txt").text, doc_id="t")
    assert doc.title == "中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    top = [(d, k, key, n) for d, k, key, n, _ in outline(doc.nodes) if k != "paragraph"]
    assert top == [
        (0, "preamble", "pre", None),
        (0, "volume", "v1", "一"),
        (1, "chapter", "c1", "一"),
        (2, "section", "c1.sec1", "一"),
        (2, "section", "c1.sec2", "二"),
        (1, "chapter", "c2", "二"),
        (2, "section", "c2.sec1", "一"),
        (2, "section", "c2.sec2", "二"),
        (3, "goal", "g1", None),
        (3, "goal", "g2", None),
        (1, "chapter", "c3", "三"),
        (2, "section", "c3.sec1", "一"),
        (2, "section", "c3.sec2", "二"),
        (3, "goal", "g3", None),
        (0, "volume", "v2", "二"),
        (1, "chapter", "c4", "四"),
        (2, "section", "c4.sec1", "一"),
        (2, "section", "c4.sec2", "二"),
        (3, "box", "box2", "2"),
        (1, "chapter", "c5", "五"),
        (2, "section", "c5.sec1", "一"),
        (2, "section", "c5.sec2", "二"),
    ]
    title = f"《{doc.title}》"
    # Chapters run on across 篇; sections restart in every chapter, so they are qualified.
    assert doc.find("c5.sec1").title == "激励企业加大研发投入"
    assert doc.find("c5.sec1").citation == f"{title}第二篇第五章第一节"
    assert doc.find("c5.sec1.p1").citation == f"{title}第二篇第五章第一节第1段"
    box = doc.find("box2")
    assert (box.title, box.citation) == ("科技前沿领域攻关", f"{title}第二篇第四章第二节专栏2")
    assert box.children[0].text == "01 新一代人工智能"
    assert len(box.children) == 4  # its indented lines, not the chapter after it


def test_a_heading_s_full_stop_on_the_next_line() -> None:
    doc = _doc(
        "某意见\n三、组织实施\n（一）坚持政府主导\n。各级政府要提高认识。\n（二）推进部门协调。\n建立联席会议。"
    )
    assert outline(doc.nodes) == [
        (0, "chapter", "c3", "三", "组织实施"),
        (1, "item", "i1", "一", "坚持政府主导"),
        (2, "paragraph", "i1.p1", None, None),
        (1, "item", "i2", "二", "推进部门协调"),
        (2, "paragraph", "i2.p1", None, None),
    ]
    assert (
        doc.find("i1").text == "坚持政府主导。" and doc.find("i1.p1").text == "各级政府要提高认识。"
    )


def test_latin_letters_under_a_chapter_and_under_a_subitem() -> None:
    text = "\n".join(
        [
            "一、办理材料",
            "a.病历资料：出院记录。",
            "b.《信息采集表》",
            "二、办理步骤",
            "1.上传。",
            "（1）系统自动生成：",
            "a.失业人员；b.参保职工。",
        ]
    )
    assert outline(_doc(text).nodes) == [
        (0, "chapter", "c1", "一", "办理材料"),
        (1, "letter", "c1.xa", "a", "病历资料：出院记录"),
        (1, "letter", "c1.xb", "b", "《信息采集表》"),
        (0, "chapter", "c2", "二", "办理步骤"),
        (1, "measure", "m1", "1", "上传"),
        (2, "subitem", "n1", "1", "系统自动生成："),
        (3, "letter", "n1.xa", "a", "失业人员"),
    ]
    assert _doc("一、甲\nA. Smith and e.g. text\n").nodes[0].children[0].kind == "paragraph"


def test_attachments_after_the_date_and_a_list_of_them_above_it() -> None:
    text = "\n".join(
        [
            "某某实施方案",
            "一、任务",
            "做好工作。",
            "附件：1.重点任务分解表",
            "某某市人民政府",
            "2024年3月1日",
            "附件1",
            "重点任务分解表",
            "| 序号 | 任务 | 牵头单位 |",
            "附件2",
            "有关说明",
            "一、适用范围",
            "本方案适用于全市。",
        ]
    )
    doc = _doc(text)
    assert outline(doc.nodes) == [
        (0, "chapter", "c1", "一", "任务"),
        (1, "paragraph", "c1.p1", None, None),
        (1, "paragraph", "c1.p2", None, None),
        (0, "paragraph", "p1", None, None),
        (0, "paragraph", "p2", None, None),
        (0, "annex", "annex1", "1", "重点任务分解表"),
        (1, "paragraph", "annex1.p1", None, None),
        (0, "annex", "annex2", "2", "有关说明"),
        (1, "chapter", "annex2.c1", "一", "适用范围"),
        (2, "paragraph", "annex2.c1.p1", None, None),
    ]
    assert doc.find("c1.p2").text == "附件：1.重点任务分解表"  # the list stays in the text
    assert doc.find("annex2.c1").citation == "《某某实施方案》附件2第一部分"


def test_a_table_of_contents_is_one_node() -> None:
    text = "\n".join(
        [
            "某某条例",
            "目　录",
            "第一章　总　则",
            "第二章　附　则",
            "第一章　总　则",
            "第一条　为了规范，制定本条例。",
            "第二章　附　则",
            "第二条　本条例自公布之日起施行。",
        ]
    )
    doc = _doc(text)
    assert outline(doc.nodes) == [
        (0, "toc", "toc", None, "目录"),
        (1, "paragraph", "toc.p1", None, None),
        (1, "paragraph", "toc.p2", None, None),
        (0, "chapter", "c1", "一", "总则"),
        (1, "article", "a1", "一", None),
        (0, "chapter", "c2", "二", "附则"),
        (1, "article", "a2", "二", None),
    ]
    assert doc.find("toc.p2").citation == "《某某条例》目录第2段"


def test_a_cover_notice_before_the_document_s_own_title() -> None:
    text = "\n".join(
        [
            "# 某某发展规划",
            "某某市人民政府关于印发",
            "某某发展规划的通知",
            "某政发〔2022〕1号",
            "各区政府：",
            "现将《某某发展规划》印发给你们，请认真贯彻执行。",
            "某某市人民政府",
            "2022年1月5日",
            "某某发展规划",
            "为推进发展，制定本规划。",
            "一、发展基础",
            "基础扎实。",
        ]
    )
    doc = _doc(text)
    assert doc.title == "某某发展规划"
    assert [(n.key, n.kind, n.title) for n in doc.nodes] == [
        ("cover", "cover", "某某市人民政府关于印发某某发展规划的通知"),
        ("pre", "preamble", None),
        ("c1", "chapter", "发展基础"),
    ]
    assert [p.text for p in doc.find("cover").children][-2:] == ["某某市人民政府", "2022年1月5日"]


def test_a_page_break_inside_a_sentence_is_mended() -> None:
    text = "\n".join(
        [
            "某方案",
            "一、任务",
            "1.建设平台。加强研发、测",
            "",
            "试、标准等公共服务。（牵头部",
            "",
            "门：市科委、市经信委）",
            "2.其他。",
        ]
    )
    doc = _doc(text)
    assert (
        doc.find("m1").text
        == "建设平台。加强研发、测试、标准等公共服务。（牵头部门：市科委、市经信委）"
    )
    assert (doc.find("m1").units().lead, doc.find("m1").units().partners) == (
        "市科委",
        ("市经信委",),
    )
    assert [n.key for n in doc.find("c1").children] == ["m1", "m2"]
