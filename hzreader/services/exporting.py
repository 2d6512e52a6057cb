"""Export of study notes: gather annotations and chapter titles, hand them to an exporter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from hzreader.core.annotation import Annotation, normalize_color, normalize_tag, tag_matches
from hzreader.core.errors import BadInputError, NotFoundError
from hzreader.core.model import Document, Node, group_heading
from hzreader.exporters.model import Entry, Group, StudyNotes
from hzreader.i18n import Errors
from hzreader.services.context import AppContext

if TYPE_CHECKING:
    from hzreader.services.annotations import AnnotationService
    from hzreader.services.backup_file import BackupFileService
    from hzreader.services.library import LibraryService
    from hzreader.services.web_annotations import WebAnnotationService

FORMATS = ("md", "html", "docx", "csv", "json", "xlsx", "jsonld")
# progress(done, total): called from the exporting thread while the entries are gathered.
Progress = Callable[[int, int], None]
GROUPINGS = ("chapter", "tag")
_NO_TAG = "（无标签）"
_UNPLACED = "（原文中已找不到的笔记）"


def _entry_heading(node: Node | None, doc: Document | None, citation: str) -> str:
    """第三部分第9条 完善城乡住房保障体系: the citation without the document's title."""
    short = citation
    if doc is not None:
        short = citation.removeprefix(f"《{doc.title}》")
    if node is not None and node.title and node.title not in short:
        short = f"{short} {node.title}".strip()
    return short or (node.key if node else "")


# A node, its top-level ancestor, and the node whose heading its notes stand under.
_Place = tuple[Node, Node, Node]


def _places(doc: Document | None) -> dict[str, _Place]:
    """Every node of a document by key, once per export (not one walk per note)."""
    out: dict[str, _Place] = {}
    if doc is None:
        return out
    for top in doc.nodes:
        stack = [(top, top)]
        while stack:
            node, unit = stack.pop()
            out[node.key] = (node, top, unit)
            for child in reversed(node.children):
                stack.append((child, node if child.kind == "sentence" else child))
    return out


