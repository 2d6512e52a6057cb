"""The long fuzzing run, for before a release: every door with fifty times CI's examples.

Runs tests/fuzz with HZREADER_FUZZ=long: randomized (new examples each run), Hypothesis'
example database kept under .hypothesis/ (a failure found once is tried first next time),
and a ten-second deadline per example that reports a pathologically slow input as a failure.
`--parser` adds the policy-text parser's door (opt-in until the parser rewrite lands).
Prints each door's outcome and time; exit status 1 when any door failed.

    python bench/fuzz.py [--parser] [-k EXPR]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    """Run the doors one file at a time and report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parser", action="store_true", help="fuzz the parser too")
    parser.add_argument("-k", default=None, help="only the tests that pytest -k selects")
    args = parser.parse_args()
    env = dict(os.environ, HZREADER_FUZZ="long")
    if args.parser:
        env["HZREADER_FUZZ_PARSER"] = "1"
    failed = []
    for path in sorted((ROOT / "tests" / "fuzz").glob("test_fuzz_*.py")):
        command = [sys.executable, "-m", "pytest", "-q", str(path)]
        if args.k:
            command += ["-k", args.k]
        started = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
        print(f"{path.name:32s} {seconds:7.1f} s  {last}", flush=True)
        if done.returncode not in (0, 5):  # 5: nothing collected (-k)
            failed.append(path.name)
            print(done.stdout[-6000:])
    print("failed: " + ", ".join(failed) if failed else "every door held")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
