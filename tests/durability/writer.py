"""A writing process for the kill test: notes through the services, each id printed once
its transaction has returned (so the test knows which notes were promised to the user)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from hzreader.services.composition import Services

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

KEYS = ("m1", "m2", "m3", "m9", "m12", "m17", "m24", "g1", "g4", "c1.p1")


def main() -> int:
    """Write notes until killed: python writer.py DATA_DIR SEED."""
    from hzreader.services.opening import open_context

    data_dir, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    ctx = open_context(data_dir)
    service = Services(ctx).annotations
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    n = 0
    while True:
        n += 1
        key = rng.choice(KEYS)
        note = f"运行 {seed} 第 {n} 条：" + "笔记" * rng.randint(1, 400)
        tags = rng.sample(["部门/发改", "住房", "人才", "目标", "调研/萧山"], rng.randint(0, 3))
        a = service.create(key, note=note, tags=tags, color=rng.choice(["黄", "红", "蓝"]))
        sys.stdout.write(f"{a.id}\n")
        sys.stdout.flush()
        if n % 7 == 0:  # edits and deletions are writes too, and must not break anything
            service.update(a.id, note=note + "（已修改）")
        if n % 11 == 0:
            service.delete(a.id)


if __name__ == "__main__":
    raise SystemExit(main())
