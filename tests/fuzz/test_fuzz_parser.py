"""The policy-text parser's door: any text parses, and the tree keeps its invariants.

Runs in CI since the parser rewrite was merged (issue 18's second round): the parser, the
cleanup of web and Word chrome, numbering and title detection, over policy-like texts and
hostile ones.
"""

from __future__ import annotations

from fuzzing import fuzz, hostile_text, storable
from hypothesis import given
from hypothesis import strategies as st

from hzreader.core.document import parse_with_report

MARKERS = st.sampled_from(
    ["一、", "二、", "十、", "（一）", "（二）", "1.", "2.", "10.", "（1）", "①", "②", "第一章",
     "第二章", "第一节", "第一条", "第二条", "——", "# ", "## ", "### ", "- ", "> ", "附件", ""]
)  # fmt: skip
BODY = st.sampled_from(
    ["总体要求", "加快发展。", "到2025年，收入达到9万元。", "（牵头单位：市发改委）", "推进",
     "“一核九星”。", "R&D经费投入强度达到4%", ":", "(市)", "|a|b|", "**重点**", "[链接](x)", "。"]
)  # fmt: skip
lines = st.tuples(MARKERS, st.lists(BODY | hostile_text(max_pieces=2, run_len=50), max_size=4))
policy_texts = st.lists(lines.map(lambda t: t[0] + "".join(t[1])), max_size=40).map("\n".join)


@fuzz(300)
@given(text=(policy_texts | hostile_text(run_len=3_000)).map(storable))
def test_any_text_parses_into_a_sound_tree(text: str) -> None:
    doc, _report = parse_with_report(text, doc_id="x", fallback_title="文件")
    keys = [n.key for n in doc.walk()]
    assert len(keys) == len(set(keys)), "keys are unique"
    for node in doc.walk():
        assert node.key and node.citation
        sentences = [c.text for c in node.children if c.kind == "sentence"]
        if sentences:
            assert "".join(sentences) == node.text, "a node's sentences are its text"
