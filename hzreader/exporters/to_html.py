"""Study notes as one self-contained HTML file: no script, no remote or local resources."""

from __future__ import annotations

from html import escape

from hzreader.exporters.model import Entry, StudyNotes, meta_line, with_headings
from hzreader.exporters.note_html import render_note

# Even if a sanitiser were bypassed, the page itself forbids scripts and every fetch.
_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)
_HIGHLIGHT = {
    "yellow": "#fff1a8",
    "red": "#ffc9c9",
    "green": "#c8f0c8",
    "blue": "#c6ddff",
    "purple": "#e4d2ff",
}
_CSS = """
body { font-family: "Songti SC", "SimSun", "宋体", "Noto Serif CJK SC", serif; line-height: 1.8;
       max-width: 46em; margin: 2em auto; padding: 0 1em; color: #222; }
h1 { font-size: 1.6em; text-align: center; margin-bottom: .2em; }
.subtitle { text-align: center; color: #666; font-size: .9em; margin-bottom: 2em; }
h2 { font-family: "Heiti SC", "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 1.3em;
     border-bottom: 1px solid #ccc; padding-bottom: .2em; margin-top: 2em; }
h3 { font-family: "Heiti SC", "SimHei", "黑体", sans-serif; font-size: 1.15em; }
.entry { margin: 1.2em 0 1.8em; }
.entry h4 { font-family: "Kaiti SC", "KaiTi", "楷体", serif; font-size: 1.05em; margin: 0 0 .4em; }
blockquote.quote { font-family: "STFangsong", "FangSong", "仿宋", serif; margin: 0 0 .6em 2em;
     padding: .3em .8em; border-left: 4px solid var(--mark, #fff1a8); background: #fafafa; }
.note { margin: 0 0 .4em 0; }
.meta { color: #666; font-size: .85em; }
.review { color: #a00; }
@media print {
  body { max-width: none; margin: 0; font-size: 12pt; color: #000; }
  h2 { page-break-after: avoid; }
  .entry { page-break-inside: avoid; }
  blockquote.quote { background: none; }
  a { color: #000; text-decoration: none; }
}
@page { size: A4; margin: 25mm 20mm; }
"""


def _entry(entry: Entry, headed: bool = True) -> str:
    mark = _HIGHLIGHT.get(entry.color, "#fff1a8")
    quote = escape(entry.quote).replace("\n", "<br>")
    meta = escape(meta_line(entry))
    review = ' <span class="review">（待核对）</span>' if entry.needs_review else ""
    note = render_note(entry.note)
    # Notes after the first on one measure share its heading; a review mark stays.
    heading = f"<h4>{escape(entry.heading)}{review}</h4>\n" if headed else ""
    if review and not headed:
        quote += review
    return (
        f'<section class="entry" id="n-{escape(entry.id)}">\n'
        + heading
        + f'<blockquote class="quote" style="--mark: {mark}">{quote}</blockquote>\n'
        + (f'<div class="note">{note}</div>\n' if note else "")
        + f'<p class="meta">出处：{escape(entry.citation)}<br>{meta}</p>\n</section>'
    )


def render_html(notes: StudyNotes) -> str:
    """The whole page: inline CSS (with print rules), the notes, nothing fetched."""
    body: list[str] = [
        f"<h1>{escape(notes.title)}</h1>",
        f'<p class="subtitle">{escape(notes.subtitle)}</p>',
    ]
    several = len(notes.documents()) > 1
    current_doc = None
    for group in notes.groups:
        if several and group.document and group.document != current_doc:
            current_doc = group.document
            body.append(f"<h2>《{escape(current_doc)}》</h2>")
        tag = "h3" if several and group.document else "h2"
        body.append(f"<{tag}>{escape(group.heading)}</{tag}>")
        body += [_entry(e, headed) for e, headed in with_headings(group.entries)]
    if not notes.groups:
        body.append("<p>（没有符合条件的笔记）</p>")
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{escape(notes.title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
