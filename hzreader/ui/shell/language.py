"""The window's language: Qt's translators, View → 语言 / Language, and switching at once.

Chinese is the source and the default. English is resources/i18n/hzreader_en.qm (made by
packaging/translations.py); Qt's own words (standard buttons, the file and colour dialogs,
a line edit's menu) come from Qt's qtbase translation for Chinese and need none for English.

A switch happens in place, without rebuilding the window: the translators change (Qt sends
QEvent.LanguageChange, which Qt's own widgets such as QDialogButtonBox act on), then every
text a window shows is said again in the new language (retranslate.py), and objects that
make texts of their own (a cached summary, a painted label) do it in their retranslate().
Rebuilding the main window would have to carry over everything the user has open or typed:
open note editors with unsaved text, the undo history, the search and find fields and their
results, filters, selections, the dock layout, running imports and exports, the dialogs of
the rooms other people are adding; each one forgotten would be work lost. In place, nothing
is closed or made again, so nothing can be lost; what a room forgets to say again is a word
left in the old language, which tests/ui/shell/test_language.py finds.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from hzreader import i18n
from hzreader.paths import TRANSLATIONS_DIR
from hzreader.ui.shell.qt_language import GAPS

log = logging.getLogger("hzreader")

NAMES = {"zh": "中文", "en": "English"}  # each in its own language, as language menus do
_QT_CONTEXT = re.compile(r"Q[A-Z]")  # QDockWidget, QPlatformTheme: Qt's own classes


def qm_file(lang: str) -> Path:
    """The window's compiled translation for a language."""
    return TRANSLATIONS_DIR / f"hzreader_{lang}.qm"


