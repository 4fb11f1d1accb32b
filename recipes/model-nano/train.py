"""Train the unmask nano masked-diffusion model (see README.md).

usage:
  python3 train.py --data DIR --out DIR [--minutes 60] [--batch 32] [--lr 1e-3] [--layers 4]
                   [--d-model 256] [--heads 4] [--threads 2] [--seed 0] [--resume | --init CKPT]
  python3 train.py --bench 30 [--vocab 2000 --seq-len 128 --batch 32 --threads 2]
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import argparse  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import signal  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from contextlib import nullcontext  # noqa: E402

import numpy as np  # noqa: E402
import torch  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model import ModelConfig, NanoDLM, twin_table  # noqa: E402

# hyperparameters that a --resume takes from the checkpoint (so it continues exactly)
RESUMED_ARGS = [
    "batch", "lr", "min_lr_ratio", "warmup", "weight_decay", "beta2", "clip", "span_frac",
    "span_prob", "high_frac", "t_min", "total_steps", "seed", "bucket",
]


# ----------------------------------------------------------------------------- data


class Split:
    """One split of the data directory, held in memory as compact tensors."""

    def __init__(self, data_dir: str, split: str, seq_len: int):
        p = lambda ext: os.path.join(data_dir, f"{split}.{ext}.bin")  # noqa: E731
        lens = np.fromfile(p("len"), dtype="<i2").astype(np.int64)
        R = len(lens)
        self.rows = R
        self.seq_len = seq_len
        self.lens = torch.from_numpy(lens)
        self.ids = torch.from_numpy(np.fromfile(p("ids"), dtype="<i2").reshape(R, seq_len).astype(np.int16))
        self.slot = torch.from_numpy(np.fromfile(p("slot"), dtype=np.uint8).reshape(R, seq_len) != 0)
        self.span = torch.from_numpy(np.fromfile(p("span"), dtype="<i2").reshape(R, seq_len).astype(np.int16))
        if R == 0:
            raise SystemExit(f"{split}: no rows")
        if int(self.lens.max()) > seq_len or int(self.lens.min()) < 1:
            raise SystemExit(f"{split}: row lengths out of range [1, {seq_len}]")

    def rows_batch(self, idx: torch.Tensor):
        """ids [B,L] int64, real [B,L] bool, slot [B,L] bool, span [B,L] int64, trimmed to the
        longest row of the batch."""
        lens = self.lens[idx]
        L = int(lens.max())
        ids = self.ids[idx, :L].long()
        real = torch.arange(L).unsqueeze(0) < lens.unsqueeze(1)
        slot = self.slot[idx, :L] & real
        span = self.span[idx, :L].long() * slot
        return ids, real, slot, span


def make_mask(slot, span, gen, mode: str, t_min: float, span_prob: float, t_fixed=None):
    """Which slot positions to mask, and each position's loss weight 1 / P(masked).

    mode 'uniform': t ~ U(t_min, 1) per row, each slot position masked with probability t.
    mode 'high':    t ~ U(0.8, 1).
    mode 'span':    as uniform, and in addition each whole slot is masked with prob span_prob.
    """
    B, L = slot.shape
    if t_fixed is not None:
        t = torch.full((B,), float(t_fixed))
    elif mode == "high":
        t = 0.8 + 0.2 * torch.rand(B, generator=gen)
    else:
        t = t_min + (1.0 - t_min) * torch.rand(B, generator=gen)
    u = torch.rand(B, L, generator=gen)
    masked = (u < t.unsqueeze(1)) & slot
    p = t.unsqueeze(1).expand(B, L)
    if mode == "span":
        S = int(span.max()) if span.numel() else 0
        choose = torch.rand(B, S + 1, generator=gen) < span_prob
        choose[:, 0] = False
        chosen = torch.gather(choose, 1, span) & slot
        masked = masked | chosen
        p = torch.where(span > 0, span_prob + (1.0 - span_prob) * p, p)
    weight = masked.float() / p
    return masked, weight


# ----------------------------------------------------------------------------- training


def lr_at(step: int, args, total_steps) -> float:
    warm = args.warmup
    if total_steps:
        warm = min(warm, max(1, total_steps // 10))
    if step < warm:
        return args.lr * (step + 1) / warm
    if not total_steps:
        return args.lr
    prog = min(1.0, (step - warm) / max(1, total_steps - warm))
    floor = args.lr * args.min_lr_ratio
    return floor + (args.lr - floor) * 0.5 * (1.0 + math.cos(math.pi * prog))


def make_optimizer(model, args):
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (decay if p.dim() >= 2 and not name.startswith("embed") else no_decay).append(p)
    groups = [
        {"params": decay, "weight_decay": args.weight_decay},
        {"params": no_decay, "weight_decay": 0.0},
    ]
    return torch.optim.AdamW(groups, lr=args.lr, betas=(0.9, args.beta2), eps=1e-8)


def loss_fn(model, ids, real, slot, masked, weight, cfg, device, amp):
    """Weighted cross-entropy on the masked positions, normalised by the number of slot positions.
    Returns the loss and the log-probabilities of the masked positions [N,V] (row-major)."""
    inp = torch.where(masked, torch.full_like(ids, cfg.mask_token_id), ids)
    nb = device.type == "cuda"
    sel = masked.to(device, non_blocking=nb)
    with amp():
        logp = model(inp.to(device, non_blocking=nb), real.long().to(device, non_blocking=nb), select=sel)
    tgt = ids.to(device, non_blocking=nb)[sel]
    nll = -logp.float().gather(-1, tgt.unsqueeze(-1)).squeeze(-1)
    n_slot = slot.sum().clamp(min=1).to(device)
    loss = (nll * weight.to(device, non_blocking=nb)[sel]).sum() / n_slot
    return loss, logp


@torch.no_grad()
def evaluate(model, heldout_batch, cfg, device, amp):
    """Masked-position argmax accuracy at t=1 and t=0.5 on a fixed held-out batch, the share of
    slots predicted entirely right in one pass at t=1, and the held-out loss at t=0.5."""
    model.eval()
    out = {}
    ids, real, slot, span = heldout_batch["rows"]
    for key, (masked, weight) in heldout_batch["masks"].items():
        loss, logp = loss_fn(model, ids, real, slot, masked, weight, cfg, device, amp)
        right = torch.zeros_like(masked)
        right[masked] = logp.argmax(-1).cpu() == ids[masked]
        out[f"acc@{key}"] = right.sum().item() / max(1, masked.sum().item())
        if key == "1":
            wrong = masked & ~right
            S = int(span.max())
            slot_wrong = torch.zeros(ids.shape[0], S + 1, dtype=torch.long).scatter_add_(1, span, wrong.long())
            present = torch.zeros(ids.shape[0], S + 1, dtype=torch.long).scatter_add_(1, span, slot.long())
            present[:, 0] = 0
            n = (present > 0).sum().item()
            out["slot@1"] = ((present > 0) & (slot_wrong == 0)).sum().item() / max(1, n)
        if key == "0.5":
            out["heldout_loss"] = loss.item()
    model.train()
    return out


def save_checkpoint(path, model, opt, state, gen, cfg, args):
    ckpt = {
        "model": model.state_dict(),
        "optimizer": opt.state_dict(),
        "step": state["step"],
        "tokens": state["tokens"],
        "elapsed": state["elapsed"],
        "total_steps": state["total_steps"],
        "gen_state": gen.get_state(),
        "torch_rng": torch.get_rng_state(),
        "cuda_rng": torch.cuda.get_rng_state_all() if torch.cuda.is_available() else None,
        "config": cfg.to_dict(),
        "args": vars(args),
    }
    tmp = path + ".tmp"
    torch.save(ckpt, tmp)
    os.replace(tmp, path)


def save_half(prefix, model, state, cfg, args, shard_bytes=15 * 2**20):
    """The weights alone in float16, in shards of at most `shard_bytes` (`PREFIX.0.pt`, `PREFIX.1.pt`,
    ...): what a remote training machine hands back. `merge_half.py` makes a `ckpt.pt` of them that
    export.py reads. Returns the paths written."""
    shards, cur, size = [], {}, 0
    for k, v in model.state_dict().items():
        t = v.detach().to("cpu", torch.float16 if v.is_floating_point() else v.dtype).clone()
        n = t.numel() * t.element_size()
        if cur and size + n > shard_bytes:
            shards.append(cur)
            cur, size = {}, 0
        cur[k] = t
        size += n
    shards.append(cur)
    info = {"config": cfg.to_dict(), "step": state["step"], "tokens": state["tokens"],
            "elapsed": state["elapsed"], "args": vars(args), "shards": len(shards)}
    paths = []
    for i, part in enumerate(shards):
        path = f"{prefix}.{i}.pt"
        torch.save({"model": part, **info, "shard": i}, path + ".tmp")
        os.replace(path + ".tmp", path)
        paths.append(path)
    return paths


def write_config(out_dir, cfg, n_params, meta):
    d = cfg.to_dict()
    d["params"] = n_params
    d["seq_len"] = meta.get("seqLen")
    tmp = os.path.join(out_dir, "config.json.tmp")
    with open(tmp, "w") as f:
        json.dump(d, f, indent=2)
    os.replace(tmp, os.path.join(out_dir, "config.json"))


def train(args):
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    os.makedirs(args.out, exist_ok=True)
    ckpt_path = os.path.join(args.out, "ckpt.pt")
    with open(os.path.join(args.data, "meta.json")) as f:
        meta = json.load(f)
    seq_len = int(meta["seqLen"])

    ckpt = None
    if args.resume:
        if not os.path.exists(ckpt_path):
            raise SystemExit(f"--resume: no checkpoint at {ckpt_path}")
        ckpt = torch.load(ckpt_path, map_location="cpu")
        for k in RESUMED_ARGS:
            if k in ckpt["args"]:
                setattr(args, k, ckpt["args"][k])
        cfg = ModelConfig.from_dict(ckpt["config"])
    elif args.init:
        # fine-tune: the weights (and architecture) of another run, a fresh optimizer and schedule
        init = torch.load(args.init, map_location="cpu")
        cfg = ModelConfig.from_dict(init["config"])
        if args.copy_shift and not cfg.copy_shift:
            cfg.copy_shift = True  # the new gate starts near "own attention only" (init_shift_gate)
    else:
        cfg = ModelConfig(
            vocab_size=int(meta["vocabSize"]),
            d_model=args.d_model,
            n_layers=args.layers,
            n_heads=args.heads,
            norm=args.norm,
            tie_embeddings=not args.untied,
            max_len=max(seq_len, 256),
            mask_token_id=int(meta["maskTokenId"]),
            pad_token_id=int(meta["padTokenId"]),
            prompt_token_id=int(meta["promptTokenId"]),
            canvas_token_id=int(meta["canvasTokenId"]),
            copy_twins=not args.no_copy_twins,
            copy_shift=args.copy_shift,
        )

    torch.manual_seed(args.seed)
    gen = torch.Generator().manual_seed(args.seed)
    train_split = Split(args.data, "train", seq_len)
    heldout = Split(args.data, "heldout", seq_len)

    # fixed held-out batch and masks (own generator: evaluation never moves the training rng)
    eval_gen = torch.Generator().manual_seed(1234)
    n_eval = min(args.eval_rows, heldout.rows)
    rows = heldout.rows_batch(torch.arange(n_eval))
    _, _, hslot, hspan = rows
    heldout_batch = {
        "rows": rows,
        "masks": {
            "1": make_mask(hslot, hspan, eval_gen, "uniform", 0.0, 0.0, t_fixed=1.0),
            "0.5": make_mask(hslot, hspan, eval_gen, "uniform", 0.0, 0.0, t_fixed=0.5),
        },
    }

    model = NanoDLM(cfg)
    if args.init and ckpt is None:
        missing, unexpected = model.load_state_dict(init["model"], strict=False)
        if unexpected or any(not k.startswith("shift_gate.") for k in missing):
            raise SystemExit(f"--init: weights do not match ({missing}, {unexpected})")
        print(f"weights from {args.init} (step {init['step']}, {init['tokens']} tokens)", flush=True)
        del init
    elif cfg.copy_twins and ckpt is None:
        tok_path = args.tokenizer or os.path.join(args.data, "tokenizer.json")
        with open(tok_path) as f:
            n_twins = model.set_twins(twin_table(json.load(f)))
        print(f"copy twins from {tok_path}: {n_twins} tokens have one", flush=True)
    model = model.to(device)
    opt = make_optimizer(model, args)
    state = {"step": 0, "tokens": 0, "elapsed": 0.0, "total_steps": args.total_steps}
    if ckpt is not None:
        model.load_state_dict(ckpt["model"])
        opt.load_state_dict(ckpt["optimizer"])
        for k in ("step", "tokens", "elapsed", "total_steps"):
            state[k] = ckpt[k]
        gen.set_state(ckpt["gen_state"])
        torch.set_rng_state(ckpt["torch_rng"])
        if ckpt.get("cuda_rng") is not None and torch.cuda.is_available():
            torch.cuda.set_rng_state_all(ckpt["cuda_rng"])
        del ckpt
    n_params = model.num_params()
    write_config(args.out, cfg, n_params, meta)

    if device.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True
        amp = lambda: torch.autocast(device_type="cuda", dtype=torch.bfloat16)  # noqa: E731
    else:
        amp = nullcontext

    log_f = open(os.path.join(args.out, "train.log"), "a")

    def log(msg):
        line = time.strftime("%Y-%m-%d %H:%M:%S ") + msg
        print(line, flush=True)
        log_f.write(line + "\n")
        log_f.flush()

    log(
        f"{'resume' if args.resume else 'start'} device={device.type} threads={torch.get_num_threads()} "
        f"params={n_params} layers={cfg.n_layers} d={cfg.d_model} heads={cfg.n_heads} vocab={cfg.vocab_size} "
        f"train_rows={train_split.rows} heldout_rows={heldout.rows} batch={args.batch} lr={args.lr} "
        f"step={state['step']} elapsed={state['elapsed']:.0f}s budget={args.minutes * 60:.0f}s"
    )

    stop = {"flag": False}

    def on_signal(signum, frame):
        stop["flag"] = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    budget = args.minutes * 60.0
    model.train()
    t_start = time.time()
    elapsed0 = state["elapsed"]
    last_log = last_ckpt = t_start
    win_tokens, win_loss, win_steps, win_gmax = 0, 0.0, 0, 0.0
    est_from = None  # (step, time) where the step-rate estimate starts
    first = True
    pool: list = []
    while True:
        now = time.time()
        state["elapsed"] = elapsed0 + (now - t_start)
        if state["elapsed"] >= budget or stop["flag"]:
            break
        if args.max_steps and state["step"] >= args.max_steps:
            break
        # estimate the total number of steps the time budget allows (fixes the cosine schedule)
        if not state["total_steps"]:
            if est_from is None and state["step"] >= 2:
                est_from = (state["step"], now)
            elif (est_from is not None and state["step"] - est_from[0] >= 10
                  and now - est_from[1] >= min(60.0, 0.05 * budget)):
                per_step = (now - est_from[1]) / (state["step"] - est_from[0])
                state["total_steps"] = state["step"] + int((budget - state["elapsed"]) / per_step)
                if args.max_steps:
                    state["total_steps"] = min(state["total_steps"], args.max_steps)
                log(f"schedule: {per_step * 1000:.0f} ms/step -> total_steps={state['total_steps']}")

        lr = lr_at(state["step"], args, state["total_steps"])
        for g in opt.param_groups:
            g["lr"] = lr

        if not pool:
            # length buckets: draw batch x bucket rows, sort by length, cut into batches (less padding)
            draw = torch.randint(0, train_split.rows, (args.batch * max(1, args.bucket),), generator=gen)
            draw = draw[torch.argsort(train_split.lens[draw])]
            chunks = list(draw.split(args.batch))
            pool = [chunks[i] for i in torch.randperm(len(chunks), generator=gen).tolist()]
        idx = pool.pop()
        ids, real, slot, span = train_split.rows_batch(idx)
        r = torch.rand(1, generator=gen).item()
        mode = "span" if r < args.span_frac else ("high" if r < args.span_frac + args.high_frac else "uniform")
        masked, weight = make_mask(slot, span, gen, mode, args.t_min, args.span_prob)

        loss, _ = loss_fn(model, ids, real, slot, masked, weight, cfg, device, amp)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        gnorm = torch.nn.utils.clip_grad_norm_(model.parameters(), args.clip).detach()
        opt.step()

        state["step"] += 1
        n_tok = ids.numel()
        state["tokens"] += n_tok
        win_tokens += n_tok
        win_loss = win_loss + loss.detach()  # tensors: no host sync per step
        win_steps += 1
        win_gmax = torch.maximum(torch.as_tensor(win_gmax, device=gnorm.device), gnorm)

        now = time.time()
        if now - last_log >= args.log_every or first:
            ev = evaluate(model, heldout_batch, cfg, device, amp)
            span_t = max(1e-9, now - last_log)
            log(
                f"step {state['step']} tokens {state['tokens']} tok/s {win_tokens / span_t:.0f} "
                f"loss {float(win_loss) / max(1, win_steps):.4f} lr {lr:.2e} gnorm_max {float(win_gmax):.2f} "
                + " ".join(f"{k} {v:.4f}" for k, v in ev.items())
            )
            win_tokens, win_loss, win_steps, win_gmax = 0, 0.0, 0, 0.0
            last_log = time.time()
            first = False
        if now - last_ckpt >= args.ckpt_minutes * 60:
            state["elapsed"] = elapsed0 + (time.time() - t_start)
            save_checkpoint(ckpt_path, model, opt, state, gen, cfg, args)
            if args.half_out:
                save_half(args.half_out, model, state, cfg, args)
            last_ckpt = time.time()

    state["elapsed"] = elapsed0 + (time.time() - t_start)
    ev = evaluate(model, heldout_batch, cfg, device, amp)
    log(
        f"end step {state['step']} tokens {state['tokens']} elapsed {state['elapsed']:.0f}s "
        + (f"loss {float(win_loss) / win_steps:.4f} " if win_steps else "")
        + " ".join(f"{k} {v:.4f}" for k, v in ev.items())
    )
    save_checkpoint(ckpt_path, model, opt, state, gen, cfg, args)
    log(f"saved {ckpt_path}")
    if args.half_out:
        for path in save_half(args.half_out, model, state, cfg, args):
            log(f"saved {path}")
    log_f.close()


def bench(args):
    """Training throughput (forward + backward + AdamW step) on random full-length rows."""
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    cfg = ModelConfig(vocab_size=args.vocab, d_model=args.d_model, n_layers=args.layers, n_heads=args.heads,
                      norm=args.norm, tie_embeddings=not args.untied)
    torch.manual_seed(args.seed)
    gen = torch.Generator().manual_seed(args.seed)
    model = NanoDLM(cfg).to(device)
    opt = make_optimizer(model, args)
    amp = (lambda: torch.autocast(device_type="cuda", dtype=torch.bfloat16)) if device.type == "cuda" else nullcontext
    B, L = args.batch, args.seq_len
    ids = torch.randint(4, args.vocab, (B, L), generator=gen)
    ids[:, 0] = cfg.prompt_token_id
    ids[:, L // 2] = cfg.canvas_token_id
    real = torch.ones(B, L, dtype=torch.bool)
    slot = torch.zeros(B, L, dtype=torch.bool)
    slot[:, L // 2 + 1:] = True
    span = slot.long()
    steps, t0, warm = 0, None, 2
    while True:
        masked, weight = make_mask(slot, span, gen, "uniform", 0.02, 0.5)
        loss, _ = loss_fn(model, ids, real, slot, masked, weight, cfg, device, amp)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        if device.type == "cuda":
            torch.cuda.synchronize()
        steps += 1
        if steps == warm:
            t0 = time.time()
        if t0 is not None and time.time() - t0 >= args.bench:
            break
    dt = time.time() - t0
    n = (steps - warm) * B * L
    print(json.dumps({
        "device": device.type, "threads": torch.get_num_threads(), "params": model.num_params(),
        "layers": cfg.n_layers, "d_model": cfg.d_model, "heads": cfg.n_heads, "vocab": cfg.vocab_size,
        "batch": B, "seq_len": L, "steps": steps - warm, "seconds": round(dt, 2),
        "tokens_per_s": round(n / dt, 1), "ms_per_step": round(1000 * dt / max(1, steps - warm), 1),
    }))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", help="data directory (meta.json, train.*.bin, heldout.*.bin)")
    ap.add_argument("--out", help="output directory (ckpt.pt, train.log, config.json)")
    ap.add_argument("--minutes", type=float, default=60.0, help="wall-time budget, summed over resumes")
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--min-lr-ratio", type=float, default=0.1, help="cosine floor as a fraction of --lr")
    ap.add_argument("--warmup", type=int, default=200, help="warmup steps (at most a tenth of the run)")
    ap.add_argument("--total-steps", type=int, default=0,
                    help="length of the cosine schedule; 0: estimated from the time budget after a few steps")
    ap.add_argument("--max-steps", type=int, default=0, help="stop after this many steps (0: time only)")
    ap.add_argument("--weight-decay", type=float, default=0.05)
    ap.add_argument("--beta2", type=float, default=0.98)
    ap.add_argument("--clip", type=float, default=1.0)
    ap.add_argument("--layers", type=int, default=4)
    ap.add_argument("--d-model", type=int, default=256)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--norm", choices=["layernorm", "rmsnorm"], default="layernorm")
    ap.add_argument("--untied", action="store_true", help="separate output matrix (default: tied to the embedding)")
    ap.add_argument("--span-frac", type=float, default=0.3, help="fraction of batches with whole-slot masking")
    ap.add_argument("--span-prob", type=float, default=0.5, help="probability of masking each whole slot")
    ap.add_argument("--high-frac", type=float, default=0.2, help="fraction of batches with t ~ U(0.8, 1)")
    ap.add_argument("--t-min", type=float, default=0.02)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--resume", action="store_true", help="continue exactly from OUT/ckpt.pt")
    ap.add_argument("--init", default="",
                    help="start from this checkpoint's weights (fine-tune: fresh optimizer, schedule and budget)")
    ap.add_argument("--log-every", type=float, default=30.0, help="seconds between log lines")
    ap.add_argument("--ckpt-minutes", type=float, default=5.0, help="minutes between checkpoints")
    ap.add_argument("--half-out", default="",
                    help="also write the weights in float16 shards PREFIX.N.pt at each checkpoint and at the end")
    ap.add_argument("--bucket", type=int, default=8,
                    help="draw batch x BUCKET rows at once and cut them into batches of similar length (1: off)")
    ap.add_argument("--no-copy-twins", action="store_true",
                    help="copy prompt tokens only as themselves (default: also as their space-less twin)")
    ap.add_argument("--copy-shift", action="store_true",
                    help="copy continuation (model.py copy_shift); with --init, adds it to those weights")
    ap.add_argument("--tokenizer", default="", help="tokenizer.json for the twin table (default: DATA/tokenizer.json)")
    ap.add_argument("--eval-rows", type=int, default=64, help="rows in the fixed held-out batch")
    ap.add_argument("--bench", type=float, default=0.0, help="measure training tokens/s for this many seconds")
    ap.add_argument("--vocab", type=int, default=2000, help="(--bench) vocabulary size")
    ap.add_argument("--seq-len", type=int, default=128, help="(--bench) row length")
    args = ap.parse_args(argv)
    torch.set_num_threads(args.threads)
    try:
        torch.set_num_interop_threads(1)
    except RuntimeError:
        pass
    if args.bench:
        bench(args)
        return
    if not args.data or not args.out:
        ap.error("--data and --out are required")
    train(args)


if __name__ == "__main__":
    main()
