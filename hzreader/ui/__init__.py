"""The desktop window: every PySide6 import of hzreader lives under this package."""
