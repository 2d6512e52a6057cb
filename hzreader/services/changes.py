"""Cheap stamps of what another process (the command line) may have changed."""

from __future__ import annotations

from hzreader.services.context import AppContext
from hzreader.storage import annotations as notes_repo
from hzreader.storage import documents as docs_repo


def change_stamps(ctx: AppContext) -> tuple[str, str]:
    """(documents stamp, notes stamp): each changes when its part of the data does."""
    with ctx.sessions() as session:
        docs = "|".join(
            f"{d.id}:{d.content_hash}:{d.title}" for d in docs_repo.list_documents(session)
        )
        notes = notes_repo.change_stamp(session)
    return docs, notes
