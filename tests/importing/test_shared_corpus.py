"""The real documents of ../shared/corpus, each outline as a reader of the file sees it.

Every expectation here was written down from reading the file (its SOURCES.md entry and its
text), not from the parser's output: chapters, items per chapter, titles, the first and last
lines of the text, and the page chrome that must be gone.
"""

from __future__ import annotations

from collections import Counter

from corpus_files import shared_file

from hzreader.core.document import parse_with_report
from hzreader.core.model import Document, Node, iter_with_parents
from hzreader.importers import read_file


def _load(prefix: str):
    path = shared_file(prefix)
    read = read_file(path)
    doc, report = parse_with_report(read.text, doc_id="t", fallback_title=path.stem)
    return read, doc, report


def _top(doc: Document) -> list[tuple[str, str, str | None]]:
    return [(n.key, n.kind, n.title) for n in doc.nodes]


def _kids(node: Node, kind: str) -> list[Node]:
    return [c for c in node.children if c.kind == kind]


def _text(doc: Document) -> str:
    return "\n".join(n.text for n in doc.walk())


def _blocks(doc: Document) -> list[Node]:
    """Every node above the sentences, in reading order."""
    return [n for n in doc.walk() if n.kind != "sentence"]


def _no_chrome(doc: Document, *words: str) -> None:
    text = _text(doc)
    for word in words:
        assert word not in text, word


def _unique_keys(doc: Document) -> None:
    keys = [n.key for n in doc.walk()]
    assert len(keys) == len(set(keys))


def test_01_guangzhou_jina_capture() -> None:
    read, doc, report = _load("01")
    assert read.format == "md"
    assert doc.title == "本月起，这笔钱直接发放至个人！"
    assert _top(doc) == [
        ("pre", "preamble", None),
        ("h1", "heading", "政策速递"),
        ("h2", "heading", "办理方式"),
        ("h3", "heading", "注意事项"),
    ]
    materials, steps = doc.find("h2").children
    assert (materials.key, materials.title, steps.key, steps.title) == (
        "c1",
        "办理材料",
        "c2",
        "办理步骤",
    )
    # 一、 → a./b.; 二、 → paragraphs and 1.–6., （1）（2） under 4, a. under （1）.
    assert [(c.kind, c.number) for c in _blocks_of(materials)] == [("letter", "a"), ("letter", "b")]
    assert [m.number for m in _kids(steps, "measure")] == ["1", "2", "3", "4", "5", "6"]
    assert len(_kids(steps, "paragraph")) == 3
    assert [n.key for n in _kids(doc.find("c2.m4"), "subitem")] == ["n1", "n2"]
    assert doc.find("n1.xa").text.startswith("参加生育保险的失业人员；b.")
    # The second 1. run (注意事项) is its own: 1.–3. and the two closing lines.
    notes = doc.find("h3")
    assert [m.key for m in _kids(notes, "measure")] == ["h3.m1", "h3.m2", "h3.m3"]
    assert doc.nodes[0].text.startswith("好消息来了！广州市生育保险政策迎来新变化！")
    assert [p.text for p in _kids(notes, "paragraph")] == ["如此重要的消息", "快转发给需要的人！"]
    _no_chrome(
        doc,
        "用户登录",
        "魅力广州",
        "搜索热词",
        "当前位置",
        "内容纠错",
        "分享到",
        "相关新闻",
        "扫一扫",
        "版权所有",
        "粤ICP备",
        "网站标识码",
        "市委组织部",
        "增城区",
        "↺",
        "Image",
        "URL Source",
        "2025年12...",
    )
    reasons = Counter(d.reason for d in report.dropped)
    for reason in ("preamble", "breadcrumb", "footer", "related", "title-copy", "summary"):
        assert reasons[reason] >= 1, reason
    assert reasons["image"] >= 10  # the screenshots between the steps are markup, gone
    _unique_keys(doc)


def _blocks_of(node: Node) -> list[Node]:
    return [c for c in node.children if c.kind != "sentence"]


