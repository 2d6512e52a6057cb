"""A new edition in the library: notes carried by quote and context, review, undo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from editions import MOVED_SENTENCE, edition

from hzreader.core.errors import BadInputError, NotFoundError
from hzreader.services.composition import Services
from hzreader.services.library import LibraryService


def _write(tmp_path: Path, text: str, name: str = "new.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _state(db: Path) -> tuple:
    con = sqlite3.connect(db)
    try:
        return (
            con.execute("SELECT * FROM annotations ORDER BY id").fetchall(),
            con.execute(
                "SELECT id, sort_order, superseded_by FROM documents ORDER BY id"
            ).fetchall(),
            con.execute("SELECT count(*) FROM nodes").fetchone(),
            con.execute("SELECT * FROM target_actuals ORDER BY id").fetchall(),
        )
    finally:
        con.close()


@pytest.fixture
def noted(app_ctx):
    """The plan with notes on every kind of place an edit can touch."""
    notes = Services(app_ctx).annotations
    made = {
        "housing": notes.create(
            "m9", quote="共有产权住房", note="**本局牵头**", tags=["住房"], color="red"
        ),
        "reworded": notes.create("m9", quote="积极推进共有产权住房建设"),
        "moved": notes.create("m9", quote=MOVED_SENTENCE[:20]),
        "dropped": notes.create("m5", quote="亲清在线", note="这条被删了"),
        "target": notes.create("g1", quote="18万元"),
        "renumbered": notes.create("m18", quote="枫桥经验", tags=["平安"]),
        "sentence": notes.create("m12.s2", note="整句"),
        "whole": notes.create("m24"),
    }
    return app_ctx, made


def test_notes_are_carried_none_lost_none_doubled(noted, tmp_path: Path) -> None:
    ctx, made = noted
    notes = Services(ctx).annotations
    before = {a.id: a for a in notes.list()}
    result = Services(ctx).editions.import_version(_write(tmp_path, edition()), "plan")
    after = notes.list()
    assert sorted(a.id for a in after) == sorted(before)  # same ids, each once
    by_id = {a.id: a for a in after}
    new = result.document.id
    for name in ("housing", "moved", "renumbered", "sentence", "whole"):
        assert by_id[made[name].id].doc == new, name
        assert not by_id[made[name].id].needs_review
    assert by_id[made["housing"].id].key == "m9"
    assert by_id[made["moved"].id].key.startswith("m11")
    assert by_id[made["renumbered"].id].key == "m20"
    assert by_id[made["sentence"].id].key == "m12.s2"
    assert by_id[made["whole"].id].key == "m25"
    kept = by_id[made["housing"].id]
    assert (kept.note, kept.tags, kept.color) == ("**本局牵头**", ["住房"], "red")
    # The quote is gone from the new text: the note waits on the old clause for review.
    for name in ("dropped", "target", "reworded"):
        a = by_id[made[name].id]
        assert (a.doc, a.needs_review) == ("plan", True), name
    assert (result.carried, result.review) == (5, 3)
    queue = {i.annotation.id: i for i in Services(ctx).editions.review_queue()}
    assert set(queue) == {made[n].id for n in ("dropped", "target", "reworded")}
    assert queue[made["target"].id].candidate == "g1"
    assert queue[made["reworded"].id].candidate == "m9"


def test_the_new_edition_is_current_and_the_old_stays_readable(app_ctx, tmp_path: Path) -> None:
    result = Services(app_ctx).editions.import_version(_write(tmp_path, edition("drop")), "plan")
    docs = LibraryService(app_ctx).documents()
    assert docs[0].id == result.document.id and docs[0].kind == "plan"
    old = next(d for d in docs if d.id == "plan")
    assert old.superseded_by == result.document.id
    assert LibraryService(app_ctx).node("m5", "plan").title == "构建热带雨林式创新创业生态"
    chain = Services(app_ctx).editions.versions("plan")
    assert [d.id for d in chain] == [result.document.id, "plan"]


def test_recorded_actuals_follow_their_target(app_ctx, tmp_path: Path) -> None:
    targets = Services(app_ctx).targets
    jobless = next(t for t in targets.targets() if t.name == "城镇调查失业率")
    targets.record_actual(None, jobless.id, "4.8", "2024-12-31")
    new = Services(app_ctx).editions.import_version(_write(tmp_path, edition()), "plan").document
    moved = next(t for t in targets.targets(new.id) if t.name == "城镇调查失业率")
    assert [a.value for a in targets.actuals(moved.id, new.id)] == [4.8]


def test_undo_restores_the_state_before(noted, tmp_path: Path) -> None:
    ctx, made = noted
    db = ctx.paths.database
    Services(ctx).targets.record_actual(
        None, Services(ctx).targets.targets()[0].id, "1", "2024-01-01"
    )
    before = _state(db)
    service = Services(ctx).editions
    new = service.import_version(_write(tmp_path, edition()), "plan").document.id
    assert _state(db) != before
    assert service.undo_import(new) == {"restored": len(made), "trashed": 0}
    assert _state(db) == before


def test_settling_a_note_under_review(noted, tmp_path: Path) -> None:
    ctx, made = noted
    service = Services(ctx).editions
    new = service.import_version(_write(tmp_path, edition()), "plan").document.id
    placed = service.settle(made["target"].id)
    assert (placed.doc, placed.key, placed.needs_review) == (new, "g1", False)
    kept = service.settle(made["dropped"].id, keep_old=True)
    assert (kept.doc, kept.needs_review) == ("plan", False)


def test_bad_input_changes_nothing(app_ctx, tmp_path: Path) -> None:
    Services(app_ctx).annotations.create("m9", quote="共有产权住房")
    db = app_ctx.paths.database
    before = _state(db)
    service = Services(app_ctx).editions
    with pytest.raises(NotFoundError):
        service.import_version(_write(tmp_path, edition()), "nosuchdoc")
    with pytest.raises(BadInputError, match="不像是"):
        other = (
            "某县消防工作条例\n第一条 为了加强消防工作，制定本条例。\n第二条 自公布之日起施行。\n"
        )
        service.import_version(_write(tmp_path, other, "other.txt"), "plan")
    with pytest.raises(BadInputError):
        service.compare("plan", "plan")
    with pytest.raises(NotFoundError):
        service.compare("plan", "nosuchdoc")
    with pytest.raises(BadInputError):
        service.undo_import("plan")
    assert _state(db) == before


def test_the_same_text_again_is_existing(app_ctx, tmp_path: Path) -> None:
    service = Services(app_ctx).editions
    first = service.import_version(_write(tmp_path, edition("drop")), "plan")
    again = service.import_version(
        _write(tmp_path, edition("drop"), "again.txt"), first.document.id
    )
    assert again.existing and again.document.id == first.document.id
    with pytest.raises(BadInputError, match="已有新版本"):
        service.import_version(_write(tmp_path, edition("add"), "other.txt"), "plan")
