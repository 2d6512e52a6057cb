"""Fixtures for the property-based tests: one warm data dir with the plan, notes and index."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def warm_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir with the plan, a few notes, a backup file and a built search index.

    Built once; tests copy it (`fresh_data_dir`) so that each example starts the same."""
    from hzreader.services.composition import Services
    from hzreader.services.opening import open_context

    root = tmp_path_factory.mktemp("warm") / "data"
    ctx = open_context(root)
    try:
        notes = Services(ctx).annotations
        notes.create(
            "m9", quote="共有产权住房", note="**本局牵头**", tags=["部门/发改"], color="黄"
        )
        notes.create("m2", quote="人才", note="人才政策要细化", tags=["部门/人社"], color="red")
        notes.create("pre2", doc_id="brief", note="好地网的解读", tags=["解读"])
        Services(ctx).backup_files.export(root.parent / "backup.json")
        search = Services(ctx).search
        search.ensure_index()
        search.close()
    finally:
        ctx.close()
    return root


@pytest.fixture
def fresh_data_dir(warm_data_dir: Path, tmp_path: Path):
    """A function that gives a new copy of the warm data dir each time it is called."""
    made: list[Path] = []

    def make() -> Path:
        target = tmp_path / f"data{len(made)}"
        shutil.copytree(warm_data_dir, target)
        made.append(target)
        return target

    yield make
    for path in made:
        shutil.rmtree(path, ignore_errors=True)
