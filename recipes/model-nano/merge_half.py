"""Merge the float16 shards `train.py --half-out PREFIX` writes into a `ckpt.pt` export.py reads.

usage: python3 merge_half.py PREFIX OUT/ckpt.pt
"""

from __future__ import annotations

import glob
import os
import sys

import torch


def main(prefix: str, out: str) -> None:
    paths = sorted(glob.glob(f"{prefix}.[0-9]*.pt"), key=lambda p: int(p.rsplit(".", 2)[-2]))
    if not paths:
        raise SystemExit(f"no shards {prefix}.N.pt")
    parts = [torch.load(p, map_location="cpu") for p in paths]
    n = parts[0]["shards"]
    if len(parts) != n or sorted(p["shard"] for p in parts) != list(range(n)):
        raise SystemExit(f"{prefix}: expected {n} shards, found {[p['shard'] for p in parts]}")
    if len({p["step"] for p in parts}) != 1:
        raise SystemExit(f"{prefix}: shards from different steps {[p['step'] for p in parts]}")
    state = {}
    for p in parts:
        state.update({k: v.float() if v.is_floating_point() else v for k, v in p["model"].items()})
    head = parts[0]
    ckpt = {"model": state, "config": head["config"], "step": head["step"], "tokens": head["tokens"],
            "elapsed": head["elapsed"], "args": head["args"], "from_half": True}
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    torch.save(ckpt, out)
    print(f"{out}: step {head['step']} tokens {head['tokens']} elapsed {head['elapsed']:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
