"""Thin launcher: python main.py [arguments]."""

from hzreader.app import main

if __name__ == "__main__":
    raise SystemExit(main())
