"""The 任务分解表 at night: every cell's ink legible on its row, the editor's error too, in
both themes and after a switch of theme while they are open."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QTableView
from wcag import TEXT, ground, ink, luminance, ratio, switch

from hzreader.core.tasks import Task
from hzreader.ui.tasks.editor import TaskEditor
from hzreader.ui.tasks.model import COL_DUE, COL_STATUS, TasksModel

FG, BG = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole


def _table(qtbot) -> QTableView:
    tasks = [
        Task("t1", "plan", "m9", "完善城乡住房保障体系", "市住保房管局", due="2020"),  # overdue
        Task("t2", "plan", "m10", "社会保障", "市卫健委", due="2099", status="doing"),
        Task("t3", "plan", "m11", "城乡融合", "市民政局", due="2099", status="done"),
        Task("t4", "plan", "m12", "已删去的条款", "市发改委", due="2099", found=False),
        Task("t5", "plan", "m13", "滞后的任务", "市科技局", due="2099", status="late"),
    ]
    model = TasksModel()
    model.set_tasks(tasks, ["第三部分"] * len(tasks))
    model.today = date(2025, 6, 1)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    return view


def _cells(view: QTableView) -> list[tuple[str, QColor, QColor]]:
    """(cell, ink, what it is drawn on) of every cell: its own brushes, else the view's."""
    model, palette = view.model(), view.palette()
    out = []
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            fg, bg = index.data(FG), index.data(BG)
            shown = fg.color() if fg is not None else palette.color(QPalette.ColorRole.Text)
            under = bg.color() if bg is not None else palette.color(QPalette.ColorRole.Base)
            out.append((f"{r},{c} {index.data()}", shown, under))
    return out


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_every_cell_is_legible_on_its_row(qtbot, look, mode) -> None:
    view = _table(qtbot)  # built light, then the theme switched while it is shown
    switch(look, mode)
    bad = [f"{cell}: {ratio(a, b):.2f}" for cell, a, b in _cells(view) if ratio(a, b) < TEXT]
    assert not bad, "\n".join(bad)
    late = view.model().index(0, COL_DUE).data(BG).color()
    assert (luminance(late) < 0.1) == (mode == "dark")  # no pink row glaring at night


def test_the_light_theme_keeps_its_colours(qtbot, look) -> None:
    view = _table(qtbot)
    switch(look, "dark")
    switch(look, "light")
    model = view.model()
    assert model.index(0, COL_DUE).data(BG).color() == QColor(255, 235, 238)
    assert model.index(0, COL_DUE).data(FG).color() == QColor("#b00020")
    assert model.index(1, COL_STATUS).data(FG).color() == QColor("#1565c0")
    assert model.index(2, COL_STATUS).data(FG).color() == QColor("#2e7d32")


def test_the_editors_error_follows_the_theme(qtbot, look) -> None:
    editor = TaskEditor(None, clauses=[("m9", "第三部分第9条")], chosen="m9", task=None,
                        units=["市住保房管局"], suggest=lambda _key: None)  # fmt: skip
    qtbot.addWidget(editor)
    editor.show()
    editor.error.setText("请填写牵头单位")
    light = ink(editor.error)
    assert light == QColor("#b00020") and ratio(light, ground(editor)) >= TEXT
    switch(look, "dark")
    night = ink(editor.error)
    assert luminance(ground(editor)) < 0.1, "the dialog is dark"
    assert ratio(night, ground(editor)) >= TEXT, night.name()
    switch(look, "light")
    assert ink(editor.error) == light
