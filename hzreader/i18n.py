"""The interface language without Qt: the command line, the services' messages, argparse.

Chinese is the source language and the default; English comes from
resources/i18n/hzreader_en.json, which packaging/translations.py makes from the same
hzreader_en.ts as the window's hzreader_en.qm, so one file holds every translation. Strings are
marked the way pyside6-lupdate reads them: `Errors.tr("没有这个文档：{0}")` (the class name is
the context; plurals as `Cli.tr("%n 项指标", None, n)`, positional, which lupdate reads only
for tr()), `translate("context", "文字")`, and constants with
`QT_TRANSLATE_NOOP("context", "文字")`, translated where they are shown.

The language is one per process: the command line sets it from --lang or the remembered
setting before it builds its parser; the window sets it with its Qt translators.
"""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path
from typing import NamedTuple

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"
LANGUAGE_FILE = "language"  # in the data dir: the remembered choice, "zh" or "en"

_language = DEFAULT_LANGUAGE
_catalogs: dict[str, dict] = {}
_lock = threading.Lock()
# What was shown, to say it again in another language when the window switches: the text
# as shown (after %n) -> {context: (context, source, disambiguation, n)}, the latest last
# (标签 is Tags in one class and Tag in another). Off on the command line.
Source = tuple[str, str, str | None, int]
_shown: dict[str, dict[str, Source]] = {}
_recording = False
_MAX_SHOWN = 50_000


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Mark a constant for translation (lupdate finds it); translate it where it is shown."""
    return text


def language() -> str:
    """The language now in use: "zh" or "en"."""
    return _language


def set_language(lang: str) -> None:
    """Use this language from now on (ValueError for one that is not offered)."""
    global _language
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    _language = lang


def catalog_file(lang: str) -> Path:
    """The generated catalog of a language (there is none for Chinese, the source)."""
    from hzreader.paths import TRANSLATIONS_DIR

    return TRANSLATIONS_DIR / f"hzreader_{lang}.json"


def _catalog(lang: str) -> dict:
    with _lock:
        found = _catalogs.get(lang)
        if found is None:
            try:
                data = json.loads(catalog_file(lang).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = {}  # a missing catalog shows the source text, never an error
            found = _catalogs[lang] = data.get("messages", {})
        return found


def lookup(
    lang: str, context: str, text: str, disambiguation: str | None = None, n: int = -1
) -> str | None:
    """The translation of a source text into `lang` with %n filled in; None if it has none."""
    if lang == DEFAULT_LANGUAGE:
        found: str | list | None = text
    else:
        entry = _catalog(lang).get(context, {}).get(_key(text, disambiguation))
        if entry is None:
            return None
        found = entry
    if isinstance(found, list):
        found = found[_plural_form(lang, n)] if found else None
        if not found:
            return None
    return _fill_n(found, n)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text in the current language (the source when it has no translation)."""
    shown = lookup(_language, context, text, disambiguation, n)
    if shown is None:
        shown = _fill_n(text, n)
    if _recording:
        remember_shown(shown, context, text, disambiguation, n)
    return shown


def has_translation(context: str, text: str, disambiguation: str | None = None) -> bool:
    """True when the catalog of the current language knows this source text."""
    if _language == DEFAULT_LANGUAGE:
        return True
    return _key(text, disambiguation) in _catalog(_language).get(context, {})


class Context:
    """A context of the catalog for code without Qt: `Cli.tr("文字")` reads as context "Cli"."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The text in the current language (plurals: the count as n, shown by %n)."""
        return translate(cls.__name__, text, disambiguation, n)


class Errors(Context):
    """Messages of KnownError: what went wrong and what to do, in any layer."""


class Messages(Context):
    """What the services tell people that is not an error: warnings, reports, undo steps."""


class Cli(Context):
    """The command line's own words: help, output for people, its messages."""


class Argparse(Context):
    """argparse's words (usage:, options, its error messages) in the language chosen."""


class Later(NamedTuple):
    """A message said in the language in use when it is shown, not when it is made (an undo
    step named before a switch of language): str() translates and fills in the fields."""

    context: str
    text: str
    fields: tuple = ()

    def __str__(self) -> str:
        return translate(self.context, self.text).format(*self.fields)


# -- what the window has shown -----------------------------------------------------------


def record(on: bool) -> None:
    """Remember what translate() shows (the window does, to switch language in place)."""
    global _recording
    _recording = on


def remember_shown(
    shown: str, context: str, text: str, disambiguation: str | None = None, n: int = -1
) -> None:
    """Note that `shown` is `text` of `context` in some language."""
    if len(_shown) >= _MAX_SHOWN:
        _shown.clear()  # a long session with many numbers: start again, keep memory flat
    sources = _shown.setdefault(shown, {})
    sources.pop(context, None)
    sources[context] = (context, text, disambiguation, n)


def source_of(shown: str, contexts: tuple[str, ...] = ()) -> Source | None:
    """(context, source, disambiguation, n) of a text shown earlier, or None: under the
    first of `contexts` that showed it (the classes of the object showing it), else the
    latest."""
    sources = _shown.get(shown)
    if not sources:
        return None
    for context in contexts:
        if context in sources:
            return sources[context]
    return next(reversed(sources.values()))


def shown_templates() -> list[tuple[str, dict[str, Source]]]:
    """The texts shown that still had {0}-style fields to fill, with their sources."""
    return [(s, dict(src)) for s, src in list(_shown.items()) if _FIELD.search(s)]


# -- the remembered choice ---------------------------------------------------------------


def read_language(data_dir: Path) -> str | None:
    """The language remembered in a data dir, or None."""
    try:
        value = (Path(data_dir) / LANGUAGE_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return value if value in LANGUAGES else None


def remember_language(data_dir: Path, lang: str, *, create: bool = True) -> bool:
    """Remember a language in a data dir; False when it cannot be written (not an error:
    the choice then lasts for this run only)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    folder = Path(data_dir)
    if read_language(folder) == lang:
        return True
    try:
        if create:
            folder.mkdir(parents=True, exist_ok=True)
        elif not folder.is_dir():
            return False
        tmp = folder / (LANGUAGE_FILE + ".tmp")
        tmp.write_text(lang + "\n", encoding="utf-8")
        tmp.replace(folder / LANGUAGE_FILE)
    except OSError:
        return False
    return True


# -- helpers -------------------------------------------------------------------------------

_FIELD = re.compile(r"\{(\d+)(?::[^{}]*)?\}")


def _key(text: str, disambiguation: str | None) -> str:
    # The catalog's key: the source, and the comment that tells two equal sources apart.
    return f"{text}\x04{disambiguation}" if disambiguation else text


def _plural_form(lang: str, n: int) -> int:
    # English: one, other. (Chinese, the source, has a single form.)
    return 0 if lang != "en" or n == 1 else 1


def _fill_n(text: str, n: int) -> str:
    return text.replace("%n", str(n)) if n >= 0 and "%n" in text else text
