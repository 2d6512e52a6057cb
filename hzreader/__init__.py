"""hzreader: an offline reader and annotator for Chinese policy plans."""

__version__ = "0.1.0"
