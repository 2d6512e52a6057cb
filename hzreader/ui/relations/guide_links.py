"""Guides and their plan in the reader: quiet links both ways, in the right margin.

Beside each paragraph of a guide (a 解读, the bundled 好地网 brief) that restates a clause:
"→ 第三部分第9条", which opens the plan there with the shared phrases marked. Beside each
clause of a plan that a guide explains: "解读 1", which opens the guide at that paragraph.
The links are worked out on the matching thread when a document is shown."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFontMetricsF

from hzreader.ui.reader import Z_SEARCH, Marker, Span

GUIDE_LAYER = "guide_links"  # markers on a guide: → the clause
EXPLAINED_LAYER = "explained_by"  # markers on a plan: 解读 n
EVIDENCE_LAYER = "relation_evidence"  # the shared phrases, after a jump
LINK_INK = QColor("#2f6d9e")
EVIDENCE_MARK = QColor(120, 170, 220, 90)
GUIDE_KIND = "guide"
# The room kept for the links before they arrive (so the text does not move when they do).
SAMPLE_LINK = "→ 第三部分第19条"
SAMPLE_EXPLAINED = "解读 9"


@dataclass(frozen=True)
class Link:
    """One margin link: where it stands, what it reads, where it goes."""

    key: str  # the node it stands beside
    label: str
    tooltip: str
    doc: str  # where it goes
    target: str
    # (key, start, length) of the shared phrases in the document it opens
    marks: tuple[tuple[str, int, int], ...] = ()


def links_of_guide(services, doc_id: str) -> list[Link]:
    """A guide's paragraphs with the clause each restates (on the matching thread)."""
    from hzreader.services.relations import short_citation

    relations = services.relations
    target = relations.guide_target(doc_id)
    out = []
    for link in relations.guide_links(doc_id):
        best = link.best
        if best is None:
            continue
        u = best.unit
        cite = short_citation(u.citation, target.title) or target.title
        phrases = "、".join(e.phrase for e in best.evidence[:4])
        tip = f"{cite} {u.title or ''}".strip() + f"\n《{target.title}》\n" + phrases
        marks = tuple((e.target_key, e.target_start, len(e.phrase)) for e in best.evidence)
        out.append(Link(link.key, f"→ {cite}", tip, u.doc, u.key, marks))
    return out


def links_to_guides(services, doc_id: str) -> list[Link]:
    """A document's clauses with the guide paragraphs that explain them (matching thread)."""
    library = services.library
    explained = services.relations.explained_by(doc_id)
    out = []
    for key, items in explained.items():
        best = items[0]
        guide = library.document(best.guide)
        parts = []
        for item in items[:3]:
            node = library.document(item.guide).find(item.guide_key)
            text = node.text if node else ""
            parts.append(text if len(text) <= 60 else text[:60] + "…")
        tip = f"《{guide.title}》\n" + "\n".join(parts)
        out.append(Link(key, f"解读 {len(items)}", tip, best.guide, best.guide_key))
    return out


def links_for(services, doc_id: str) -> tuple[str, list[Link]]:
    """The margin links of a document: (layer, links) (on the matching thread)."""
    doc = services.library.document(doc_id)
    if doc.kind == GUIDE_KIND:
        return GUIDE_LAYER, links_of_guide(services, doc_id)
    return EXPLAINED_LAYER, links_to_guides(services, doc_id)


class GuideLinks(QObject):
    """Puts a document's margin links on the reader and follows them when clicked."""

    open_requested = Signal(str, str)  # doc, key

    def __init__(self, reader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.doc_id: str | None = None
        self.links: list[Link] = []
        self._reserved = 0.0
        reader.marker_activated.connect(self._activated)

    def clear(self, reserve: str = "") -> None:
        """No links yet (another document is shown); keep room for labels like `reserve`."""
        self.links = []
        for layer in (GUIDE_LAYER, EXPLAINED_LAYER):
            self.reader.set_markers(layer, [])
        self._reserved = self._width(reserve) if reserve else 0.0
        self.reader.set_gutter(self._reserved)

    def _width(self, label: str) -> float:
        return QFontMetricsF(self.reader.label_font()).horizontalAdvance(label) + 4

    def show(self, doc_id: str, layer: str, links: list[Link]) -> int:
        """Put the links of the document shown in the margin; how many are shown."""
        self.doc_id = doc_id
        self.links = [link for link in links if link.key in self.reader.map]
        markers = [
            Marker(self.reader.text_position(link.key, 0), LINK_INK, link.tooltip, link, link.label)
            for link in self.links
        ]
        other = EXPLAINED_LAYER if layer == GUIDE_LAYER else GUIDE_LAYER
        self.reader.set_markers(other, [])
        self.reader.set_markers(layer, markers)
        widest = max((self._width(link.label) for link in self.links), default=0.0)
        # Wider only if a label needs it: the room kept beforehand stays (no reflow).
        self.reader.set_gutter(max(self._reserved, widest))
        return len(markers)

    def _activated(self, layer: str, data: object) -> None:
        if layer in (GUIDE_LAYER, EXPLAINED_LAYER) and isinstance(data, Link):
            self.open_requested.emit(data.doc, data.target)
            self.mark(data)

    def mark(self, link: Link) -> None:
        """Mark the phrases a link's paragraph shares with the clause it opened."""
        reader = self.reader
        spans = [
            Span(reader.text_position(key, start), reader.text_position(key, start + n),
                 EVIDENCE_MARK)
            for key, start, n in link.marks
            if key in reader.map
        ]  # fmt: skip
        reader.set_layer(EVIDENCE_LAYER, spans, z=Z_SEARCH)
