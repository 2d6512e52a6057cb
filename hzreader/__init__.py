"""hzreader: an offline reader and annotator for Chinese policy plans."""

# The one place the version is written; pyproject.toml reads it from here.
__version__ = "0.2.0.dev0"