def test_02_tianhe_jina_capture() -> None:
    _, doc, report = _load("02")
    assert doc.title == "天河区扎实推进家庭医生签约服务 助力“百千万工程”再升级"
    # A news item: three paragraphs, the enumeration (一是…二是…) inline.
    assert [n.kind for n in doc.nodes] == ["preamble"] * 3
    assert doc.nodes[0].text.startswith("为深入贯彻落实广州市优化家庭医生签约服务助推")
    assert doc.nodes[-1].text.endswith("为居民提供更优质、更便捷的健康服务。")
    _no_chrome(
        doc,
        "无障碍",
        "搜索热词",
        "天河动态",
        "您当前所在的位置",
        "发表时间",
        "浏览量",
        "A+",
        "扫一扫",
        "打印",
        "网站地图",
        "访客",
        "粤ICP备",
        "穗好办",
        "Home",
    )
    assert ("您当前所在的位置：首页>天河动态>部门街道", "breadcrumb") in {
        (d.text.lstrip("# "), d.reason) for d in report.dropped
    }


def test_04_ndrc_page_dump() -> None:
    _, doc, report = _load("04")
    # The document's own two-line title, not the page's one-line headline with its number.
    assert doc.title == "印发《关于加快储气设施建设和完善储气调峰辅助服务市场机制的意见》的通知"
    assert [(n.kind, n.text) for n in doc.nodes if n.kind == "paragraph"] == [
        ("paragraph", "国家发展改革委"),
        ("paragraph", "国家能源局"),  # 国 家 能 源 局, justified with spaces
        ("paragraph", "2018年4月26日"),
    ]
    pre = [n.text for n in doc.nodes if n.kind == "preamble"]
    assert pre[0] == "发改能源规〔2018〕637号"
    assert pre[1].startswith("各省、自治区、直辖市及计划单列市") and pre[1].endswith("学会：")
    assert pre[3:] == ["附件：", "关于加快储气设施建设和完善储气调峰辅助服务市场机制的意见"]
    _no_chrome(doc, "国家发展和改革委员会", "政务公开", "规范性文件", "发布时间", "打印")
    _no_chrome(doc, "排行榜", "相关政策")
    got = {d.line: d.reason for d in report.dropped}
    assert got[1] == "page-title" and got[9] == "title-copy" and got[24] == "empty-label"


def test_05_jiangxi_with_attachment() -> None:
    _, doc, report = _load("05")
    assert doc.title == "江西省人民政府办公厅关于促进3岁以下婴幼儿照护服务发展的实施意见"
    assert _top(doc) == [
        ("pre", "preamble", None),
        ("pre2", "preamble", None),
        ("c1", "chapter", "总体要求"),
        ("c2", "chapter", "主要任务"),
        ("c3", "chapter", "组织实施"),
        ("p1", "paragraph", None),
        ("p2", "paragraph", None),
        ("annex", "annex", "促进3岁以下婴幼儿照护服务发展工作部门职责分工"),
    ]
    c1, c2, c3 = doc.nodes[2:5]
    assert [n.kind for n in _blocks_of(c1)] == ["paragraph", "paragraph"]
    # 1. restarts under each （一）.
    assert [len(_kids(i, "measure")) for i in _kids(c2, "item")] == [5, 3, 5]
    assert doc.find("c2.i3.m5").title == "保障家庭权益"
    # 三、's items are headings; （一）'s full stop came on the next line.
    assert [i.title for i in _kids(c3, "item")] == [
        "坚持政府主导",
        "推进部门协调",
        "强化示范引领",
        "加强信息化建设",
    ]
    assert doc.find("c3.i1.p1").text.startswith("各级政府要提高对发展婴幼儿照护服务的认识")
    assert doc.find("c3.i4.p2").text == "附件：促进3岁以下婴幼儿照护服务发展工作部门职责分工"
    assert [doc.find("p1").text, doc.find("p2").text] == ["2020年2月21日", "（此件主动公开）"]
    annex = doc.find("annex")
    duties = _kids(annex, "paragraph")
    assert len(duties) == 16 and annex.citation.endswith("》附件")
    assert duties[0].text == "省发展改革委负责将婴幼儿照护服务纳入经济社会发展相关规划。"
    assert duties[-1].text == "省计划生育协会负责参与婴幼儿照护服务的宣传教育和社会监督。"
    assert duties[0].key == "annex.p1"
    _no_chrome(doc, "相关解读", "解读《")
    assert [d.reason for d in report.dropped] == ["related", "menu"]


