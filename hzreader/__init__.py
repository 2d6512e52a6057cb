"""hzreader: an offline reader and annotator for Chinese policy plans."""

# The one place the version is written; pyproject.toml reads it from here.
__version__ = "0.2.0.dev0"


def version() -> str:
    """The installed version as the package metadata has it (this file's in a frozen build)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("hzreader")
    except PackageNotFoundError:
        return __version__
