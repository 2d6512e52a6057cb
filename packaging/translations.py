"""The English translation, made with Qt Linguist's own tools.

    .venv/bin/python packaging/translations.py            # update .ts, then .qm and .json
    .venv/bin/python packaging/translations.py --check    # CI: exit 1 when out of step
    .venv/bin/python packaging/translations.py --missing todo.json
    .venv/bin/python packaging/translations.py --apply todo.json

Update runs pyside6-lupdate over hzreader/ into resources/i18n/hzreader_en.ts (translations
already made are kept, strings gone from the code are dropped), then pyside6-lrelease into
hzreader_en.qm (the window's QTranslator) and writes hzreader_en.json (the same messages for
hzreader.i18n, which the command line and the services use without Qt). All three are
committed.

--check fails when a source string has no finished translation, when the .ts, the .qm or the
.json is not what the code and the .ts make now, or when a translation breaks a placeholder
({0}, %n), a mnemonic (&F), an ellipsis or keeps Chinese characters. Each problem is one line
with the context, the source text and where it is (file:line).

--missing writes the unfinished messages as a JSON list (context, source, comment, where, and
an empty "translation", a list of two forms for %n plurals); fill in the translations and
--apply the file: they go into the .ts, which is then updated as above. The glossary and the
house rules for the English text are in resources/i18n/README.md.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGE = "en"
SOURCE_LANGUAGE = "zh_CN"
TS_NAME = f"hzreader_{LANGUAGE}.ts"

CJK = re.compile(
    "[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
)
CJK_RUN = re.compile(CJK.pattern + "+")
FIELD = re.compile(r"\{\d+(?::[^{}]*)?\}")
PRINTF = re.compile(r"%\(\w+\)[a-z]|%[a-z]")  # argparse's %(value)r, %s; Qt's %p
# A mnemonic: & before a character that is not & (&& is a literal ampersand).
MNEMONIC = re.compile(r"(?<!&)&(?!&|[a-zA-Z]+;|#\d+;)(?=\S)")  # not &&, not &emsp;


@dataclass
class Message:
    """One message of a .ts file."""

    context: str
    source: str
    comment: str | None
    numerus: bool
    forms: list[str]  # one translation, or the plural forms
    finished: bool
    where: list[str] = field(default_factory=list)  # file:line, when known

    @property
    def key(self) -> tuple[str, str, str | None]:
        """What identifies the message."""
        return self.context, self.source, self.comment


class Paths:
    """The files of one checkout (a test may point at a copy)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.sources = root / "hzreader"
        self.folder = root / "resources" / "i18n"
        self.ts = self.folder / TS_NAME
        self.qm = self.folder / f"hzreader_{LANGUAGE}.qm"
        self.json = self.folder / f"hzreader_{LANGUAGE}.json"


# -- the Qt tools ------------------------------------------------------------------------


def _tool(name: str) -> str:
    """pyside6-lupdate and friends, beside the Python that runs this script."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        sys.exit(f"translations: {name} not found (pip install PySide6-Essentials)")
    return found


def _run(*args: str) -> None:
    out = subprocess.run(args, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"translations: {' '.join(args[:1])} failed:\n{out.stdout}{out.stderr}")


def lupdate(sources: Path, ts: Path, *, locations: str = "none") -> None:
    """Extract the strings of `sources` into `ts`, keeping its translations."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    _run(
        _tool("pyside6-lupdate"),
        "-extensions", "py",
        "-locations", locations,
        "-no-obsolete",
        "-source-language", SOURCE_LANGUAGE,
        "-target-language", LANGUAGE,
        "-silent",
        str(sources),
        "-ts", str(ts),
    )  # fmt: skip


def lrelease(ts: Path, qm: Path) -> None:
    """Compile the .ts into the .qm the window loads (finished translations only)."""
    _run(_tool("pyside6-lrelease"), "-nounfinished", "-silent", str(ts), "-qm", str(qm))


# -- reading and writing .ts -------------------------------------------------------------