def test_06_same_text_captured_without_headings() -> None:
    _, full, _ = _load("05")
    _, doc, report = _load("06")
    assert doc.title == shared_file("06").stem  # the capture lost the title
    assert report.dropped == []
    measures = [n for n in doc.nodes if n.kind == "measure"]
    # The items stay, restarting with no parent left to qualify them.
    assert [m.key for m in measures] == [
        "m1",
        "m2",
        "m3",
        "m4",
        "m5",
        "m1-2",
        "m2-2",
        "m3-2",
        "m1-3",
        "m2-3",
        "m3-3",
        "m4-2",
        "m5-2",
    ]
    assert [m.title for m in measures] == [m.title for m in full.walk() if m.kind == "measure"]
    orphan = next(n for n in doc.nodes if n.text.startswith("。各级政府"))
    assert orphan.kind == "paragraph"  # kept as it came, its heading lost
    assert doc.nodes[0].text == "各市、县（区）人民政府，省政府各部门："
    assert doc.nodes[-1].text == "省计划生育协会负责参与婴幼儿照护服务的宣传教育和社会监督。"
    assert not any(n.kind in ("chapter", "item", "annex") for n in doc.walk())


def test_07_constitution_gbk_with_toc() -> None:
    read, doc, report = _load("07")
    assert read.encoding in ("gbk", "gb18030") and report.dropped == []
    assert doc.title == "中华人民共和国宪法"
    assert _top(doc) == [
        ("pre", "preamble", None),
        ("pre2", "preamble", None),
        ("toc", "toc", "目录"),
        ("preface", "preface", "序言"),
        ("c1", "chapter", "总纲"),
        ("c2", "chapter", "公民的基本权利和义务"),
        ("c3", "chapter", "国家机构"),
        ("c4", "chapter", "国旗、国歌、国徽、首都"),
    ]
    # The 目录 lists every heading once more: one node of its own, no second chapter.
    assert len(doc.find("toc").children) == 13
    assert sum(1 for n in doc.walk() if n.kind == "chapter") == 4
    assert sum(1 for n in doc.walk() if n.kind == "section") == 8
    _unique_keys(doc)
    assert len(_kids(doc.find("preface"), "paragraph")) == 13
    arts = [len([a for a in c.walk() if a.kind == "article"]) for c in doc.nodes[4:]]
    assert arts == [32, 24, 84, 3]
    sections = _kids(doc.find("c3"), "section")
    assert [len(_kids(s, "article")) for s in sections] == [22, 6, 8, 2, 17, 11, 5, 13]
    assert sections[2].title == "国务院"  # 国　务　院 in the body, 国务院 in the 目录
    assert doc.find("a1").citation == "《中华人民共和国宪法》第一章第一条"
    assert doc.find("a57").citation == "《中华人民共和国宪法》第三章第一节第五十七条"
    assert doc.find("a143").text == "中华人民共和国首都是北京。"
    assert doc.find("pre").text.startswith("（1982年12月4日第五届全国人民代表大会第五次会议通过")


