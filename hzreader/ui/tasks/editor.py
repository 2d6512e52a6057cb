"""The small editor of a task: which clause, lead and partner units, deadline, status, remark.

The units the clause's own （牵头单位：…） names are filled in for a new task and offered first;
then the units of the document, then the rest of the managed list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hzreader.core.errors import KnownError
from hzreader.core.tasks import STATUSES, Task, normalize_unit, parse_due, status_text
from hzreader.core.units import Units, split_units
from hzreader.ui import theme

Suggest = Callable[[str], Units | None]


class TaskEditor(QDialog):
    """Asks for a task's fields; accept() checks them and stays open on bad input."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        clauses: list[tuple[str, str]],
        chosen: str,
        task: Task | None,
        units: list[str],
        suggest: Suggest,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("task_editor")
        self.setWindowTitle(self.tr("编辑任务") if task else self.tr("分解到任务表"))
        self.resize(560, 420)
        self.task = task
        self._suggest = suggest
        self._units = list(dict.fromkeys(units))
        self.clause_box = QComboBox(self)
        self.clause_box.setObjectName("task_clause")
        for key, label in clauses:
            self.clause_box.addItem(label, key)
        self.clause_box.setCurrentIndex(max(0, self.clause_box.findData(chosen)))
        self.clause_box.setEnabled(task is None and len(clauses) > 1)
        self.hint = QLabel(self)
        self.hint.setObjectName("task_units_hint")
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # drawn grey: a remark, not a field
        self.lead_box = QComboBox(self)
        self.lead_box.setObjectName("task_lead")
        self.lead_box.setEditable(True)
        self.lead_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lead_box.addItems(self._units)
        self.partners_edit = QLineEdit(self)
        self.partners_edit.setObjectName("task_partners")
        self.partners_edit.setPlaceholderText(self.tr("多个单位用“、”分开"))
        self.partners_button = QToolButton(self)
        self.partners_button.setObjectName("task_partners_pick")
        self.partners_button.setText(self.tr("选择…"))
        self.partners_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.partners_menu = QMenu(self.partners_button)
        self.partners_menu.aboutToShow.connect(self._fill_partner_menu)
        self.partners_button.setMenu(self.partners_menu)
        self.due_edit = QLineEdit(self)
        self.due_edit.setObjectName("task_due")
        self.due_edit.setPlaceholderText(self.tr("2025、2025-06、2025-06-30 或 2025年6月"))
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("task_status")
        for status in STATUSES:
            self.status_box.addItem(status_text(status), status)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("task_note")
        self.note_edit.setPlaceholderText(self.tr("进展情况或备注（可用 Markdown）"))
        self.error = QLabel(self)
        self.error.setObjectName("task_error")
        theme.tint_label(self.error, "#b00020", "#ff8a80")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        partners = QHBoxLayout()
        partners.addWidget(self.partners_edit, 1)
        partners.addWidget(self.partners_button)
        form = QFormLayout()
        form.addRow(self.tr("条款"), self.clause_box)
        form.addRow("", self.hint)
        form.addRow(self.tr("牵头单位"), self.lead_box)
        form.addRow(self.tr("责任单位"), partners)
        form.addRow(self.tr("完成时限"), self.due_edit)
        form.addRow(self.tr("状态"), self.status_box)
        form.addRow(self.tr("进展情况"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.clause_box.currentIndexChanged.connect(lambda _i: self._clause_changed())
        if task is not None:
            self.lead_box.setEditText(task.lead)
            self.partners_edit.setText("、".join(task.partners))
            self.due_edit.setText(task.due or "")
            self.status_box.setCurrentIndex(self.status_box.findData(task.status))
            self.note_edit.setPlainText(task.note)
            self._show_hint(self._suggest(task.key))
        else:
            self._clause_changed()
        self.lead_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def key(self) -> str:
        """The clause chosen."""
        return self.clause_box.currentData()

    def _clause_changed(self) -> None:
        units = self._suggest(self.key())
        self._show_hint(units)
        if self.task is None:
            # The clause's own text says who leads: taken as the starting point.
            self.lead_box.setEditText(units.lead if units else "")
            self.partners_edit.setText("、".join(units.partners) if units else "")

    def _show_hint(self, units: Units | None) -> None:
        if units is None:
            self.hint.setText(self.tr("原文没有写明牵头单位。"))
            return
        partners = "、".join(units.partners) or self.tr("（无）")
        self.hint.setText(self.tr("原文写明：牵头 {0}；责任 {1}").format(units.lead, partners))

    def _fill_partner_menu(self) -> None:
        self.partners_menu.clear()
        chosen = self.partners()
        for name in self._units:
            action = self.partners_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(name in chosen)
            action.toggled.connect(lambda on, n=name: self._toggle_partner(n, on))

    def _toggle_partner(self, name: str, on: bool) -> None:
        chosen = [p for p in self.partners() if p != name]
        if on:
            chosen.append(name)
        self.partners_edit.setText("、".join(chosen))

    def partners(self) -> list[str]:
        """The partner units typed or picked (各区、县（市）政府 stays one unit)."""
        return [p for p in split_units(self.partners_edit.text()) if p.strip()]

    def values(self) -> dict:
        """The fields as the task service takes them."""
        return {
            "key": self.key(),
            "lead": self.lead_box.currentText().strip(),
            "partners": self.partners(),
            "due": self.due_edit.text().strip() or None,
            "status": self.status_box.currentData(),
            "note": self.note_edit.toPlainText(),
        }

    def accept(self) -> None:
        """Close only when the fields can be saved; else say what is wrong."""
        v = self.values()
        if not v["lead"]:
            self.error.setText(self.tr("请填写牵头单位"))
            return
        try:
            normalize_unit(v["lead"])
            for p in v["partners"]:
                normalize_unit(p)
            parse_due(v["due"])
        except KnownError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        super().accept()