def read_ts(ts: Path) -> list[Message]:
    """Every message of a .ts file, in file order."""
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            translation = m.find("translation")
            numerus = m.get("numerus") == "yes"
            if translation is None:
                forms, finished = [""], False
            else:
                if numerus:
                    forms = [f.text or "" for f in translation.iter("numerusform")]
                else:
                    forms = [translation.text or ""]
                finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            where = [f"{loc.get('filename')}:{loc.get('line')}" for loc in m.iter("location")]
            messages.append(
                Message(
                    name, m.findtext("source") or "", m.findtext("comment"), numerus, forms,
                    finished, where,
                )
            )  # fmt: skip
    return messages


def apply_translations(ts: Path, entries: list[dict]) -> tuple[int, list[str]]:
    """Put translations into the .ts and mark them finished; (count, problems)."""
    tree = ET.parse(ts)
    index = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            index[(name, m.findtext("source") or "", m.findtext("comment"))] = m
    done, problems = 0, []
    for entry in entries:
        key = (entry["context"], entry["source"], entry.get("comment"))
        text = entry.get("translation")
        if not text:
            continue
        m = index.get(key)
        if m is None:
            problems.append(f"not in the .ts (gone from the code?): {key[0]}: {key[1]!r}")
            continue
        translation = m.find("translation")
        if translation is None:
            translation = ET.SubElement(m, "translation")
        translation.attrib.pop("type", None)
        if m.get("numerus") == "yes":
            forms = text if isinstance(text, list) else [text, text]
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text if isinstance(text, str) else text[0]
        done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done, problems


def write_catalog(messages: list[Message], path: Path) -> None:
    """The finished translations for hzreader.i18n, one file, sorted."""
    catalog: dict[str, dict[str, str | list[str]]] = {}
    for m in messages:
        if not m.finished or not any(m.forms):
            continue
        key = f"{m.source}\x04{m.comment}" if m.comment else m.source
        catalog.setdefault(m.context, {})[key] = list(m.forms) if m.numerus else m.forms[0]
    data = {"language": LANGUAGE, "messages": {k: catalog[k] for k in sorted(catalog)}}
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    path.write_text(text, encoding="utf-8")


# -- checking ----------------------------------------------------------------------------


def problems_of(m: Message) -> list[str]:
    """What is wrong with one message's translation (empty when it is fine)."""
    if not m.finished or not all(f.strip() for f in m.forms):
        return ["no finished translation"]
    found = []
    want_fields = sorted(FIELD.findall(m.source))
    want_printf = sorted(PRINTF.findall(m.source.replace("%n", "")))
    want_mnemonic = bool(MNEMONIC.search(m.source))
    for number, form in enumerate(m.forms):
        if sorted(FIELD.findall(form)) != want_fields:
            found.append(f"placeholders {want_fields} became {sorted(FIELD.findall(form))}")
        if sorted(PRINTF.findall(form.replace("%n", ""))) != want_printf:
            found.append(f"placeholders {want_printf} are not all kept")
        # A singular may say "the note" instead of "1 note"; every other form shows the count.
        singular = m.numerus and number == 0 and len(m.forms) > 1
        if "%n" in m.source and "%n" not in form and not singular:
            found.append("%n is not kept")
        if want_mnemonic != bool(MNEMONIC.search(form)):
            found.append("the mnemonic (&) is " + ("missing" if want_mnemonic else "new"))
        if len(MNEMONIC.findall(form)) > 1:
            found.append("more than one mnemonic (&)")
        if m.source.rstrip().endswith("…") and not form.rstrip().endswith(("…", "...")):
            found.append("the ellipsis (…) is missing")
        left = CJK_RUN.findall(form)
        if left:
            found.append(f"Chinese characters or punctuation left: {left}")
    if m.numerus and len(m.forms) != 2:
        found.append(f"{len(m.forms)} plural forms, English needs 2 (one, other)")
    return found


def locate(paths: Paths, work: Path) -> dict[tuple[str, str, str | None], list[str]]:
    """Where each message is in the code (file:line), from a fresh extraction."""
    fresh = work / "located.ts"
    lupdate(paths.sources, fresh, locations="absolute")
    out = {}
    for m in read_ts(fresh):
        # lupdate writes paths relative to the .ts; name them from the repository root.
        out[m.key] = [
            str((fresh.parent / w.rsplit(":", 1)[0]).resolve().relative_to(paths.root.resolve()))
            + ":" + w.rsplit(":", 1)[1]
            for w in m.where
        ]  # fmt: skip
    return out