def test_09_regulation_with_bom_and_toc() -> None:
    read, doc, report = _load("09")
    assert read.encoding == "utf-8-sig" and report.dropped == []
    assert doc.title == "中华人民共和国消防救援衔条例"
    assert [n.key for n in doc.nodes] == ["pre", "toc"] + [f"c{i}" for i in range(1, 8)]
    chapters = doc.nodes[2:]
    assert [c.title for c in chapters] == [
        "总则",
        "消防救援衔等级的设置",
        "消防救援衔等级的编制",
        "消防救援衔的首次授予",
        "消防救援衔的晋级",
        "消防救援衔的保留、降级和取消",
        "附则",
    ]
    assert [len(_kids(c, "article")) for c in chapters] == [5, 4, 3, 5, 5, 4, 2]
    assert len(doc.find("toc").children) == 7
    assert doc.find("a2.p1").text.startswith("消防救援衔授予对象为纳入国家行政编制")
    assert [i.key for i in _kids(doc.find("a10"), "item")][-1] == "a10.i11"
    assert doc.find("a28").text == "本条例自2018年10月27日起施行。"
    _unique_keys(doc)


def test_10_and_11_two_editions_same_structure() -> None:
    _, old, old_report = _load("10")
    _, new, new_report = _load("11")
    for doc in (old, new):
        assert doc.title == "国家科学技术奖励条例"
        chapters = [n for n in doc.nodes if n.kind == "chapter"]
        # 总 则 / 附 则 (spaced in the 2024 edition) read as 总则 / 附则.
        assert [c.title for c in chapters] == [
            "总则",
            "国家科学技术奖的设置",
            "国家科学技术奖的提名、评审和授予",
            "法律责任",
            "附则",
        ]
        assert [len(_kids(c, "article")) for c in chapters] == [7, 6, 14, 8, 3]
        assert doc.find("a38").text.startswith("本条例自")
    assert [n.kind for n in old.nodes].count("preamble") == 4  # the revision history
    assert [n.kind for n in new.nodes].count("preamble") == 5
    assert [(d.text, d.reason) for d in old_report.dropped] == [("<!-- INFO END -->", "markup")]
    assert len(new_report.dropped) == 1
    structural = ("chapter", "article", "item")
    assert [n.key for n in old.walk() if n.kind in structural] == [
        n.key for n in new.walk() if n.kind in structural
    ]
    assert old.find("a2").text.startswith("国务院设立")
    assert new.find("a2").text.startswith("国家设立")
    assert new.find("a4.p1").text.startswith("国家科学技术奖励工作重大事项")
    assert old.find("a4.p1") is None


def test_12_special_plan_with_cover_and_boxes() -> None:
    _, doc, report = _load("12")
    assert doc.title == "“十四五”国家应急体系规划"
    assert [n.key for n in doc.nodes] == ["cover", "pre"] + [f"c{i}" for i in range(1, 12)]
    cover = doc.find("cover")
    assert cover.title == "国务院关于印发“十四五”国家应急体系规划的通知"
    assert [p.text for p in cover.children][:2] == [
        "国发〔2021〕36号",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
    ]
    assert [p.text for p in cover.children][-3:] == ["国务院", "2021年12月30日", "（本文有删减）"]
    assert doc.find("pre").text.startswith("为全面贯彻落实习近平总书记关于应急管理工作")
    chapters = doc.nodes[2:]
    assert [len(_kids(c, "item")) for c in chapters] == [2, 3, 4, 4, 4, 4, 4, 4, 3, 5, 3]
    assert chapters[2].title == "深化体制机制改革，构建优化协同高效的治理模式"
    # （一）… 。 stands alone: a heading whose text is the paragraphs below it.
    first = doc.find("c1.i1")
    assert first.title == "“十三五”时期取得的工作进展" and len(_kids(first, "paragraph")) == 5
    boxes = [(n.key, ps[-1].key) for n, ps in iter_with_parents(doc.nodes) if n.kind == "box"]
    assert boxes == [
        ("box1", "c2.i3"),
        ("box2", "c5.i3"),
        ("box3", "c7.i2"),
        ("box4", "c8.i1"),
        ("box5", "c8.i3"),
    ]
    table = [p.text for p in doc.find("box1").children]
    assert len(table) == 8 and table[0] == "| 序号 | 指标 | 预期值 | 属性 |"
    assert table[1] == "| 1 | 生产安全事故死亡人数 | 下降15% | 约束性 |"
    assert [len(_kids(doc.find(b), "measure")) for b in ("box2", "box3", "box4", "box5")] == [
        10,
        4,
        5,
        10,
    ]
    assert doc.find("box2.m1").title == "危险化学品"  # full-width 1．
    assert doc.find("box1").citation.endswith("第二部分第（三）项专栏1")
    # 十、's projects 1．–17． run on across （一）–（五）: unqualified keys.
    assert [m.key for m in doc.find("c10").walk() if m.kind == "measure"] == [
        f"m{i}" for i in range(1, 18)
    ]
    assert doc.find("m1").title == "应急救援指挥中心建设"
    assert doc.find("m17.p1").text.startswith("实施应急科普精品工程")
    assert doc.find("c11.i3.p1").text.startswith("加强规划实施监测评估")
    _no_chrome(doc, "发布日期", "发布机构", "政策全文", "更新时间", "https://")
    assert {d.reason for d in report.dropped} == {"metadata", "separator", "wrapper"}
    _unique_keys(doc)


