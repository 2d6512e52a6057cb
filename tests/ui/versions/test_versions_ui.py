"""New editions in the window: imported from the preview, marked 旧版, notes carried or
waiting in 需复核, compared with the old edition, undone with Ctrl+Z."""

from __future__ import annotations

from pathlib import Path

import pytest
from editions import REWORD_NEW, edition
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMenu


@pytest.fixture
def edited(tmp_path) -> Path:
    """The plan edited as an editor would: a measure dropped and one added, a sentence
    reworded, a target raised, a sentence moved, chapters swapped, a measure split."""
    path = tmp_path / "plan_new_edition.txt"
    path.write_text(edition(), encoding="utf-8")
    return path


def _notes(window):
    a = window.services.annotations
    kept = a.create("m9.s2", doc_id="plan", quote="共有产权住房", note="本局牵头", color="黄")
    dropped = a.create("m5", doc_id="plan", note="创新生态：这一条新版删去了", color="红")
    return kept, dropped


def _import_as_edition(qtbot, window, path: Path) -> None:
    controller = window.library_controller
    controller.start_import(path)
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.preview is not None)
    dialog = controller.dialog
    # The preview noticed the document with the same title and offers 作为新版本导入.
    assert dialog.version_of() == "plan"
    assert dialog.version_hint.isVisible() or dialog.version_hint.text()
    assert dialog.import_button.text() == "作为新版本导入"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.dialog is None, timeout=30000)


def test_an_edition_imported_from_the_preview_becomes_current(qtbot, window, edited):
    kept, dropped = _notes(window)
    _import_as_edition(qtbot, window, edited)
    new = window.document
    assert new.id != "plan" and REWORD_NEW in new.find("m9").text
    docs = {d.id: d for d in window.library.documents()}
    assert docs["plan"].superseded_by == new.id
    # The lists mark the old edition; the new one took its place at the top.
    assert window.document_box.itemText(0) == new.title
    assert window.document_box.itemText(1).endswith("（旧版）")
    from hzreader.ui.library.model import detail_lines

    model = window.library_controller.panel.model
    old_row = model.summary(model.row_of("plan"))
    assert detail_lines(old_row)[0].startswith("旧版 · ")
    assert not detail_lines(model.summary(model.row_of(new.id)))[0].startswith("旧版")
    # Every note is somewhere, once: carried to the new edition, or waiting for review.
    service = window.services.annotations
    assert service.get(kept.id).doc == new.id
    waiting = service.get(dropped.id)
    assert waiting.doc == "plan" and waiting.needs_review
    review = window.versions.review
    qtbot.waitUntil(lambda: [c.annotation_id for c in review.cards] == [dropped.id], timeout=30000)
    assert window.docks.review.isVisible()
    # 版本 menu: both editions, the current one first; the old one opens with its banner.
    menu = window.findChild(QMenu, "menu_versions")
    window.versions.fill_menu()
    names = [a.objectName() for a in menu.actions()]
    assert names.index(f"action_edition_{new.id}") < names.index("action_edition_plan")
    window.open_document("plan")
    assert window.versions.banner.text().startswith("旧版")
    window.versions.banner.button.click()
    assert window.document.id == new.id and not window.versions.banner.text()


def test_review_queue_settles_a_note_in_one_click(qtbot, window, edited, monkeypatch):
    _kept, dropped = _notes(window)
    _import_as_edition(qtbot, window, edited)
    review = window.versions.review
    qtbot.waitUntil(lambda: len(review.cards) == 1, timeout=30000)
    card = review.cards[0]
    assert card.old_key == "m5" and card.old_text.startswith("构建热带雨林式创新创业生态")
    widget = review.panel.cards[dropped.id]
    # 改放: the user picks the new edition's measure 4.
    new = window.document
    target = new.find("m4")
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda *a, **k: (next(x for x in a[3] if "第4条" in x), True)
    )
    widget.move.click()
    a = window.services.annotations.get(dropped.id)
    assert (a.doc, a.key, a.needs_review) == (new.id, target.key, False)
    qtbot.waitUntil(lambda: review.cards == [], timeout=30000)


def test_undo_puts_the_library_back_as_before_the_import(qtbot, window, edited):
    kept, dropped = _notes(window)
    _import_as_edition(qtbot, window, edited)
    new_id = window.document.id
    window.notes_actions.undo.trigger()
    qtbot.waitUntil(lambda: window.document is not None and window.document.id == "plan")
    ids = [d.id for d in window.library.documents()]
    assert new_id not in ids and not window.library.document("plan").superseded_by
    service = window.services.annotations
    assert (service.get(kept.id).doc, service.get(dropped.id).needs_review) == ("plan", False)
    assert window.document_box.count() == 2
    window.notes_actions.redo.trigger()
    qtbot.waitUntil(lambda: window.document.id == new_id)
    assert service.get(kept.id).doc == new_id


def test_the_ledger_shows_old_to_new_for_a_raised_target(qtbot, window, edited):
    _import_as_edition(qtbot, window, edited)
    model = window.targets.view.model
    window.targets.view.refresh()
    goals = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert any("18 → 20" in g for g in goals), goals
    unchanged = [g for g in goals if "→" not in g]
    assert unchanged  # only the targets the edition changed say old → new


def test_a_review_card_fits_a_narrow_dock(qtbot):
    # Every button of a card in view at the dock's usual width, its text wrapped: no
    # sideways scrolling to reach 保留在旧版.
    from hzreader.ui.versions.review_panel import ReviewCard, ReviewPanel

    panel = ReviewPanel()
    qtbot.addWidget(panel)
    long = "国家科学技术奖励工作坚持中国共产党领导，实施创新驱动发展战略，" * 4
    card = ReviewCard("a1", "坚持中国共产党领导", "领导", "#f2c94c", "old", "a4",
                      "第一章第四条", long, "new", "a4", "第一章第四条", long)  # fmt: skip
    panel.set_cards([card])
    panel.resize(250, 600)
    panel.show()
    qtbot.waitExposed(panel)
    widget = panel.cards["a1"]
    qtbot.waitUntil(lambda: widget.width() <= panel.scroll.viewport().width())
    for button in (widget.confirm, widget.move, widget.keep, widget.show_old):
        right = button.mapTo(panel.scroll.viewport(), button.rect().topRight()).x()
        assert button.isVisible() and right <= panel.scroll.viewport().width(), button.text()