def describe(m: Message, where: list[str]) -> str:
    """One line naming a message: where, context, source."""
    place = ", ".join(where) or "?"
    comment = f" [{m.comment}]" if m.comment else ""
    return f"{place}: {m.context}{comment}: {m.source!r}"


def check(paths: Paths) -> list[str]:
    """Everything that keeps the translation from being complete and in step."""
    problems = []
    if not paths.ts.exists():
        return [f"{paths.ts.relative_to(paths.root)} does not exist: run the script once"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        ts = work / TS_NAME
        shutil.copy(paths.ts, ts)
        lupdate(paths.sources, ts)
        where = locate(paths, work)
        committed = {m.key: m for m in read_ts(paths.ts)}
        current = read_ts(ts)
        for m in current:
            if m.key not in committed:
                problems.append(f"new string, not in the .ts yet: {describe(m, where[m.key])}")
            for problem in problems_of(m):
                problems.append(f"{problem}: {describe(m, where.get(m.key, []))}")
        keys = {m.key for m in current}
        for key, m in committed.items():
            if key not in keys:
                problems.append(f"gone from the code, still in the .ts: {describe(m, [])}")
        if not problems and not filecmp.cmp(ts, paths.ts, shallow=False):
            problems.append(f"{paths.ts.name} is not as lupdate writes it: run the script")
        qm, catalog = work / "check.qm", work / "check.json"
        lrelease(paths.ts, qm)
        write_catalog(read_ts(paths.ts), catalog)
        for made, kept in ((qm, paths.qm), (catalog, paths.json)):
            if not kept.exists() or not filecmp.cmp(made, kept, shallow=False):
                problems.append(f"{kept.name} is not made from the .ts: run the script")
    return problems


# -- commands ----------------------------------------------------------------------------


def update(paths: Paths) -> list[Message]:
    """lupdate, lrelease, the catalog; returns the messages."""
    lupdate(paths.sources, paths.ts)
    lrelease(paths.ts, paths.qm)
    messages = read_ts(paths.ts)
    write_catalog(messages, paths.json)
    return messages


def missing(paths: Paths) -> list[dict]:
    """The messages that still need a (good) translation, as entries to fill in."""
    with tempfile.TemporaryDirectory() as tmp:
        where = locate(paths, Path(tmp))
    entries = []
    for m in read_ts(paths.ts):
        found = problems_of(m)
        if not found:
            continue
        suggestion: str | list[str] = list(m.forms) if m.numerus else m.forms[0]
        entries.append(
            {
                "context": m.context,
                "source": m.source,
                "comment": m.comment,
                "where": where.get(m.key, []),
                "problems": found,
                "translation": suggestion if m.finished else ("" if not m.numerus else ["", ""]),
                "suggested": suggestion if not m.finished else None,
            }
        )
    return entries


def main(argv: list[str] | None = None) -> int:
    """Run the script; exit status 1 when --check finds a problem."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="fail when out of step (CI)")
    group.add_argument("--missing", metavar="FILE", help="write what needs translating")
    group.add_argument("--apply", metavar="FILE", help="take translations from FILE")
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository (for tests)")
    args = parser.parse_args(argv)
    paths = Paths(args.root.resolve())
    if args.check:
        problems = check(paths)
        for line in problems:
            print(line)
        if problems:
            print(
                f"translations: {len(problems)} problem(s). Run `python packaging/translations.py"
                " --missing todo.json`, translate, then `--apply todo.json`."
            )
            return 1
        print(f"translations: {len(read_ts(paths.ts))} messages, all translated, in step")
        return 0
    if args.missing:
        update(paths)  # the .ts in step with the code first: new strings come in unfinished
        entries = missing(paths)
        Path(args.missing).write_text(
            json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"translations: {len(entries)} message(s) to translate written to {args.missing}")
        return 0
    if args.apply:
        if not paths.ts.exists():
            update(paths)
        entries = json.loads(Path(args.apply).read_text(encoding="utf-8"))
        done, problems = apply_translations(paths.ts, entries)
        for line in problems:
            print(line)
        print(f"translations: {done} translation(s) applied")
    messages = update(paths)
    left = [m for m in messages if problems_of(m)]
    print(
        f"translations: {len(messages)} messages, {len(left)} without a good translation"
        f" ({paths.ts.relative_to(paths.root)}, .qm and .json written)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
