"""The search index on disk: derived from the database, rebuilt when missing, stale or broken.

Layout of `index_dir`:
    CURRENT        name of the live index directory (replaced atomically)
    ix-<id>/       a Whoosh index plus `hzreader-index.json` (format version, fingerprint,
                   size and CRC-32 of every index file)
A rebuild writes a fresh `ix-<id>/` and only then points CURRENT at it, so a crash during
a build leaves the old index (or none) in place, never a half index that looks valid. The
checksums let `status()` notice files that were truncated or overwritten.
"""

from __future__ import annotations

import contextlib
import heapq
import json
import os
import shutil
import threading
import time
import uuid
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from hzreader.search.records import IndexRecord
from hzreader.search.results import Hit, SearchResult, find_matches, make_snippet

POINTER = "CURRENT"
META = "hzreader-index.json"
_LOCK_TIMEOUT = 10.0
# An index directory without metadata is a build in progress (maybe in another process)
# until it is this old; then it is a crashed build and may be swept.
_ABANDONED_AFTER = 3600.0


class IndexUnavailable(Exception):
    """The index cannot answer: `status` is 'missing', 'stale' or 'broken' (rebuild it from
    the database) or 'busy' (another process is writing it; try again shortly)."""

    def __init__(self, status: str, detail: str = "") -> None:
        super().__init__(f"search index {status}" + (f": {detail}" if detail else ""))
        self.status = status


def _checksums(path: Path) -> dict[str, list[int]]:
    """Size and CRC-32 of every Whoosh file in an index directory."""
    out: dict[str, list[int]] = {}
    for entry in sorted(path.iterdir()):
        if entry.name == META or entry.name.endswith("LOCK") or not entry.is_file():
            continue
        crc = 0
        with entry.open("rb") as f:
            while chunk := f.read(1 << 20):
                crc = zlib.crc32(chunk, crc)
        out[entry.name] = [entry.stat().st_size, crc]
    return out


