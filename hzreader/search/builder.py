"""Full builds: one Whoosh segment written term by term instead of posting by posting.

Whoosh's writer pushes every posting through a sorting pool and a per-posting writer
call; for n-gram fields that is most of the build time (the issue measured 120 s for
10 MB). A full build knows all documents up front, so postings are gathered in compact
arrays per term and handed to Whoosh's own block writer a block at a time. The files are
the ordinary Whoosh format (same codec, same block layout), so readers, merges and later
incremental writes see an ordinary index. When the writer is not the codec this was
written against, the build falls back to Whoosh's standard path.
"""

from __future__ import annotations

import struct
from array import array
from collections.abc import Callable, Iterable
from typing import Any

from whoosh import index as whoosh_index
from whoosh.codec import whoosh3
from whoosh.writing import SegmentWriter

from hzreader.search.records import IndexRecord
from hzreader.search.schema import CountedField, document_fields, weight_code

Progress = Callable[[int, int], None]
_PROGRESS_EVERY = 500
BLOCK_LIMIT = 1024
COMPRESSION = 1
COMPRESS_MIN = 16
_WEIGHTS = [code / 100 for code in range(256)]


def _fast_path_ok(writer: SegmentWriter) -> bool:
    """True when the writer is the Whoosh 3 codec whose block writer this module drives."""
    return (
        isinstance(getattr(writer, "fieldwriter", None), whoosh3.W3FieldWriter)
        and isinstance(getattr(writer, "perdocwriter", None), whoosh3.W3PerDocWriter)
        and hasattr(whoosh3.W3PostingsWriter, "_write_block")
    )


def build(
    ix: whoosh_index.Index,
    records: Iterable[IndexRecord],
    *,
    progress: Progress | None = None,
    total: int | None = None,
) -> int:
    """Write all records into the (empty) index as one segment; returns the count."""
    # Whoosh's default zlib level costs a third of the build for little space on n-grams.
    writer = ix.writer(codec=whoosh3.W3Codec(blocklimit=BLOCK_LIMIT, compression=COMPRESSION))
    try:
        if _fast_path_ok(writer):
            count = _bulk(writer, records, progress, total)
        else:  # pragma: no cover - only with a Whoosh whose codec changed
            count = _standard(writer, records, progress, total)
    except BaseException:
        writer.cancel()
        raise
    writer.commit(merge=False)
    return count


def _standard(
    writer: SegmentWriter,
    records: Iterable[IndexRecord],
    progress: Progress | None,
    total: int | None,
) -> int:
    count = 0
    for record in records:
        writer.add_document(**document_fields(record))
        count += 1
        if progress and count % _PROGRESS_EVERY == 0:
            progress(count, total or 0)
    if progress:
        progress(count, total or count)
    return count


def _bulk(
    writer: SegmentWriter,
    records: Iterable[IndexRecord],
    progress: Progress | None,
    total: int | None,
) -> int:
    schema = writer.schema
    indexed: list[tuple[str, CountedField]] = []
    plain: list[tuple[str, Any]] = []
    for name, field in schema.items():
        if isinstance(field, CountedField):
            indexed.append((name, field))
        else:
            plain.append((name, field))
    # field -> term -> postings packed as docnum << 16 | freq << 8 | weight code: one
    # append per posting keeps 10 MB of n-grams within seconds and within memory.
    postings: dict[str, dict[str, array]] = {name: {} for name, _ in indexed}
    pdw = writer.perdocwriter
    docnum = writer.docnum
    for record in records:
        values = document_fields(record)
        pdw.start_doc(docnum)
        base = docnum << 16
        for name, field in indexed:
            value = values.get(name)
            if value is None:
                continue
            terms = postings[name]
            counts = field.counts(value)
            if field.with_freq:
                length = len(values["vtext"])  # text_length, already encoded
                once = base | 256 | weight_code(1, length)
                for term, freq in counts.items():
                    if freq == 1:
                        packed = once
                    else:
                        freq = min(freq, 255)
                        packed = base | freq << 8 | weight_code(freq, length)
                    try:
                        terms[term].append(packed)
                    except KeyError:
                        terms[term] = array("Q", (packed,))
            else:
                for term in counts:
                    try:
                        terms[term].append(base)
                    except KeyError:
                        terms[term] = array("Q", (base,))
            if field.stored:
                pdw.add_field(name, field, value, 0)
        for name, field in plain:
            value = values.get(name)
            if value is None:
                continue
            if field.stored:
                pdw.add_field(name, field, value, 0)
            if field.column_type is not None:
                pdw.add_column_value(name, field.column_type, field.to_column_value(value))
        pdw.finish_doc()
        docnum += 1
        if progress and docnum % _PROGRESS_EVERY == 0:
            progress(docnum, total or 0)
    count = docnum - writer.docnum
    writer.docnum = docnum
    writer._added = count > 0
    _write_postings(writer, postings, dict(indexed))
    if progress:
        progress(count, total or count)
    return count


def _write_postings(
    writer: SegmentWriter,
    postings: dict[str, dict[str, array]],
    fieldobjs: dict[str, CountedField],
) -> None:
    fw = writer.fieldwriter
    for name in sorted(postings):
        terms = postings[name]
        if not terms:
            continue
        field = fieldobjs[name]
        fw.start_field(name, field)
        # UTF-8 byte order is code point order, so sorting the str keys sorts the bytes.
        for term in sorted(terms):
            fw.start_term(term.encode("utf-8"))
            _write_blocks(fw._postwriter, field.with_freq, terms[term])
            fw.finish_term()
        fw.finish_field()


def _write_blocks(pw: Any, with_freq: bool, packed: array) -> None:
    """Fill Whoosh's block buffer a block at a time and let it encode the block."""
    limit = pw._blocklimit
    n = len(packed)
    for start in range(0, n, limit):
        chunk = packed[start : start + limit]
        size = len(chunk)
        ids = array("I", [p >> 16 for p in chunk])
        if with_freq:
            freqs = [p >> 8 & 255 for p in chunk]
            pw._weights = array("f", [_WEIGHTS[p & 255] for p in chunk])
            pw._values = [struct.pack(f"!{size}I", *freqs)]
            pw._maxweight = max(pw._weights)
        else:
            pw._weights = array("f", [1.0]) * size
            pw._values = []
            pw._maxweight = 1.0
        pw._ids = ids
        # zlib's set-up costs more than it saves on short blocks, the common case for n-grams.
        pw._compression = COMPRESSION if size >= COMPRESS_MIN else 0
        pw._minlength = None
        pw._maxlength = 0
        pw._write_block(last=start + limit >= n)
