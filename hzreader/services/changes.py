"""Cheap stamps of what another process (the command line) may have changed."""

from __future__ import annotations

from typing import NamedTuple

from hzreader.services.context import AppContext
from hzreader.storage import annotations as notes_repo
from hzreader.storage import bookmarks as bookmarks_repo
from hzreader.storage import documents as docs_repo
from hzreader.storage import targets as targets_repo


class Stamps(NamedTuple):
    """One stamp per part of the data; each changes when its part does."""

    documents: str
    notes: str
    bookmarks: str  # bookmarks and read marks (the study map)
    actuals: str  # the actual values of the 指标台账


def change_stamps(ctx: AppContext) -> Stamps:
    """The stamps of the data as it is now (one read transaction)."""
    with ctx.sessions() as session:
        docs = "|".join(
            f"{d.id}:{d.content_hash}:{d.title}" for d in docs_repo.list_documents(session)
        )
        return Stamps(
            docs,
            notes_repo.change_stamp(session),
            bookmarks_repo.change_stamp(session),
            targets_repo.change_stamp(session),
        )