class ExportService:
    """Turns the annotations into study notes and writes them in one of FORMATS."""

    def __init__(
        self,
        ctx: AppContext,
        library: LibraryService,
        annotations: AnnotationService,
        backup_files: BackupFileService,
        web_annotations: WebAnnotationService,
    ) -> None:
        self.ctx = ctx
        self.library = library
        self.annotations = annotations
        self.backup_files = backup_files
        self.web_annotations = web_annotations

    def select(
        self, *, tag: str | None = None, color: str | None = None, doc_id: str | None = None
    ) -> list[Annotation]:
        """The live annotations an export with these filters holds, in plan order."""
        if doc_id is not None:
            self.library.document(doc_id)  # NotFoundError for an unknown document
        return self.annotations.list(doc_id=doc_id, tag=tag, color=color)

    def study_notes(
        self,
        *,
        tag: str | None = None,
        color: str | None = None,
        doc_id: str | None = None,
        grouping: str = "chapter",
        progress: Progress | None = None,
    ) -> StudyNotes:
        """The study notes model: entries grouped by chapter (plan order) or by tag."""
        if grouping not in GROUPINGS:
            raise BadInputError(
                Errors.tr("未知的分组方式“{0}”，可用：按章节 chapter、按标签 tag").format(grouping)
            )
        found = self.select(tag=tag, color=color, doc_id=doc_id)
        labels = {name: label for name, label, _hex in self.annotations.colors()}
        docs = {d.id: d for d in self.library.documents()}
        places: dict[str, dict[str, _Place]] = {}
        entries = []
        for i, a in enumerate(found):
            if a.doc not in places:
                places[a.doc] = _places(self._tree(a.doc) if a.doc in docs else None)
            entries.append(self._entry(a, docs, labels, places[a.doc]))
            if progress is not None and i % 20 == 0:
                progress(i, len(found) + 1)
        groups = (
            self._by_chapter(entries)
            if grouping == "chapter"
            else self._by_tag([e for e, _ in entries], tag)
        )
        titles = list(dict.fromkeys(e.doc_title for e, _ in entries))
        if doc_id is not None:
            titles = [docs[doc_id].title]
        title = f"《{titles[0]}》学习笔记" if len(titles) == 1 else "学习笔记"
        filters = []
        if tag:
            filters.append(f"标签 {normalize_tag(tag)}")
        if color:
            filters.append(f"颜色 {normalize_color(color)}")
        if doc_id and len(docs) > 1:
            filters.append(f"文档 {docs[doc_id].title}")
        return StudyNotes(
            title=title,
            created=datetime.now().strftime("%Y-%m-%d %H:%M"),
            grouping=grouping,
            filters=filters,
            groups=groups,
            count=len(found),
        )

    def _entry(
        self,
        a: Annotation,
        docs: dict[str, Document],
        labels: dict[str, str],
        places: dict[str, _Place],
    ) -> tuple[Entry, str]:
        """One entry and the heading of the group it belongs to by chapter."""
        doc_info = docs.get(a.doc)
        node, top, unit = places.get(a.key, (None, None, None))
        citation = a.citation or (node.citation if node else "")
        # A note on a sentence stands under its measure's heading (第三部分第9条 完善…),
        # with the sentence's own citation (…第9条第2句) in its 出处 line.
        unit = unit if unit is not None else node
        entry = Entry(
            id=a.id,
            doc=a.doc,
            doc_title=doc_info.title if doc_info else a.doc,
            key=a.key,
            citation=citation,
            heading=_entry_heading(unit, doc_info, unit.citation if unit else citation),
            quote=a.quote,
            note=a.note,
            tags=list(a.tags),
            color=a.color,
            color_label=labels.get(a.color, ""),
            created=a.created,
            updated=a.updated,
            needs_review=a.needs_review,
        )
        return entry, group_heading(top) if top is not None else _UNPLACED

    def _tree(self, doc_id: str) -> Document | None:
        try:
            return self.library.document(doc_id)
        except NotFoundError:
            return None

    @staticmethod
    def _by_chapter(entries: list[tuple[Entry, str]]) -> list[Group]:
        groups: list[Group] = []
        unplaced = Group(_UNPLACED)
        for entry, heading in entries:
            if heading == _UNPLACED:
                unplaced.entries.append(entry)
                unplaced.document = unplaced.document or entry.doc_title
                continue
            last = groups[-1] if groups else None
            if last is None or last.heading != heading or last.document != entry.doc_title:
                last = Group(heading, document=entry.doc_title)
                groups.append(last)
            last.entries.append(entry)
        if unplaced.entries:
            groups.append(unplaced)
        return groups

    @staticmethod
    def _by_tag(entries: list[Entry], wanted: str | None) -> list[Group]:
        wanted_tag = normalize_tag(wanted) if wanted else None
        by_tag: dict[str, Group] = {}
        loose = Group(_NO_TAG)
        for entry in entries:
            tags = [t for t in entry.tags if wanted_tag is None or tag_matches(t, wanted_tag)]
            for t in tags:
                by_tag.setdefault(t, Group(t)).entries.append(entry)
            if not tags:
                loose.entries.append(entry)
        groups = [by_tag[t] for t in sorted(by_tag)]
        return [*groups, loose] if loose.entries else groups

    def export(
        self,
        fmt: str,
        path: Path,
        *,
        tag: str | None = None,
        color: str | None = None,
        doc_id: str | None = None,
        grouping: str = "chapter",
        progress: Progress | None = None,
    ) -> tuple[Path, int]:
        """Write the export file (whole or not at all); (its path, how many notes)."""
        if fmt not in FORMATS:
            raise BadInputError(
                Errors.tr("未知的导出格式“{0}”，可用：{1}").format(
                    fmt, Errors.tr("、").join(FORMATS)
                )
            )
        if fmt == "json":
            return self.backup_files.export(path, tag=tag, doc_id=doc_id)
        if fmt == "jsonld":
            return self.web_annotations.export(path, tag=tag, color=color, doc_id=doc_id)
        from hzreader.exporters import render

        # progress covers the whole job: gathering the entries (first half), laying them out
        # (second half; a Word file of thousands of notes takes a while), the file last.
        def gathered(done: int, total: int) -> None:
            progress(done, 2 * total)

        notes = self.study_notes(
            tag=tag,
            color=color,
            doc_id=doc_id,
            grouping=grouping,
            progress=gathered if progress is not None else None,
        )
        n = notes.count + 1
        if progress is not None:
            progress(n, 2 * n)

        def laid_out(done: int) -> None:
            progress(n + min(done, notes.count), 2 * n)

        written = render.write(fmt, notes, path, laid_out if progress is not None else None)
        if progress is not None:
            progress(2 * n, 2 * n)
        return written, notes.count
