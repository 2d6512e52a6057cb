"""Other numbering styles, on synthetic documents."""

from __future__ import annotations

from hzreader.core.parser import parse_body
from hzreader.core.sentences import split_sentences


def _outline(nodes, depth=0):
    out = []
    for n in nodes:
        if n.kind != "sentence":
            out.append((depth, n.kind, n.key, n.number, n.title))
            out.extend(_outline(n.children, depth + 1))
    return out


def test_items_and_subitems_under_chapters() -> None:
    text = "\n".join(
        [
            "为推进工作，制定本方案。",
            "一、总体要求",
            "（一）指导思想。坚持人民至上。",
            "（二）工作目标。到2025年取得进展。",
            "1.收入稳步增长。居民收入增长。",
            "2.差距缩小。",
            "二、重点任务",
            "（一）扩大就业。稳岗位。",
        ]
    )
    nodes = parse_body(text, title="测试方案")
    assert _outline(nodes) == [
        (0, "preamble", "pre", None, None),
        (0, "chapter", "c1", "一", "总体要求"),
        (1, "item", "c1.i1", "一", "指导思想"),
        (1, "item", "c1.i2", "二", "工作目标"),
        (2, "measure", "m1", "1", "收入稳步增长"),
        (2, "measure", "m2", "2", "差距缩小"),
        (0, "chapter", "c2", "二", "重点任务"),
        (1, "item", "c2.i1", "一", "扩大就业"),
    ]
    assert nodes[2].children[0].citation == "《测试方案》第二部分第（一）项"


def test_articles_under_zh_chapters() -> None:
    text = "\n".join(
        [
            "第一章 总则",
            "第一条 为了规范管理，制定本办法。",
            "第二条 本办法适用于全市。",
            "第二章 附则",
            "第三条 本办法自发布之日起施行。",
        ]
    )
    nodes = parse_body(text, title="办法")
    outline = _outline(nodes)
    assert [(d, k, key) for d, k, key, _, _ in outline] == [
        (0, "chapter", "c1"),
        (1, "article", "a1"),
        (1, "article", "a2"),
        (0, "chapter", "c2"),
        (1, "article", "a3"),
    ]
    assert nodes[1].children[0].citation == "《办法》第二章第三条"


def test_markdown_headings_and_lists() -> None:
    text = "# 总则\n正文一。\n## 细则\n① 第一项。\n② 第二项。"
    nodes = parse_body(text, title="说明")
    kinds = [(d, k) for d, k, *_ in _outline(nodes)]
    assert kinds == [(0, "heading"), (1, "paragraph"), (1, "heading"), (2, "list"), (2, "list")]


def test_line_starting_with_year_is_not_a_measure() -> None:
    nodes = parse_body("一、目标\n2025年，全市取得进展。", title="t")
    assert [n.kind for n in nodes[0].children] == ["paragraph"]


def test_sentence_splitter_keeps_quotes_and_brackets() -> None:
    text = "他说：“要快。要好。”然后（注：见下。）结束；最后！"
    parts = split_sentences(text)
    assert "".join(parts) == text
    assert parts == ["他说：“要快。要好。”然后（注：见下。）结束；", "最后！"]
