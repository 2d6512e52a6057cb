"""The comparison laid out for reading (plain data): deletions where they stood, dropped
clauses where they were, marks inside the text by offset."""

from __future__ import annotations

from editions import NEW_MEASURE, REWORD_NEW, REWORD_OLD, edition

from hzreader.core.bundled import parse_bundled
from hzreader.core.compare import compare_documents
from hzreader.core.document import parse_document
from hzreader.paths import BUNDLED_PLAN
from hzreader.ui.compare.changes import change_view, old_key


def _view(*edits):
    old = parse_bundled(BUNDLED_PLAN.read_text(encoding="utf-8"))[0]
    new = parse_document(edition(*edits), doc_id="next")
    return old, new, change_view(old, new, compare_documents(old, new))


def test_a_reworded_clause_holds_both_texts_with_marks_on_each_run():
    _old, new, view = _view("reword")
    node = view.document.find("m9")
    deleted = [m for m in view.marks if m.key == "m9" and m.op == "-"]
    inserted = [m for m in view.marks if m.key == "m9" and m.op == "+"]
    assert deleted and inserted

    # Remove the deleted runs: the new edition's text; remove the inserted: the old one's.
    def without(marks):
        text, cut = node.text, sorted(marks, key=lambda m: m.start, reverse=True)
        for m in cut:
            text = text[: m.start] + text[m.end :]
        return text

    assert without(deleted) == new.find("m9").text
    assert REWORD_OLD in without(inserted) and REWORD_NEW not in without(inserted)
    assert [c.kind for c in node.children if c.kind == "sentence"] == []  # one run
    assert view.order == ["m9"] and view.summary["changed"] == 1


def test_a_dropped_measure_stands_where_it_was_and_the_rest_are_renumbered():
    old, _new, view = _view("drop", "add")
    chapter = view.document.find("c2")
    keys = [c.key for c in chapter.children if c.kind != "sentence"]
    assert keys[keys.index("m4") + 1] == old_key("m5")  # between the old 4 and the old 6
    dropped = view.document.find(old_key("m5"))
    assert dropped.text == old.find("m5").text
    assert view.statuses[old_key("m5")].status == "removed"
    assert [m.op for m in view.marks if m.key == old_key("m5")] == ["-"]
    assert view.statuses["m5"].status == "moved" and view.statuses["m5"].old == "m6"
    added = next(k for k, c in view.statuses.items() if c.status == "added")
    assert view.document.find(added).text == NEW_MEASURE
    assert view.summary == {"added": 1, "removed": 1, "changed": 0, "moved": 18}
    assert view.order == [n.key for n in view.document.walk() if n.key in view.statuses]