def _whoosh_version() -> str:
    from whoosh import versionstring

    return versionstring()


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + f".{uuid.uuid4().hex[:8]}.tmp")
    with tmp.open("w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _delete_uids(writer: Any, uids: Iterable[str]) -> None:
    """Mark the documents of these uids deleted (found by uid bucket, checked in `hit`)."""
    from hzreader.search.schema import decode_hit, uid_bucket

    wanted = set(uids)
    buckets = {uid_bucket(u) for u in wanted}
    reader = writer.reader()
    for seg, base in reader.leaf_readers():
        hits = seg.column_reader("hit", translate=False)
        for bucket in buckets:
            if ("ubucket", bucket.encode()) not in seg:
                continue
            for docnum in seg.postings("ubucket", bucket.encode()).all_ids():
                if not seg.is_deleted(docnum) and decode_hit(hits[docnum]).uid in wanted:
                    writer.delete_document(base + docnum)


class SearchIndex:
    """A Whoosh index of IndexRecords in a directory of the data dir."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = Path(index_dir)
        self._lock = threading.RLock()  # searches, updates and the swap after a rebuild
        self._build_lock = threading.Lock()  # one rebuild at a time; searches go on meanwhile
        self._verified: str | None = None  # the live dir whose checksums were checked
        self._ix: Any = None
        self._searcher: Any = None
        self._executor: Any = None
        self._live: str | None = None

    # -- state -----------------------------------------------------------------------

    def _live_dir(self) -> Path | None:
        try:
            name = (self.index_dir / POINTER).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeError):
            return None
        if not name or "/" in name or "\\" in name or name.startswith("."):
            return None
        path = self.index_dir / name
        return path if path.is_dir() else None

    def _meta(self, live: Path) -> dict[str, Any] | None:
        try:
            meta = json.loads((live / META).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return meta if isinstance(meta, dict) else None

    def status(self) -> str:
        """'ok', 'missing' (never built), 'stale' (another format or Whoosh version) or
        'broken' (unreadable, or files that changed behind its back)."""
        from hzreader.search.schema import FORMAT_VERSION

        with self._lock:
            if not (self.index_dir / POINTER).exists():
                return "missing"
            live = self._live_dir()
            if live is None:
                return "broken"
            meta = self._meta(live)
            if meta is None:
                return "broken"
            if meta.get("format") != FORMAT_VERSION or meta.get("whoosh") != _whoosh_version():
                return "stale"
            if self._verified != live.name:
                try:
                    if _checksums(live) != meta.get("files"):
                        return "broken"
                    self._open(live)
                except IndexUnavailable:
                    return "broken"
                except OSError:
                    return "broken"
                self._verified = live.name
            return "ok"

    def is_current(self, fingerprint: str) -> bool:
        """True when the index is usable and was built (or updated) for this fingerprint."""
        with self._lock:
            if self.status() != "ok":
                return False
            live = self._live_dir()
            meta = self._meta(live) if live else None
            return bool(meta) and meta.get("fingerprint") == fingerprint

    # -- opening ---------------------------------------------------------------------

    def _close(self) -> None:
        if self._searcher is not None:
            with contextlib.suppress(Exception):  # closing a broken index must not fail
                self._searcher.close()
        self._ix = self._searcher = self._executor = None
        self._live = None

    def _open(self, live: Path) -> Any:
        """The searcher of the live index (reopened when the index changed)."""
        from whoosh import index as whoosh_index

        from hzreader.search.engine import Executor

        try:
            current = self._live == live.name and self._searcher is not None
            if current and self._searcher.up_to_date():
                return self._searcher
            self._close()
            self._ix = whoosh_index.open_dir(str(live))
            self._searcher = self._ix.searcher()
            self._executor = Executor(self._searcher.reader())
            self._live = live.name
            return self._searcher
        except Exception as exc:  # Whoosh raises anything from pickle to struct errors
            self._close()
            raise IndexUnavailable("broken", repr(exc)) from exc

    def _require(self) -> Path:
        status = self.status()
        if status != "ok":
            raise IndexUnavailable(status)
        live = self._live_dir()
        assert live is not None
        return live

    def close(self) -> None:
        """Release open files (the index stays on disk)."""
        with self._lock:
            self._close()

    # -- writing ---------------------------------------------------------------------

    def rebuild(
        self,
        records: Iterable[IndexRecord],
        *,
        fingerprint: str,
        progress: Callable[[int, int], None] | None = None,
        total: int | None = None,
    ) -> int:
        """Build a fresh index of the records, then make it the live one; returns the count.

        `fingerprint` names the database state the records come from (content hashes plus
        an annotation change counter, say): take it before reading the records, so a
        change made during the build leaves the index not current rather than wrongly
        current. Searches keep answering from the old index until the swap.
        """
        from whoosh import index as whoosh_index

        from hzreader.search import builder
        from hzreader.search.schema import FORMAT_VERSION, make_schema

        with self._build_lock:
            self.index_dir.mkdir(parents=True, exist_ok=True)
            new = self.index_dir / f"ix-{uuid.uuid4().hex[:12]}"
            new.mkdir()
            try:
                ix = whoosh_index.create_in(str(new), make_schema())
                count = builder.build(ix, records, progress=progress, total=total)
                ix.close()
                self._write_meta(new, fingerprint, FORMAT_VERSION)
            except BaseException:
                shutil.rmtree(new, ignore_errors=True)
                raise
            with self._lock:
                self._close()
                _write_atomic(self.index_dir / POINTER, new.name)
                self._verified = new.name
                self._sweep(keep=new.name)
            return count

    def _write_meta(self, live: Path, fingerprint: str, version: int) -> None:
        meta = {
            "format": version,
            "whoosh": _whoosh_version(),
            "fingerprint": fingerprint,
            "files": _checksums(live),
        }
        _write_atomic(live / META, json.dumps(meta, ensure_ascii=False))

    def _sweep(self, keep: str) -> None:
        """Remove superseded and abandoned index directories (best effort: Windows may
        hold files open; they go on a later sweep)."""
        now = time.time()
        for entry in self.index_dir.iterdir():
            if entry.name in (keep, POINTER):
                continue
            with contextlib.suppress(OSError):
                old = now - entry.stat().st_mtime > _ABANDONED_AFTER
                if entry.is_dir() and entry.name.startswith("ix-"):
                    if (entry / META).exists() or old:
                        shutil.rmtree(entry, ignore_errors=True)
                elif entry.name.endswith(".tmp") and old:
                    entry.unlink()

    def _update(self, apply: Callable[[Any], None], fingerprint: str | None) -> None:
        from whoosh.index import LockError

        from hzreader.search.schema import FORMAT_VERSION

        with self._lock:
            live = self._require()
            meta = self._meta(live) or {}
            try:
                self._open(live)
                writer = self._ix.writer(timeout=_LOCK_TIMEOUT)
                try:
                    apply(writer)
                except BaseException:
                    writer.cancel()
                    raise
                writer.commit()
            except IndexUnavailable:
                raise
            except LockError as exc:
                raise IndexUnavailable("busy", "another process is writing the index") from exc
            except Exception as exc:
                self._close()
                raise IndexUnavailable("broken", repr(exc)) from exc
            self._close()
            self._write_meta(live, fingerprint or meta.get("fingerprint", ""), FORMAT_VERSION)
            self._verified = live.name

    def upsert(self, records: Iterable[IndexRecord], *, fingerprint: str | None = None) -> None:
        """Add or replace records by uid; `fingerprint` (if given) becomes the stored one."""
        from hzreader.search.schema import document_fields

        latest = {r.uid: r for r in records}  # the last of two records with one uid wins

        def apply(writer: Any) -> None:
            _delete_uids(writer, latest)
            for record in latest.values():
                writer.add_document(**document_fields(record))

        self._update(apply, fingerprint)

    def delete(self, uids: Iterable[str], *, fingerprint: str | None = None) -> None:
        """Remove records by uid (unknown uids are ignored)."""
        items = set(uids)
        self._update(lambda writer: _delete_uids(writer, items), fingerprint)

    # -- searching -------------------------------------------------------------------

    def search(self, query: str, *, doc: str | None = None, limit: int | None = 20) -> SearchResult:
        """Ranked hits of a query (limit None or 0: every hit); raises IndexUnavailable.

        Ties (and queries of filters only, which score 0) come in index order: the order of
        the records at the last rebuild, records updated since then last.
        """
        from hzreader.search.query import And, Filter, parse

        parsed = parse(query)
        if parsed.node is None:
            return SearchResult(query=query, total=0, hits=[], notice=parsed.notice)
        node = parsed.node
        if doc is not None:
            node = And((Filter("doc", doc), node))
        with self._lock:
            live = self._require()
            self._open(live)
            try:
                scores = self._executor.run(node)
                self._exclude_quoted(scores, excluded_terms(parsed.node))
                # Ties keep document order: both sorts are stable over ascending docnums.
                ordered = sorted(scores)
                if limit is not None and limit > 0:
                    top = heapq.nlargest(limit, ordered, key=scores.__getitem__)
                else:
                    top = sorted(ordered, key=scores.__getitem__, reverse=True)
                hits = [self._hit(d, scores[d], parsed.terms) for d in top]
            except Exception as exc:
                self._close()
                self._verified = None
                raise IndexUnavailable("broken", repr(exc)) from exc
        return SearchResult(query=query, total=len(scores), hits=hits, notice=parsed.notice)

    def _exclude_quoted(self, scores: dict[int, float], excluded: list[str]) -> None:
        """Leave out the notes whose quoted words hold an excluded term: `住房 -租赁` must
        not list a note on 保障性租赁住房 (a note's record matches on its own words)."""
        if not excluded or not scores:
            return
        from hzreader.search.schema import decode_hit

        notes = self._executor.holders("kind", "note")
        for docnum in [d for d in scores if d in notes]:
            quote = decode_hit(self._executor.column("hit", docnum)).title
            if find_matches(quote, excluded):
                del scores[docnum]

    def _hit(self, docnum: int, score: float, terms: tuple[str, ...]) -> Hit:
        from hzreader.search.schema import decode_hit

        record = decode_hit(self._executor.column("hit", docnum))
        matches = find_matches(record.text, terms)
        snippet, spans, snippet_html = make_snippet(record.text, matches)
        return Hit(
            key=record.key,
            doc=record.doc,
            kind=record.kind,
            title=record.title,
            snippet=snippet,
            score=score,
            uid=record.uid,
            annotation_id=record.annotation_id,
            matches=matches,
            snippet_spans=spans,
            snippet_html=snippet_html,
            node_kind=record.node_kind,
            chapter=record.chapter,
            measure=record.measure,
            path=record.path,
            order=record.order,
            text=record.text,
        )


def excluded_terms(node: Any) -> list[str]:
    """The literals a query leaves out for all its hits: `-x` or `NOT x` at its top level."""
    from hzreader.search.query import And, Not, Term

    parts = node.children if isinstance(node, And) else (node,)
    return [p.child.text for p in parts if isinstance(p, Not) and isinstance(p.child, Term)]
