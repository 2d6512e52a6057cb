"""Study notes as Markdown."""

from __future__ import annotations

from hzreader.exporters.model import StudyNotes, meta_line, with_headings


def _quote_block(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines() or [""])


def render_markdown(notes: StudyNotes) -> str:
    """One Markdown document: title, groups as headings, each note with its citation."""
    out = [f"# {notes.title}", "", notes.subtitle, ""]
    several = len(notes.documents()) > 1
    current_doc = None
    for group in notes.groups:
        if several and group.document and group.document != current_doc:
            current_doc = group.document
            out += [f"## 《{current_doc}》", ""]
        level = "###" if several and group.document else "##"
        out += [f"{level} {group.heading}", ""]
        for entry, headed in with_headings(group.entries):
            if headed:
                out += [f"{level}# {entry.heading}", ""]
            out += [_quote_block(entry.quote), ""]
            if entry.note.strip():
                out += [entry.note.strip(), ""]
            out += [f"*出处：{entry.citation}*  ", f"*{meta_line(entry)}*", ""]
    if not notes.groups:
        out += ["（没有符合条件的笔记）", ""]
    return "\n".join(out)
