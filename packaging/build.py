"""Build dist/hzreader/: one folder that runs hzreader without Python or a network.

    .venv/bin/python packaging/build.py [--clean] [--allow-missing-libs]

Run it with the project's virtual environment (the one `pip install -e .` made): PyInstaller
is installed into it when missing, and the folder gets exactly the packages installed there.
It prints the folder's size and the build time, and fails when a bundled library cannot find
one it needs or when the built program does not start.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "hzreader.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
FOLDER = DIST / "hzreader"
PYINSTALLER = "pyinstaller>=6.10,<7"
SIZE_AIM_MB = 150

# Qt's xcb platform plugin links these; where the build machine lacks them the folder
# cannot open a window on X11. Debian's names, for the message.
XCB_PACKAGES = (
    "libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 "
    "libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-xfixes0 libxcb-sync1 libxcb-xkb1"
)


def _fail(message: str) -> int:
    sys.stderr.write(f"build: {message}\n")
    return 2


def in_virtualenv() -> bool:
    """True when this interpreter is a virtual environment's (not the system's Python)."""
    return sys.prefix != getattr(sys, "base_prefix", sys.prefix)


def ensure_pyinstaller() -> None:
    """Install PyInstaller into this environment when it is not there."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    print(f"installing {PYINSTALLER} into {sys.prefix}", flush=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", PYINSTALLER], check=True)


def unresolved(binary: Path, env: dict[str, str] | None = None) -> list[str]:
    """The shared libraries `binary` links to that the loader cannot find (from ldd)."""
    done = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, env=env)
    return [line.split("=>")[0].strip() for line in done.stdout.splitlines() if "not found" in line]


def missing_xcb_libraries() -> list[str]:
    """What Qt's installed xcb plugin needs and this machine lacks."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return sorted(set(unresolved(plugin))) if plugin.exists() else []


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of every regular file under `folder`."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def broken_links(folder: Path) -> list[str]:
    """Every bundled binary's library that cannot be found inside the folder or the system."""
    env = {k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"}
    problems = []
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        if not (".so" in path.name or path == folder / "hzreader"):
            continue
        problems += [f"{path.relative_to(folder)}: {name}" for name in unresolved(path, env)]
    return problems


def main(argv: list[str] | None = None) -> int:
    """Build the folder, check it, and print its size and the build time."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="ignore PyInstaller's cache")
    parser.add_argument(
        "--allow-missing-libs",
        action="store_true",
        help="build even when Qt's xcb libraries are missing (the folder then runs offscreen only)",
    )
    args = parser.parse_args(argv)
    if not in_virtualenv():
        return _fail(
            "run this with the project's virtual environment, e.g. "
            ".venv/bin/python packaging/build.py (after pip install -e .)"
        )
    missing = missing_xcb_libraries()
    if missing and not args.allow_missing_libs:
        return _fail(
            f"Qt's xcb platform plugin needs {', '.join(missing)}, which this machine lacks; "
            f"install them (Debian: apt-get install {XCB_PACKAGES}) so that the folder carries "
            "them, or pass --allow-missing-libs"
        )
    portable = FOLDER / "hzreader-data"
    if portable.is_dir() and any(portable.iterdir()):
        # A rebuild replaces the whole folder: notes kept in portable mode would go with it.
        return _fail(
            f"{portable.relative_to(ROOT)} holds someone's data (portable mode); move it out "
            "of dist/hzreader/ before rebuilding, then put it back"
        )
    started = time.monotonic()
    ensure_pyinstaller()
    if FOLDER.exists():
        shutil.rmtree(FOLDER)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        str(SPEC),
    ]
    if args.clean:
        command.insert(3, "--clean")
    print("building dist/hzreader/ with PyInstaller …", flush=True)
    subprocess.run(command, check=True, cwd=ROOT)
    problems = broken_links(FOLDER)
    if problems:
        return _fail("bundled libraries that cannot be loaded:\n  " + "\n  ".join(problems))
    executable = FOLDER / "hzreader"
    smoke = subprocess.run([str(executable), "--version"], capture_output=True, text=True)
    if smoke.returncode != 0:
        return _fail(f"the built program does not start: {smoke.stderr.strip()[-2000:]}")
    seconds = time.monotonic() - started
    size, files = folder_size(FOLDER)
    mb = size / 1024 / 1024
    aim = "within" if mb <= SIZE_AIM_MB else "OVER"
    print(f"{smoke.stdout.strip()}: {executable.relative_to(ROOT)}")
    print(f"size: {mb:.1f} MiB in {files} files ({aim} the {SIZE_AIM_MB} MiB aim)")
    print(f"built in {seconds:.0f} s")
    dropped = WORK / "hzreader" / "dropped.txt"
    if dropped.exists():
        print(f"left out: {dropped.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
