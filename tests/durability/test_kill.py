"""SIGKILL at random moments: every note whose command had returned is still there."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hzreader.services.composition import Services
from hzreader.services.opening import open_context

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

WRITER = Path(__file__).with_name("writer.py")
ROOT = Path(__file__).resolve().parents[2]
RUNS = 40
BUDGET_SECONDS = 75  # a busy machine makes fewer runs in it, each still killed while writing


def _kill_writer(data_dir: Path, rng: random.Random, seed: int) -> list[str]:
    """Start the service-level writer, SIGKILL it at a random moment; the ids it printed."""
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(data_dir), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # The kill falls while notes are being written, however long the start takes on a busy
    # machine (kills during a start are the command-line runs' part).
    ready = proc.stdout.readline()
    assert ready.strip() == "ready", proc.stderr.read()
    time.sleep(rng.uniform(0.3, 1.8))
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, err  # it was writing, not failing
    return [line for line in out.splitlines() if len(line) == 36]


def _kill_cli(data_dir: Path, rng: random.Random, seed: int) -> list[str]:
    """One `annotate` command, killed at a random moment; its id if it had returned."""
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), "annotate",
         rng.choice(["m5", "m9", "m20"]), "--note", f"命令行 {seed}", "--tag", "命令行", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    time.sleep(rng.uniform(0.1, 1.0))
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    if proc.returncode != 0:
        assert proc.returncode == -signal.SIGKILL, err
        return []
    return [json.loads(out)["id"]]


def test_sigkill_never_loses_a_committed_note(tmp_path: Path, cli) -> None:
    data_dir = tmp_path / "data"
    rng = random.Random(int(os.environ.get("HZREADER_KILL_SEED", "20211129")))
    committed: list[str] = []
    runs = 0
    started = time.monotonic()
    while runs < RUNS and time.monotonic() - started < BUDGET_SECONDS:
        runs += 1
        kill = _kill_cli if runs % 5 == 0 else _kill_writer
        committed += kill(data_dir, rng, runs)
    ctx = open_context(data_dir)  # the start-up quick check runs here
    try:
        service = Services(ctx).annotations
        present = {a.id for a in service.list()} | {a.id for a in service.trash()}
    finally:
        ctx.close()
    kept = [i for i in committed if i in present]
    report = cli("check", "--json", data_dir=data_dir)
    print(
        f"\nkill test: runs={runs} notes committed={len(committed)} notes kept={len(kept)} "
        f"notes in database={len(present)} seconds={time.monotonic() - started:.1f}"
    )
    assert runs >= 20
    assert len(committed) >= 100  # the writer was really writing between kills
    assert kept == committed
    assert report.returncode == 0, report.stdout + report.stderr
    assert json.loads(report.stdout)["ok"] is True
    assert not list((data_dir / "backups").glob("corrupt-*"))  # nothing was ever quarantined


def test_a_killed_restore_adds_all_or_nothing(tmp_path: Path, cli) -> None:
    source = open_context(tmp_path / "source")
    try:
        service = Services(source).annotations
        for i in range(300):
            service.create(["m1", "m9", "m14"][i % 3], note=f"备份里的第 {i} 条", tags=["迁移"])
    finally:
        source.close()
    backup = tmp_path / "notes.json"
    assert (
        cli(
            "export", "--format", "json", "-o", str(backup), data_dir=tmp_path / "source"
        ).returncode
        == 0
    )
    rng = random.Random(7)
    seen = set()
    for attempt in range(8):
        target = tmp_path / f"target-{attempt}"
        proc = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "main.py"),
                "--data-dir",
                str(target),
                "restore",
                str(backup),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        time.sleep(rng.uniform(0.4, 4.0))
        proc.kill()
        proc.communicate(timeout=30)
        ctx = open_context(target)
        try:
            count = len(Services(ctx).annotations.list(tag="迁移"))
        finally:
            ctx.close()
        assert count in (0, 300)
        seen.add(count)
    print(f"\nkilled restores: outcomes {sorted(seen)}")