def test_14_action_plan_from_a_pdf() -> None:
    _, doc, report = _load("14")
    assert doc.title == "上海市北斗产业高质量发展三年行动计划（2021-2023年）"
    assert [(n.key, n.kind) for n in doc.nodes] == [
        ("pre", "preamble"),
        ("pre2", "preamble"),
        ("c1", "chapter"),
        ("c2", "chapter"),
        ("c3", "chapter"),
        ("c4", "chapter"),
    ]
    assert doc.find("pre").text == "附件"
    assert [c.title for c in doc.nodes[2:]] == ["总体思路", "发展目标", "主要任务", "保障措施"]
    assert [i.title for i in _kids(doc.find("c1"), "item")] == ["指导思想", "基本原则"]
    assert [m.title for m in _kids(doc.find("c1.i2"), "measure")] == [
        "统筹规划，协调推进",
        "需求牵引，创新应用",
        "龙头带动，集群发展",
    ]
    assert len(_kids(doc.find("c2"), "goal")) == 5
    items = _kids(doc.find("c3"), "item")
    assert [len(_kids(i, "measure")) for i in items] == [3, 3, 6, 2, 3]
    numbers = [m.number for i in items for m in _kids(i, "measure")]
    assert numbers == [str(n) for n in range(1, 18)]  # run on across （一）–（五）
    assert [len(_kids(i, "paragraph")) for i in _kids(doc.find("c4"), "item")] == [1, 1, 1]
    # Sentences the PDF cut at a page break are whole again.
    g5 = _kids(doc.find("c2"), "goal")[-1]
    assert "加强研发、测试、标准、智库" in g5.text
    m = {n.number: n for i in items for n in _kids(i, "measure")}
    assert "技术，探索区块链" in m["3"].text
    assert m["8"].text.endswith("（牵头部门：市交通委、市水务局、市经济信息化委）")
    assert "优化上海海洋作业安全生产监管" in m["12"].text
    assert "质量改进活动" in m["15"].text
    # Every task names its units; the first named leads.
    units = {k: n.units() for k, n in m.items()}
    assert all(units.values())
    assert (units["1"].lead, units["1"].partners) == (
        "市科委",
        ("市经济信息化委", "市发展改革委", "市国防科工办"),
    )
    assert units["8"].lead == "市交通委" and units["13"].partners[-1] == "临港新片区管委会"
    assert doc.find("c4.i1.p1").units().lead == "各有关单位"
    assert doc.find("c4.i2.p1").units().lead == "市财政局"
    _no_chrome(doc, "文档类型", "基本信息", "原文链接", "文件编号", ".md")
    assert {d.reason for d in report.dropped} == {"wrapper", "metadata"}
