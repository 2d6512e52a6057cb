"""The desktop window: every PySide6 import of hzreader lives under this package."""

from hzreader.ui.compat import pin_singletons

# Before any widget code runs: see compat.py (PySide6 6.12 on Python 3.11).
pin_singletons()
