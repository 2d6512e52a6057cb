"""Notes in and out as W3C Web Annotations: export an AnnotationCollection, and merge a W3C
file from hzreader or another tool, each annotation placed on its clause by its quote."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hzreader.core.anchoring import Selector, locate, make_selector
from hzreader.core.annotation import Annotation, normalize_color, normalize_tag, tag_matches
from hzreader.core.bundled import content_hash
from hzreader.core.doctext import DocText, document_text, find_quote
from hzreader.core.errors import NotFoundError
from hzreader.core.files import write_atomic
from hzreader.core.model import Document
from hzreader.exporters import web_annotation as w3c
from hzreader.services.backup_file import RestoreResult
from hzreader.services.context import AppContext
from hzreader.storage import annotations as notes_repo
from hzreader.storage import transfer
from hzreader.storage.engine import write_session

if TYPE_CHECKING:
    from hzreader.services.backups import BackupService
    from hzreader.services.library import LibraryService

# The node key of a note whose quote is in no clause: it waits in 需复核 with its text kept.
UNPLACED_KEY = "unplaced"


@dataclass
class _Write:
    annotation: Annotation
    text_hash: str
    new: bool


class WebAnnotationService:
    """Export to and merge from the W3C Web Annotation Data Model (JSON-LD)."""

    def __init__(self, ctx: AppContext, library: LibraryService, backups: BackupService) -> None:
        self.ctx = ctx
        self.library = library
        self.backups = backups
        self._texts: dict[str, tuple[str, DocText]] = {}

    def _text(self, doc: Document) -> DocText:
        cached = self._texts.get(doc.id)
        if cached is None or cached[0] != doc.content_hash:
            cached = (doc.content_hash, document_text(doc))
            self._texts[doc.id] = cached
        return cached[1]

    # Export ----------------------------------------------------------------------------------

    def payload(
        self, *, tag: str | None = None, color: str | None = None, doc_id: str | None = None
    ) -> dict:
        """The live notes (filtered) as an AnnotationCollection."""
        if doc_id is not None:
            self.library.document(doc_id)  # NotFoundError for an unknown document
        with self.ctx.sessions() as session:
            found = notes_repo.list_annotations(
                session, doc_id=doc_id, color=normalize_color(color) if color else None
            )
        if tag:
            wanted = normalize_tag(tag)
            found = [a for a in found if any(tag_matches(t, wanted) for t in a.tags)]
        items = [w3c.annotation_json(a, self._position(a), citation=a.citation) for a in found]
        titles = list(dict.fromkeys(self.library.document(a.doc).title for a in found))
        label = f"《{titles[0]}》批注" if len(titles) == 1 else "hzreader 批注"
        return w3c.collection_json(items, label)

    def _position(self, a: Annotation) -> tuple[int, int] | None:
        """The note's offsets in its document's plain text (None when it is not placed)."""
        try:
            doc = self.library.document(a.doc)
        except NotFoundError:
            return None
        text = self._text(doc)
        place = text.places.get(a.key)
        if place is None or a.needs_review:
            return None
        start = a.start if a.start is not None else 0
        end = a.end if a.end is not None else place.end - place.start
        begin, stop = text.position(a.key, start), text.position(a.key, end)
        return (begin, stop) if begin is not None and stop is not None else None

    def export(
        self,
        path: Path,
        *,
        tag: str | None = None,
        color: str | None = None,
        doc_id: str | None = None,
    ) -> tuple[Path, int]:
        """Write the JSON-LD file (whole or not at all); (its path, how many notes)."""
        data = self.payload(tag=tag, color=color, doc_id=doc_id)
        raw = w3c.dump(data)
        return write_atomic(Path(path), lambda handle: handle.write(raw)), data["total"]

    # Restore ---------------------------------------------------------------------------------

    def restore(self, raw: Any) -> RestoreResult:
        """Merge decoded W3C JSON: every annotation checked and placed first, then all written
        in one transaction; restoring the same file again adds nothing."""
        known = {d.id for d in self.library.documents()}
        incoming = w3c.read_annotations(raw, known)
        with self.ctx.sessions() as session:
            present = transfer.updated_times(session, [x.id for x in incoming])
        result = RestoreResult()
        writes: list[_Write] = []
        for x in incoming:
            mine = present.get(x.id)
            when = x.modified or x.created
            if mine is not None and (when is None or mine >= datetime.fromisoformat(when)):
                result.skipped += 1
                continue
            writes.append(self._place(x, new=mine is None))
        result.added = sum(1 for w in writes if w.new)
        result.updated = len(writes) - result.added
        result.needs_review = sum(1 for w in writes if w.annotation.needs_review)
        if not writes:
            return result
        result.backup = self.backups.before_restore()
        with write_session(self.ctx.sessions) as session:
            for w in writes:
                notes_repo.save_annotation(session, w.annotation, node_text_hash=w.text_hash)
        return result

    def _place(self, x: w3c.Incoming, *, new: bool) -> _Write:
        """The annotation on the clause its quote names (its key, when hzreader wrote it and
        the quote is still there; else the best match in the whole text), or for review."""
        doc = self.library.document(x.doc)
        now = datetime.now().isoformat(timespec="seconds")
        created = x.created or x.modified or now
        base = Annotation(
            id=x.id,
            doc=doc.id,
            key=x.key or UNPLACED_KEY,
            quote=x.exact or "",
            note=x.note,
            tags=sorted(x.tags),
            color=x.color,
            created=created,
            updated=x.modified or created,
            prefix=x.prefix,
            suffix=x.suffix,
            start=None,
            end=None,
            needs_review=True,
        )
        found = self._locate(doc, x)
        if found is None:
            return _Write(base, "", new)
        key, sel = found
        node = doc.find(key)
        placed = replace(
            base,
            key=key,
            quote=sel.quote,
            prefix=sel.prefix,
            suffix=sel.suffix,
            start=sel.start,
            end=sel.end,
            needs_review=False,
        )
        return _Write(placed, content_hash(node.text) if node else "", new)

    def _locate(self, doc: Document, x: w3c.Incoming) -> tuple[str, Selector] | None:
        text = self._text(doc)
        if x.exact:
            node = doc.find(x.key) if x.key else None
            if node is not None:
                place = text.places.get(node.key)
                offset = (x.start - place.start) if place and x.start is not None else 0
                hint = Selector(x.exact, x.prefix, x.suffix, offset, offset + len(x.exact))
                hit = locate(hint, node.text)
                if hit is not None:
                    return node.key, make_selector(node.text, hit[0], hit[1])
            return find_quote(doc, text, x.exact, x.prefix, x.suffix, x.start)
        if x.start is not None and x.end is not None and x.start < x.end <= len(text.text):
            place = text.smallest(x.start, x.end)
            node = doc.find(place.key) if place else None
            if node is not None:
                return node.key, make_selector(
                    node.text, x.start - place.start, x.end - place.start
                )
        return None