class CatalogTranslator(QTranslator):
    """hzreader's own .qm; notes every text the translators show, so that a switch can say it
    again: hzreader's (the English catalog is loaded in both languages; in Chinese it only
    tells which texts are hzreader's, and returns nothing so that the source shows) and Qt's
    own (a dock's button, a tab bar's arrows), whose Chinese comes from `qt`."""

    def __init__(self, lang: str, qt: QTranslator | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.qt = qt
        if not self.load(str(qm_file("en"))):
            log.warning("no translation catalog at %s", qm_file("en"))

    def translate(self, context, source, disambiguation=None, n=-1):
        """Qt asks this for every tr(): the English text, or None for the source text."""
        found = super().translate(context, source, disambiguation, n)
        if found:
            shown = source if self.lang == i18n.DEFAULT_LANGUAGE else found
            self._note(shown, context, source, disambiguation, n)
            return None if self.lang == i18n.DEFAULT_LANGUAGE else found
        if _QT_CONTEXT.match(context or ""):
            # Qt's own words: English as written in Qt, or Qt's Chinese; Qt shows them itself.
            # (PySide also asks for hzreader's texts under their Qt base classes, QObject,
            # QDialog: those are noted already and keep their own context.)
            said = self.qt.translate(context, source, disambiguation, n) if self.qt else None
            shown = said or source
            if i18n.source_of(shown.replace("%n", str(n)) if n >= 0 else shown) is None:
                self._note(shown, context, source, disambiguation, n)
        return None  # not hzreader's, or not translated yet

    @staticmethod
    def _note(shown: str, context: str, source: str, disambiguation, n: int) -> None:
        if n >= 0:
            shown = shown.replace("%n", str(n))
        i18n.remember_shown(shown, context, source, disambiguation or None, n)

    def isEmpty(self) -> bool:
        """Never empty: Qt would not ask an empty translator."""
        return False


class Language(QObject):
    """The application's translators; one per QApplication (see of())."""

    changed = Signal(str)  # the new language, after every window has said its texts again

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("hzreader_language")
        self.app = app
        self.lang: str | None = None
        self._translators: list[QTranslator] = []

    @staticmethod
    def of(app: QCoreApplication | None = None) -> Language:
        """The application's Language (made, and Chinese installed, the first time)."""
        app = app or QApplication.instance()
        found = app.findChild(Language, "hzreader_language")
        if found is None:
            found = Language(app)
            found.install(i18n.language())
        return found

    def install(self, lang: str) -> None:
        """Use these translators from now on (at start, before any window is built)."""
        if lang not in i18n.LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        for translator in self._translators:
            self.app.removeTranslator(translator)
            translator.deleteLater()
        self._translators = []
        i18n.set_language(lang)
        i18n.record(True)
        qt = None
        if lang == "zh":
            qt = QTranslator(self)
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            chinese = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
            if qt.load(chinese, "qtbase", "_", folder):
                self._translators.append(qt)
            else:
                qt = None
            # What qtbase_zh_CN lacks of Qt 6's file dialog (ui/shell/qt_language.py), asked
            # before qtbase (installed after it).
            gaps = QTranslator(self)
            if gaps.load(chinese, GAPS, "_", str(TRANSLATIONS_DIR)):
                self._translators.append(gaps)
            QLocale.setDefault(chinese)  # file types, sizes and dates that Qt formats itself
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        # Asked first (installed last): it notes what is shown, then lets the others answer.
        self._translators.append(CatalogTranslator(lang, qt, self))
        for translator in self._translators:
            self.app.installTranslator(translator)
        self.lang = lang

    def switch(self, lang: str) -> bool:
        """Show every window in another language now; False when it is the one in use."""
        if lang == self.lang:
            return False
        # Only a switch needs it: it knows some twenty widget classes, each made by PySide on
        # first use (a few milliseconds of a start that would never use them).
        from hzreader.ui.shell import retranslate

        slots = retranslate.snapshot()
        self.install(lang)
        # Qt posts LanguageChange to every window; deliver it before saying our texts again,
        # or a QDialogButtonBox would reset a button we named ("记录") to Qt's word (OK).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
        retranslate.apply(slots, retranslate.Translator())
        retranslate.call_hooks()
        retranslate.refresh_views()
        retranslate.refresh_sizes()
        self.changed.emit(lang)
        return True


class LanguageMenu(QObject):
    """View → 语言 / Language: one checkable action per language; the choice is remembered in
    the data dir and takes effect at once."""

    def __init__(self, window: QWidget, menu: QMenu, data_dir: Path | None) -> None:
        super().__init__(window)
        self.window = window
        self.data_dir = data_dir
        self.language = Language.of()
        self.menu = menu.addMenu(self.tr("语言 / Language(&U)"))
        self.menu.setObjectName("menu_language")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for lang in i18n.LANGUAGES:
            action = QAction(NAMES[lang], window)
            action.setObjectName(f"action_language_{lang}")
            action.setCheckable(True)
            action.setData(lang)
            action.setStatusTip(self.tr("界面语言；文档、引文和笔记保持原文"))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[lang] = action
        self._check(self.language.lang or i18n.language())
        self.group.triggered.connect(lambda action: self.choose(action.data()))
        self.language.changed.connect(self._check)

    def choose(self, lang: str) -> None:
        """Switch to a language and remember it for the next start."""
        if self.data_dir is not None and not i18n.remember_language(self.data_dir, lang):
            log.warning("could not remember the language in %s", self.data_dir)
        self.language.switch(lang)
        self._check(lang)

    def _check(self, lang: str) -> None:
        for code, action in self.actions.items():
            action.setChecked(code == lang)


def start_language(data_dir: Path | None, wanted: str | None = None) -> str:
    """The language a start uses: --lang (remembered from now on), else the one remembered
    in the data dir, else Chinese."""
    if wanted:
        if data_dir is not None:
            i18n.remember_language(data_dir, wanted)
        return wanted
    remembered = i18n.read_language(data_dir) if data_dir is not None else None
    return remembered or i18n.DEFAULT_LANGUAGE
