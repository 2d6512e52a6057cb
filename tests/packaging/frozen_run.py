"""Run the built folder (dist/hzreader/) as a user would: copied elsewhere, fresh HOME,
optionally inside a network namespace with no interfaces and under strace."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILT = ROOT / "dist" / "hzreader"
EXECUTABLE = BUILT / "hzreader"
BUILD_COMMAND = ".venv/bin/python packaging/build.py"
NOT_BUILT = f"dist/hzreader/hzreader not found: build the folder first with `{BUILD_COMMAND}`"

# strace -e trace=connect prints e.g. connect(3, {sa_family=AF_INET, sin_port=htons(53), …
_INET = re.compile(r"connect\(\d+, \{sa_family=AF_INET6?\b")


def copy_folder(dest: Path) -> Path:
    """A copy of the built folder at `dest`; returns its executable."""
    shutil.copytree(BUILT, dest, symlinks=True)
    return dest / "hzreader"


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """A user's environment on a fresh machine: a new HOME, no hzreader or XDG variables."""
    env = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.update(extra)
    home.mkdir(parents=True, exist_ok=True)
    return env


def can_unshare(*flags: str) -> str | None:
    """None when `unshare FLAGS true` works here, else why not (for a skip)."""
    if shutil.which("unshare") is None:
        return "unshare (util-linux) is not installed"
    done = subprocess.run(["unshare", *flags, "true"], capture_output=True, text=True)
    if done.returncode != 0:
        return (
            f"`unshare {' '.join(flags)}` is not permitted here (needs root): {done.stderr.strip()}"
        )
    return None


class Runner:
    """Runs the copied executable, each time in a new network namespace, under strace."""

    def __init__(self, executable: Path, env: dict[str, str], traces: Path | None) -> None:
        self.executable = executable
        self.env = env
        self.traces = traces
        self.count = 0

    def command(self, args: list[str]) -> list[str]:
        """unshare -n [strace -f -e trace=connect -o LOG] EXECUTABLE ARGS."""
        prefix = ["unshare", "-n"]
        if self.traces is not None:
            self.count += 1
            log = self.traces / f"connect-{self.count:02d}.log"
            prefix += ["strace", "-f", "-qq", "-e", "trace=connect", "-o", str(log)]
        return [*prefix, str(self.executable), *args]

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """Run a command to its end; output decoded as UTF-8."""
        return subprocess.run(
            self.command(list(args)),
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
        )

    def start(self, *args: str) -> subprocess.Popen[str]:
        """Start a long-running command (the window)."""
        return subprocess.Popen(
            self.command(list(args)),
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )

    def inet_connects(self) -> list[str]:
        """Every AF_INET/AF_INET6 connect() strace saw in any run so far."""
        if self.traces is None:
            return []
        found = []
        for log in sorted(self.traces.glob("connect-*.log")):
            found += [f"{log.name}: {line}" for line in log.read_text().splitlines()]
        return [line for line in found if _INET.search(line)]


def descendants(pid: int) -> list[int]:
    """The process ids below `pid` (Linux /proc)."""
    out: list[int] = []
    todo = [pid]
    while todo:
        current = todo.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                out.append(child)
                todo.append(child)
    return out


def stop(process: subprocess.Popen[str], executable: Path) -> tuple[str, str]:
    """Terminate the program (the traced child when strace wraps it); its output."""
    targets = [process.pid]
    for pid in descendants(process.pid):
        try:
            if Path(f"/proc/{pid}/exe").resolve() == executable.resolve():
                targets.insert(0, pid)
        except OSError:
            continue
    for pid in targets:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        time.sleep(0.2)
        if process.poll() is not None:
            break
    try:
        return process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.communicate()
