"""The Whoosh schema: field types that share one term function for bulk and incremental writes."""

from __future__ import annotations

import functools
import json
import zlib
from collections.abc import Iterator, Mapping
from typing import Any

from whoosh import columns, fields, formats
from whoosh.system import pack_uint

from hzreader.search import analysis
from hzreader.search.records import IndexRecord

# Bump when the schema, the analysis or the bulk writer changes what an index holds:
# an index of another version is rebuilt from the database.
FORMAT_VERSION = 1


# BM25's term-frequency saturation and length normalisation, applied when a posting is
# written (the weight Whoosh stores with it), so queries need no per-document lengths.
K1 = 1.2
B = 0.75
# Lengths are UTF-8 bytes of the folded text: free to read back when checking a candidate.
AVG_LENGTH = 144.0


def text_length(folded: str) -> int:
    """The length BM25 normalises by: UTF-8 bytes of the folded text."""
    return len(folded.encode("utf-8"))


def tf_weight(tf: int, length: int) -> float:
    """BM25's weight of a term that occurs tf times in a text `length` bytes long."""
    return tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * length / AVG_LENGTH))


def weight_code(tf: int, length: int) -> int:
    """`tf_weight` in hundredths (0..220): both write paths store exactly `code / 100`."""
    return round(tf_weight(tf, length) * 100)


class CountedField(fields.FieldType):
    """An indexed field whose terms come from `counts(value)`: a mapping term -> frequency.

    Fields `with_freq` store the frequency and, as the posting weight, `tf_weight` for the
    value's length; the others store presence only (weight 1).
    """

    with_freq = False

    def __init__(self) -> None:
        self.format = formats.Frequency() if self.with_freq else formats.Existence()
        self.analyzer = None
        self.scorable = False  # scoring is ours (engine.py), Whoosh's lengths are not needed
        self.stored = False  # what a hit shows lives in the `hit` column
        self.unique = False  # uids are found through `ubucket` (see index._delete_uids)
        self.vector = None
        self.column_type = None

    def counts(self, value: Any) -> Mapping[str, int]:
        """Term frequencies of a field value."""
        raise NotImplementedError

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        """Whoosh's hook for incremental writes: (term bytes, freq, weight, encoded value)."""
        counts = self.counts(value)
        if not self.with_freq:
            for term in counts:
                yield term.encode("utf-8"), 1, 1.0, b""
            return
        length = text_length(value)
        for term, freq in counts.items():
            weight = weight_code(freq, length) / 100
            yield term.encode("utf-8"), freq, weight, pack_uint(freq)


class KeywordField(CountedField):
    """Exact terms: a string, or a list of strings (already folded by the caller)."""

    def counts(self, value: Any) -> Mapping[str, int]:
        """Each distinct value once."""
        values = [value] if isinstance(value, str) else value
        return dict.fromkeys((v for v in values if v), 1)


class GramField(CountedField):
    """Unigrams and bigrams of folded text, with frequencies: recall and exact contiguity."""

    with_freq = True

    def counts(self, value: Any) -> Mapping[str, int]:
        """Gram frequencies of already folded text."""
        return analysis.gram_counts(value)


class TitleGramField(CountedField):
    """Unigrams and bigrams of a folded title, without frequencies: ranking only."""

    def counts(self, value: Any) -> Mapping[str, int]:
        """Each gram of the title once."""
        return _title_counts(value)


class WordField(CountedField):
    """rjieba words of folded text: whole words rank above fragments."""

    with_freq = True

    def counts(self, value: Any) -> Mapping[str, int]:
        """Word frequencies of already folded text."""
        return analysis.word_counts(value)


@functools.lru_cache(maxsize=64)
def _title_counts(folded: str) -> Mapping[str, int]:
    # Records of one measure share its title: compute its grams once.
    return dict.fromkeys(analysis.gram_set(folded), 1)


def make_schema() -> fields.Schema:
    """The index schema: term fields for matching and ranking, two raw columns for hits."""
    return fields.Schema(
        # A bucket of the uid, not the uid: one term per record made a third of the build.
        # Updates find a uid's documents through its bucket and the `hit` column.
        ubucket=KeywordField(),
        doc=KeywordField(),
        kind=KeywordField(),
        tag=KeywordField(),
        color=KeywordField(),
        chapter=KeywordField(),
        measure=KeywordField(),
        g=GramField(),
        t=TitleGramField(),
        w=WordField(),
        # Raw columns instead of stored fields: Whoosh pickles and deflates stored fields
        # per document, which took a third of the build; a column reads in microseconds.
        # vtext is the folded searchable text, read back to check a long query's contiguity.
        vtext=fields.COLUMN(columns.VarBytesColumn()),
        hit=fields.COLUMN(columns.VarBytesColumn()),
    )


UID_BUCKETS = 4096


def uid_bucket(uid: str) -> str:
    """The `ubucket` term of a uid (stable across runs and platforms)."""
    return format(zlib.crc32(uid.encode("utf-8")) % UID_BUCKETS, "x")


def tag_terms(tags: tuple[str, ...]) -> list[str]:
    """Folded tags plus their ancestors, so tag:部门 also finds 部门/发改."""
    out: list[str] = []
    for tag in tags:
        parts = analysis.fold(tag).strip().strip("/").split("/")
        for i in range(1, len(parts) + 1):
            term = "/".join(p.strip() for p in parts[:i])
            if term and term not in out:
                out.append(term)
    return out


def searchable_text(record: IndexRecord) -> str:
    """The folded text that matching runs on: the text, and for a note also its tags."""
    if record.kind == "note" and record.tags:
        return analysis.fold(analysis.join_parts((record.text, *record.tags)))
    return analysis.fold(record.text)


# The order of a record's attributes in the `hit` column.
HIT_FIELDS = (
    "uid",
    "doc",
    "key",
    "kind",
    "node_kind",
    "title",
    "text",
    "tags",
    "color",
    "chapter",
    "measure",
    "path",
    "order",
    "annotation_id",
)


def encode_hit(record: IndexRecord) -> bytes:
    """A record as the bytes of the `hit` column (JSON: readable by any later Python)."""
    return json.dumps([getattr(record, f) for f in HIT_FIELDS], ensure_ascii=False).encode()


def decode_hit(data: bytes) -> IndexRecord:
    """The record stored in the `hit` column."""
    values = dict(zip(HIT_FIELDS, json.loads(data), strict=True))
    values["tags"] = tuple(values["tags"])
    values["path"] = tuple(values["path"])
    return IndexRecord(**values)


def document_fields(record: IndexRecord) -> dict[str, Any]:
    """The Whoosh document of a record (same for bulk and incremental writes)."""
    folded = searchable_text(record)
    return {
        "ubucket": uid_bucket(record.uid),
        "doc": record.doc,
        "kind": record.kind,
        "tag": tag_terms(record.tags),
        "color": analysis.fold(record.color),
        "chapter": analysis.fold(record.chapter),
        "measure": analysis.fold(record.measure),
        "g": folded,
        "t": analysis.fold(record.title),
        "w": folded,
        "vtext": folded.encode("utf-8"),
        "hit": encode_hit(record),
    }
