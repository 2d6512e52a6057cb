"""Notes in the index: found by their text and tags, filtered, ranked with the text."""

from __future__ import annotations

import pytest
from conftest import found_uids

from hzreader.search.records import IndexRecord, node_contexts, note_record


@pytest.fixture
def noted_index(fresh_index, plan_docs):
    plan, _ = plan_docs
    contexts = node_contexts(plan)
    notes = [
        note_record(
            annotation_id="a1",
            doc="plan",
            key="m9.s2",
            quote="共有产权住房",
            note="**本局牵头**：与住建局对接试点方案",
            tags=("部门/发改", "住房"),
            color="yellow",
            context=contexts["m9.s2"],
        ),
        note_record(
            annotation_id="a2",
            doc="plan",
            key="m2",
            quote="人才",
            note="人才公寓的落实情况要跟进",
            tags=("部门/人社",),
            color="red",
            context=contexts["m2"],
        ),
    ]
    fresh_index.upsert(notes, fingerprint="fp-notes")
    return fresh_index


def test_a_notes_text_is_found_as_a_note(noted_index):
    hits = noted_index.search("住建局").hits
    assert [(h.kind, h.key, h.annotation_id) for h in hits] == [("note", "m9.s2", "a1")]
    assert hits[0].title == "共有产权住房"
    assert hits[0].to_json()["kind"] == "note"
    start, end = hits[0].matches[0]
    assert hits[0].text[start:end] == "住建局"


def test_a_notes_tags_are_found(noted_index):
    assert "note:a1" in found_uids(noted_index, "发改")  # the plan says 发改 too (m21)
    assert found_uids(noted_index, "in:notes 发改") == {"note:a1"}
    assert found_uids(noted_index, "部门/人社") == {"note:a2"}


def test_tag_and_color_filters(noted_index):
    assert found_uids(noted_index, "tag:部门/发改") == {"note:a1"}
    assert found_uids(noted_index, "tag:部门") == {"note:a1", "note:a2"}  # the hierarchy
    assert found_uids(noted_index, "tag:部门/") == {"note:a1", "note:a2"}
    assert found_uids(noted_index, "tag:住房") == {"note:a1"}
    assert found_uids(noted_index, "color:red") == {"note:a2"}
    assert found_uids(noted_index, "color:红") == {"note:a2"}
    assert found_uids(noted_index, "住房 tag:部门/发改") == {"note:a1"}


def test_notes_and_text_rank_in_one_list(noted_index):
    result = noted_index.search("人才", limit=0)
    kinds = {h.kind for h in result.hits}
    assert kinds == {"text", "note"}
    assert found_uids(noted_index, "人才 in:notes") == {"note:a2"}
    assert "note:a2" not in found_uids(noted_index, "人才 in:text")


def test_notes_carry_their_measure_and_chapter(noted_index):
    assert "note:a1" in found_uids(noted_index, "measure:9")
    assert "note:a1" in found_uids(noted_index, "chapter:三")
    assert "note:a2" in found_uids(noted_index, "measure:2")


def test_editing_and_deleting_a_note(noted_index):
    edited = note_record(
        annotation_id="a1",
        doc="plan",
        key="m9.s2",
        quote="共有产权住房",
        note="改由住保房管局牵头",
        tags=("住房",),
    )
    noted_index.upsert([edited], fingerprint="fp-edit")
    assert found_uids(noted_index, "住建局") == set()
    assert found_uids(noted_index, "住保房管局") == {"note:a1"}
    assert found_uids(noted_index, "tag:部门/发改") == set()
    noted_index.delete(["note:a1"], fingerprint="fp-del")
    assert found_uids(noted_index, "住保房管局") == set()
    assert noted_index.is_current("fp-del")


def test_whole_words_rank_above_fragments(tmp_path):
    from hzreader.search.index import SearchIndex

    records = [
        IndexRecord("d:s1", "d", "s1", "text", "sentence", "", "提升个人才能和综合素养水平。"),
        IndexRecord("d:s2", "d", "s2", "text", "sentence", "", "加快人才专项租赁住房建设。"),
    ]
    index = SearchIndex(tmp_path / "index")
    index.rebuild(records, fingerprint="w")
    assert [h.key for h in index.search("人才").hits] == ["s2", "s1"]
