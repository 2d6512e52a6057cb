"""The trash's times and sources, the export's tag levels, the 高亮 menu (issue 11, item 17)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QStyleOptionViewItem

from hzreader.services.composition import Services
from hzreader.ui.durability.controller import DurabilityController
from hzreader.ui.notes.trash import COL_CITATION, COL_DELETED, deleted_text

NOW = datetime(2026, 12, 1, 21, 5)


def test_deletion_times_read_as_people_say_them():
    assert deleted_text("2026-12-01T20:46:12", NOW) == "今天 20:46"
    assert deleted_text("2026-11-30T09:10:00", NOW) == "昨天 09:10"
    assert deleted_text("2026-03-08T14:00:00", NOW) == "3月8日 14:00"
    assert deleted_text("2025-12-01T20:46:00", NOW) == "2025年12月1日"
    assert deleted_text("not a time", NOW) == "not a time"


def test_the_trash_shows_the_time_and_the_whole_clause(qtbot, window):
    service = Services(window.ctx).annotations
    note = service.create("m12.s2", start=0, end=4, note="删掉")
    service.delete(note.id)
    trash = window.notes.dialogs.open_trash()
    qtbot.addWidget(trash)
    table = trash.table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    deleted = table.item(0, COL_DELETED)
    assert deleted.text().startswith("今天 ") and "T" not in deleted.text()
    citation = table.item(0, COL_CITATION)
    assert citation.toolTip() == citation.text() and citation.text().startswith("《")
    option = QStyleOptionViewItem()
    option.rect = table.visualItemRect(citation)
    option.fontMetrics = table.fontMetrics()
    table.itemDelegateForColumn(COL_CITATION).initStyleOption(option, table.indexFromItem(citation))
    assert option.text.endswith("第12条第2句") and "…》" in option.text  # title cut, clause whole
    assert option.fontMetrics.horizontalAdvance(option.text) <= option.rect.width()
    trash.close()


def test_the_export_dialog_offers_parent_tags_as_the_notes_panel_does(qtbot, window):
    service = Services(window.ctx).annotations
    service.create("m9", note="发改", tags=["部门/发改"])
    service.create("m2", note="人社", tags=["部门/人社"])
    service.create("m5", note="别的", tags=["住房"])
    window.notes.reload()
    panel_tags = [window.notes.panel.tag_box.itemData(i) for i in range(1, 5)]
    dialog = window.findChild(DurabilityController).open_export_dialog()
    offered = [dialog.tag_box.itemData(i) for i in range(1, dialog.tag_box.count())]
    assert offered == panel_tags == ["住房", "部门", "部门/人社", "部门/发改"]
    dialog.tag_box.setCurrentIndex(dialog.tag_box.findData("部门"))
    assert dialog.count_label.text() == "将导出 2 条笔记"  # both departments
    dialog.close()


def test_highlight_entries_do_not_repeat_the_menu_s_name(window):
    menu = window.notes.actions.highlight_menu
    assert menu.title() == "高亮(&H)"
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "黄 重点(&1)" and not any("高亮" in t for t in texts)
    assert window.notes.actions.highlight["yellow"].iconText() == "黄 重点"  # the toolbar's
