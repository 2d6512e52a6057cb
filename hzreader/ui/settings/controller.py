"""编辑 → 设置 (Ctrl+,): opens the settings dialog, shows every change at once, stores them
on 确定 and puts everything back as it was on 取消."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from hzreader import i18n
from hzreader.core import preferences as prefs
from hzreader.core.errors import KnownError
from hzreader.ui.notes import NoteColor, stored_meaning
from hzreader.ui.settings.dialog import LANGUAGE, MEANINGS, SettingsDialog
from hzreader.ui.settings.look import LOOK_KEYS, LookKeeper

log = logging.getLogger("hzreader")


class SettingsController(QObject):
    """The settings action and dialog of one window."""

    def __init__(self, window: QMainWindow, look: LookKeeper) -> None:
        super().__init__(window)
        self.window = window
        self.look = look
        self.dialog: SettingsDialog | None = None
        self._before: dict[str, Any] = {}
        self.action = QAction(self.tr("设置(&T)…"), window)
        self.action.setObjectName("action_settings")
        self.action.setShortcuts([QKeySequence("Ctrl+,")])
        self.action.setStatusTip(self.tr("字体、行距、纸张、主题、语言、高亮颜色的含义、自动备份"))
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        window.addAction(self.action)
        edit_menu = window.menuBar().findChild(QMenu, "menu_edit")
        if edit_menu is not None:
            edit_menu.addSeparator()
            edit_menu.addAction(self.action)
        self.action.triggered.connect(self.open_dialog)
        self.action.setEnabled(window.services is not None)
        window.attached.connect(lambda: self.action.setEnabled(True))

    # -- the dialog ----------------------------------------------------------------------

    def current(self) -> dict[str, Any]:
        """What the dialog starts from: the stored preferences, the window's zoom and
        language, the colours' meanings."""
        values = self.window.services.preferences.load()
        values.update(self.look.values)  # what the window shows (the 主题 menu saves later)
        values[prefs.POINT_SIZE] = self.window.reader.point_size()
        values[LANGUAGE] = self._language_menu().language.lang or i18n.language()
        return values

    def _language_menu(self):
        """View → 语言 (the shell's LanguageMenu): its languages, the one in use, choose()."""
        return self.window.language_menu

    def _colors(self) -> list[NoteColor]:
        return [NoteColor(n, lb, h) for n, lb, h in self.window.services.annotations.colors()]

    def open_dialog(self) -> SettingsDialog | None:
        """Show the dialog (window-modal; returns it at once)."""
        if self.window.services is None:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        self._before = self.current()
        colors = [(c.name, c.hanzi, c.meaning, c.hex) for c in self._colors()]
        default_backups = self.window.ctx.paths.root / "backups"
        languages = {code: a.text() for code, a in self._language_menu().actions.items()}
        dialog = SettingsDialog(self._before, colors, languages, default_backups, self.window)
        dialog.changed.connect(self.preview)
        dialog.accepted.connect(self._accepted)
        dialog.rejected.connect(self._rejected)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def preview(self, change: dict[str, Any]) -> None:
        """Show a change at once: the reader lays its text out again, the window changes
        its colours or its language."""
        self._show(change)

    def _show(self, values: dict[str, Any]) -> None:
        look = {k: v for k, v in values.items() if k in LOOK_KEYS}
        if look:
            self.look.preview(look)
        if prefs.POINT_SIZE in values:
            self.window.reader.set_point_size(values[prefs.POINT_SIZE])
        lang = values.get(LANGUAGE)
        menu = self._language_menu()
        if lang and lang != menu.language.lang:
            # Through the 语言 menu, so the choice is remembered as the menu remembers it.
            menu.choose(lang)

    def _accepted(self) -> None:
        assert self.dialog is not None
        values = self.dialog.values()
        services = self.window.services
        stored = {k: v for k, v in values.items() if k in prefs.DEFAULTS}
        try:
            services.preferences.save(stored)
            for color in self._colors():
                wanted = values[MEANINGS].get(color.name, "")
                if wanted and wanted != color.meaning:
                    services.annotations.set_color_label(
                        color.name, stored_meaning(color.name, wanted)
                    )
        except KnownError as exc:
            QMessageBox.warning(self.window, self.tr("设置未能保存"), str(exc))
            self._show(self._before)
            return
        self._show(values)  # what was typed last (a spin box still being edited)
        notes = getattr(self.window, "notes", None)
        if notes is not None and notes.service is not None:
            notes.reload()  # the colours' meanings in the menus, the editor, the list

    def _rejected(self) -> None:
        """取消: everything shown live goes back to what it was."""
        self._show(self._before)

    def _closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def reload(self) -> None:
        """The preferences changed underneath (a restore): show the stored ones."""
        if self.window.services is not None:
            self.look.restore(self.window.services.preferences.load().get)
