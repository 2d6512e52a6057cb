"""The study-notes model: plan order, chapters, tags, filters."""

from __future__ import annotations

import pytest

from hzreader.core.errors import BadInputError, NotFoundError
from hzreader.services.composition import Services


def test_grouped_by_chapter_in_plan_order(noted_ctx) -> None:
    notes = Services(noted_ctx).exports.study_notes()
    headings = [g.heading for g in notes.groups]
    assert headings[0].startswith("一、主要目标")
    assert headings[1].startswith("二、")
    assert headings[2].startswith("三、")
    assert headings[3].startswith("七、")
    assert headings[4] == "序言"  # the brief, after the plan
    assert notes.count == 5
    entry = notes.groups[2].entries[0]
    assert entry.quote == "共有产权住房"
    assert entry.heading == "第三部分第9条 完善城乡住房保障体系"
    assert entry.citation.endswith("第三部分第9条")
    assert entry.color_text == "黄（重点）"
    assert entry.created and entry.updated
    assert notes.title == "学习笔记"  # two documents


def test_grouped_by_tag(noted_ctx) -> None:
    notes = Services(noted_ctx).exports.study_notes(grouping="tag")
    by = {g.heading: [e.key for e in g.entries] for g in notes.groups}
    assert by["部门/发改"] == ["m9", "m24"]
    assert by["住房"] == ["m9"]
    assert list(by) == sorted(by)  # tags in name order
    assert notes.count == 5  # a note under two tags is still one note


def test_filters(noted_ctx) -> None:
    service = Services(noted_ctx).exports
    tagged = service.study_notes(tag="部门")
    assert tagged.count == 3 and tagged.filters == ["标签 部门"]
    assert tagged.title.startswith("《杭州争当") and tagged.title.endswith("》学习笔记")
    assert service.study_notes(color="红").count == 1
    assert service.study_notes(doc_id="brief").count == 1
    assert service.study_notes(tag="部门", grouping="tag").groups[0].heading == "部门/人社"


def test_bad_filters(noted_ctx) -> None:
    service = Services(noted_ctx).exports
    with pytest.raises(NotFoundError):
        service.study_notes(doc_id="nope")
    with pytest.raises(BadInputError):
        service.study_notes(color="orange")
    with pytest.raises(BadInputError):
        service.study_notes(grouping="month")
