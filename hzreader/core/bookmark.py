"""A bookmark: a clause of a document the user wants to come back to."""

from __future__ import annotations

from dataclasses import dataclass

MAX_NAME_CHARS = 200


@dataclass(frozen=True)
class Bookmark:
    """A bookmark with the citation of its clause (empty when the clause is gone)."""

    id: str
    doc: str
    key: str
    name: str  # the user's own name; "" shows the citation
    created: str
    updated: str
    citation: str = ""
    found: bool = True  # the document still has the clause

    @property
    def label(self) -> str:
        """What a list shows: the user's name, else the citation, else the key."""
        return self.name or self.citation or self.key

    def to_json(self) -> dict:
        """The BOOKMARK shape of CLI.md (plus id, name and updated)."""
        return {
            "doc": self.doc,
            "key": self.key,
            "citation": self.citation,
            "created": self.created,
            "id": self.id,
            "name": self.name,
            "updated": self.updated,
        }


def normalize_name(name: str) -> str:
    """A bookmark's name as stored: one line, trimmed, at most MAX_NAME_CHARS characters."""
    return " ".join(name.split())[:MAX_NAME_CHARS]
