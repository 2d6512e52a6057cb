"""hzreader's version, for --version, the About box and the diagnostic summary."""

from __future__ import annotations

from hzreader import __version__


def version() -> str:
    """The installed package's version; the built folder (no package metadata) has its own."""
    from hzreader.paths import is_frozen

    if is_frozen():
        return __version__
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version("hzreader")
    except PackageNotFoundError:  # a source tree used without `pip install`
        return __version__
