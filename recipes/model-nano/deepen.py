"""Deepen a checkpoint: insert new transformer blocks that start as the identity, so that the
deeper model computes exactly what the checkpoint did and a fine-tune (`train.py --init OUT`)
goes on from there with more capacity, instead of from scratch.

A new block is a pre-norm residual block whose two output projections (`attn.proj`, `fc2`) are
zero: it adds nothing to the residual stream until training moves them (their gradients are not
zero, since the attention and MLP inputs are not). Its other weights get the usual init (normal,
std 0.02; norms at 1 and 0). The existing blocks keep their weights and order; `--after` says
after which of them (0-based) each new block goes.

The result is checked before it is written: the deepened model's log-probabilities on random
canvases equal the original's (max |diff| < 1e-5).

usage: python3 deepen.py --ckpt work/recovered/ckpt.pt --out work/deep6/ckpt.pt --after 1,3
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import argparse  # noqa: E402

import torch  # noqa: E402
from model import ModelConfig, NanoDLM  # noqa: E402


def deepen(ckpt: dict, after: list[int], seed: int = 0) -> dict:
    cfg = ModelConfig.from_dict(ckpt["config"])
    n = cfg.n_layers
    if any(k < 0 or k >= n for k in after):
        raise SystemExit(f"--after: block indices must be in 0..{n - 1}, got {after}")
    torch.manual_seed(seed)
    deep_cfg = ModelConfig.from_dict({**cfg.to_dict(), "n_layers": n + len(after)})
    deep = NanoDLM(deep_cfg)
    # old block k -> its new index; a new block after old block k comes right after it
    order: list[int | None] = []
    for k in range(n):
        order.append(k)
        order.extend([None] * after.count(k))
    old = ckpt["model"]
    state = deep.state_dict()
    for key, value in old.items():
        if not key.startswith("blocks."):
            state[key] = value.clone()
    for new_index, old_index in enumerate(order):
        prefix = f"blocks.{new_index}."
        if old_index is None:
            for name in ("attn.proj.weight", "fc2.weight"):
                state[prefix + name] = torch.zeros_like(state[prefix + name])
            continue
        for key, value in old.items():
            if key.startswith(f"blocks.{old_index}."):
                state[prefix + key[len(f"blocks.{old_index}.") :]] = value.clone()
    deep.load_state_dict(state)
    return {
        "model": deep.state_dict(),
        "config": deep_cfg.to_dict(),
        "step": 0,
        "tokens": ckpt.get("tokens", 0),
        "deepened_from": {"layers": n, "after": after},
        "params": deep.num_params(),
    }


def check(ckpt: dict, deepened: dict) -> float:
    """max |diff| of the two models' log-probabilities on random canvases (with a prompt)."""
    a = NanoDLM(ModelConfig.from_dict(ckpt["config"]))
    a.load_state_dict(ckpt["model"])
    b = NanoDLM(ModelConfig.from_dict(deepened["config"]))
    b.load_state_dict(deepened["model"])
    a.eval()
    b.eval()
    cfg = a.cfg
    gen = torch.Generator().manual_seed(1)
    ids = torch.randint(5, cfg.vocab_size, (4, 96), generator=gen)
    ids[:, 0] = cfg.prompt_token_id
    ids[:, 40] = cfg.canvas_token_id
    ids[:, 60:70] = cfg.mask_token_id
    mask = torch.ones_like(ids)
    mask[3, 80:] = 0
    with torch.no_grad():
        return (a(ids, mask) - b(ids, mask))[mask.bool()].abs().max().item()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ckpt", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--after", default="1,3", help="comma-separated 0-based indices of existing blocks")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    torch.set_num_threads(2)
    ckpt = torch.load(args.ckpt, map_location="cpu")
    after = [int(k) for k in args.after.split(",") if k.strip()]
    deepened = deepen(ckpt, after, args.seed)
    diff = check(ckpt, deepened)
    cfg = deepened["config"]
    print(f"deepen: {ckpt['config']['n_layers']} -> {cfg['n_layers']} layers, {deepened['params']:,} parameters; "
          f"max |diff| of log-probabilities {diff:.2e}")
    if diff > 1e-5:
        raise SystemExit("deepen: the deepened model does not compute what the checkpoint did")
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    torch.save(deepened, args.out)
    print(f"deepen: wrote {args.out}")


if __name__ == "__main__":
    main()
