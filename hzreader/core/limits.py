"""Every limit on what hzreader accepts as input, in one place (README.md lists them).

A limit bounds the time and memory that one input can cost: past it the input is refused
with a clear message (BadInputError, exit 2, nothing changed), or, where the input is
usable, it is cut down (an over-long line broken into lines, a note too deep to render
shown as plain text). Each figure is chosen well above what a real policy document or
note needs (the longest text in the corpus has 110,000 characters in 3,000 lines).
"""

from __future__ import annotations

_MB = 1024 * 1024

# -- Files to import (.txt, .md, .docx) --------------------------------------------------------

# The size of the file on disk.
MAX_FILE_BYTES = 50 * _MB

# -- The text of an import (a .txt or .md after decoding, the text of a .docx) ---------------

# Characters in all. A text of 5 million characters imports in about 4 s (bench/hostile.py).
MAX_TEXT_CHARS = 6_000_000
# Lines (line breaks), blank ones included: each non-blank line becomes at least one node.
MAX_TEXT_LINES = 50_000
# Lines and sentence ends (。！？；!?;) together: each can make a node, so they bound the
# tree and with it the time an import takes (the 5-million-character text has 156,000).
MAX_TEXT_UNITS = 200_000
# A line longer than this is broken into lines of at most this many characters before it is
# parsed: at the last sentence end of each piece, else at a comma or space, else right at the
# limit. The reader never lays out one block of millions of characters.
MAX_LINE_CHARS = 4_000
# A document title (given or detected).
MAX_TITLE_CHARS = 200

# -- Word documents (.docx), read from the zip's central directory before anything is parsed ----

# Every part inflated, together (text, styles, images).
DOCX_MAX_INFLATED_BYTES = 100 * _MB
# The XML parts inflated, together: python-docx holds them as a tree of about eight times
# their size (45 MB of XML took 2.5 s and 390 MB before its text could be counted).
DOCX_MAX_XML_BYTES = 32 * _MB
# Inflated size to compressed size, for the whole file and for each part past DOCX_RATIO_FLOOR
# (XML compresses about 5-30:1; a zip bomb hundreds or a thousand to one).
DOCX_MAX_RATIO = 200
DOCX_RATIO_FLOOR = 1 * _MB
# Parts (files in the zip): a Word document holds a dozen, plus its images.
DOCX_MAX_PARTS = 2_000

# -- Notes ---------------------------------------------------------------------------------------

# A note's Markdown text.
MAX_NOTE_CHARS = 5_000_000
# A tag's name.
MAX_TAG_CHARS = 100
# A remark on a recorded target value (its source or note).
MAX_REMARK_CHARS = 10_000

# -- Rendering a note (preview, tooltips, HTML and Word export) ----------------------------------
# Past either budget a note is shown as its plain text with a notice; the rest goes on.

# Characters of Markdown rendered as rich text.
RENDER_MAX_CHARS = 100_000
# Lines of Markdown (Python-Markdown spends about 0.1 ms on each list item).
RENDER_MAX_LINES = 5_000
# Nesting (blockquotes, lists, emphasis, any element inside another), estimated from the
# Markdown and checked in its HTML (Python-Markdown recurses per level, nh3 is quadratic in it).
RENDER_MAX_DEPTH = 100
# Markdown marks (* _ ` ~ [ ] < > | & \): Python-Markdown spends up to 0.2 ms on each.
RENDER_MAX_MARKS = 10_000
# Characters Python-Markdown scans for the ends of links and tags: each [ or < or ]( looks
# ahead for its ] or > or ) (to the end of the paragraph when there is none), so 10,000
# unclosed [ in a paragraph cost minutes. The sum of those distances, estimated beforehand.
RENDER_MAX_SCAN = 1_000_000
# HTML elements one note may produce (a table of thousands of cells, a list of thousands).
RENDER_MAX_ELEMENTS = 20_000

# -- Search --------------------------------------------------------------------------------------

# Characters of a query that are used (the rest is dropped, with a notice).
MAX_QUERY_CHARS = 1_000

# -- Backups (JSON) ------------------------------------------------------------------------------

# The size of a backup file.
BACKUP_MAX_BYTES = 200 * _MB
# JSON nesting of a backup (the format itself nests four deep).
BACKUP_MAX_DEPTH = 16
