"""Export a checkpoint to ONNX (opset 17) and write parity fixtures for the Node test.

usage: python3 export.py --ckpt work/run/ckpt.pt [--out DIR] [--data DATA_DIR] [--threads 2]

writes OUT/model.onnx   inputs  input_ids int64 [batch, length], attention_mask int64 [batch, length]
                        output  logits float32 [batch, length, vocab] (log-probabilities)
       OUT/parity.json  2 fixed input rows (the second padded) and the PyTorch outputs:
                        logits[b][0..15][0..7] and the argmax of every position
       OUT/config.json  the model config (vocabulary size, special token ids, ...)
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import argparse  # noqa: E402
import inspect  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402

import numpy as np  # noqa: E402
import torch  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model import ModelConfig, NanoDLM  # noqa: E402


def load_model(ckpt_path: str) -> tuple[NanoDLM, ModelConfig, dict]:
    ckpt = torch.load(ckpt_path, map_location="cpu")
    cfg = ModelConfig.from_dict(ckpt["config"])
    model = NanoDLM(cfg)
    model.load_state_dict(ckpt["model"])
    model.eval()
    return model, cfg, ckpt


def fixture_inputs(cfg: ModelConfig, data_dir: str | None):
    """Two rows: the first full length, the second shorter and padded (attention_mask 0)."""
    if data_dir:
        with open(os.path.join(data_dir, "meta.json")) as f:
            seq_len = int(json.load(f)["seqLen"])
        p = lambda ext: os.path.join(data_dir, f"heldout.{ext}.bin")  # noqa: E731
        lens = np.fromfile(p("len"), dtype="<i2").astype(np.int64)
        ids = np.fromfile(p("ids"), dtype="<i2").reshape(len(lens), seq_len).astype(np.int64)
        slot = np.fromfile(p("slot"), dtype=np.uint8).reshape(len(lens), seq_len) != 0
        # the longest and the shortest of the first rows, slot positions masked (t = 1)
        cand = list(range(min(len(lens), 16)))
        a = max(cand, key=lambda r: lens[r])
        b = min(cand, key=lambda r: lens[r])
        if lens[a] == lens[b]:
            b = (a + 1) % len(lens)
        L = int(max(lens[a], lens[b]))
        input_ids = np.full((2, L), cfg.pad_token_id, dtype=np.int64)
        mask = np.zeros((2, L), dtype=np.int64)
        for i, r in enumerate((a, b)):
            n = int(lens[r])
            row = np.where(slot[r, :n], cfg.mask_token_id, ids[r, :n])
            input_ids[i, :n] = row
            mask[i, :n] = 1
        return torch.from_numpy(input_ids), torch.from_numpy(mask)
    g = torch.Generator().manual_seed(7)
    L, n1 = 24, 17
    words = lambda n: torch.randint(4, cfg.vocab_size, (n,), generator=g)  # noqa: E731
    m = cfg.mask_token_id
    row0 = torch.cat([torch.tensor([cfg.prompt_token_id]), words(9), torch.tensor([cfg.canvas_token_id]),
                      words(3), torch.tensor([m, m, m, m]), words(2), torch.tensor([m, m, m]), words(1)])
    row1 = torch.cat([torch.tensor([cfg.prompt_token_id]), words(6), torch.tensor([cfg.canvas_token_id]),
                      words(2), torch.tensor([m, m, m]), words(1), torch.tensor([m, m]), words(1)])
    assert row0.numel() == L and row1.numel() == n1
    input_ids = torch.full((2, L), cfg.pad_token_id, dtype=torch.long)
    input_ids[0] = row0
    input_ids[1, :n1] = row1
    mask = torch.zeros(2, L, dtype=torch.long)
    mask[0] = 1
    mask[1, :n1] = 1
    return input_ids, mask


def write_fixtures(path, model, cfg, input_ids, mask, name="model.onnx"):
    with torch.no_grad():
        out = model(input_ids, mask)
    fx = {
        "model": name,
        "note": "logits are log-probabilities; compare logits[b][p][0..7] for p < 16 and argmax of every "
                "position (rows with attention_mask 0 included); float32, suggested atol 1e-4",
        "inputs": {"input_ids": input_ids.tolist(), "attention_mask": mask.tolist()},
        "shape": list(out.shape),
        "logits_first8": out[:, :16, :8].tolist(),
        "argmax": out.argmax(-1).tolist(),
        "config": cfg.to_dict(),
    }
    with open(path, "w") as f:
        json.dump(fx, f)
    return out


def export(model, cfg, path, input_ids, mask):
    kwargs = {}
    if "dynamo" in inspect.signature(torch.onnx.export).parameters:
        kwargs["dynamo"] = False
    dyn = {0: "batch", 1: "length"}
    torch.onnx.export(
        model,
        (input_ids, mask),
        path,
        opset_version=17,
        input_names=["input_ids", "attention_mask"],
        output_names=["logits"],
        dynamic_axes={"input_ids": dyn, "attention_mask": dyn, "logits": {0: "batch", 1: "length", 2: "vocab"}},
        do_constant_folding=True,
        **kwargs,
    )
    import onnx

    m = onnx.load(path)
    # the vocabulary axis is static; name it by its size
    m.graph.output[0].type.tensor_type.shape.dim[2].ClearField("dim_param")
    m.graph.output[0].type.tensor_type.shape.dim[2].dim_value = cfg.vocab_size
    meta = {
        "unmask.config": json.dumps(cfg.to_dict()),
        "unmask.output": "log-probabilities",
    }
    for k, v in meta.items():
        p = m.metadata_props.add()
        p.key, p.value = k, v
    onnx.checker.check_model(m)
    onnx.save(m, path)
    return m


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ckpt", required=True)
    ap.add_argument("--out", help="output directory (default: the checkpoint's directory)")
    ap.add_argument("--data", help="take the fixture rows from DATA/heldout (default: synthetic rows)")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args(argv)
    torch.set_num_threads(args.threads)
    out_dir = args.out or os.path.dirname(os.path.abspath(args.ckpt))
    os.makedirs(out_dir, exist_ok=True)

    model, cfg, _ = load_model(args.ckpt)
    input_ids, mask = fixture_inputs(cfg, args.data)
    onnx_path = os.path.join(out_dir, "model.onnx")
    export(model, cfg, onnx_path, input_ids, mask)
    write_fixtures(os.path.join(out_dir, "parity.json"), model, cfg, input_ids, mask)
    with open(os.path.join(out_dir, "config.json"), "w") as f:
        json.dump(dict(cfg.to_dict(), params=model.num_params()), f, indent=2)
    print(json.dumps({
        "onnx": onnx_path,
        "bytes": os.path.getsize(onnx_path),
        "params": model.num_params(),
        "torch": torch.__version__,
        "fixtures": os.path.join(out_dir, "parity.json"),
    }))


if __name__ == "__main__":
    main()
