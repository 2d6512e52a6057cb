"""A note's Markdown as safe HTML: Python-Markdown, then nh3 with a strict allow-list."""

from __future__ import annotations

import threading

import markdown
import nh3

# No <img>, <area>, <map> or anything else that loads a resource: an export is opened offline,
# and a note must not be able to reach a remote host or a local file (file://).
ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "code",
        "dd",
        "del",
        "div",
        "dl",
        "dt",
        "em",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "u",
        "ul",
    }
)
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "td": {"align"}, "th": {"align"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})


def sanitize(html: str) -> str:
    """HTML with scripts, event handlers, styles, images and unsafe links removed."""
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        strip_comments=True,
        link_rel="noopener noreferrer",
    )


_local = threading.local()


def _converter() -> markdown.Markdown:
    """This thread's Markdown converter: setting one up loads its extensions, which cost
    more than converting a note (an export of thousands of notes spent seconds on it)."""
    converter = getattr(_local, "converter", None)
    if converter is None:
        converter = markdown.Markdown(extensions=["extra", "sane_lists"], output_format="html")
        _local.converter = converter
    return converter


def render_note(text: str) -> str:
    """A note's Markdown as sanitised HTML ("" for an empty note)."""
    if not text.strip():
        return ""
    html = _converter().reset().convert(text)
    return sanitize(html).strip()
