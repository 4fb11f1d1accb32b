"""Recover a training checkpoint from a shipped weights directory (model.int8.onnx + manifest).

Checkpoints live under work/ (git-ignored) and do not survive a fresh checkout; the shipped int8
model does. This rebuilds the PyTorch weights from it so that a next stage can start with
`train.py --init OUT`: every int8 weight is dequantized exactly as the ONNX graph does
(DequantizeLinear, per-channel scale, zero point 0), every float initializer is taken as is.

How ONNX initializers are matched to PyTorch parameters: a model of the same architecture with
random weights is exported by export.py's own code; its initializers are matched to its
parameters by value (as quantize.py does), which gives the name (and the orientation) each
parameter has in an export of this code; the shipped graph's names are then read in that map.
The recovered model is checked against the committed int8 parity fixture (the int8 model's own
outputs) before anything is written.

usage: python3 recover.py [--weights ../../packages/model-nano/weights] [--fixture ../../test/__fixtures__/nano-parity.int8.json]
                          --out work/recovered/ckpt.pt
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402

import numpy as np  # noqa: E402
import torch  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from model import ModelConfig, NanoDLM, twin_table  # noqa: E402


def shipped_values(path: str) -> dict[str, np.ndarray]:
    """Float value of every weight the int8 graph reads, under its float-export name."""
    import onnx
    from onnx import numpy_helper

    g = onnx.load(path).graph
    inits = {t.name: numpy_helper.to_array(t) for t in g.initializer}
    out: dict[str, np.ndarray] = {}
    for name, v in inits.items():
        if name.endswith("_scale") or name.endswith("_zp"):
            continue
        if "_int8_ax" in name:
            base, axis = name.rsplit("_int8_ax", 1)
            axis = int(axis)
            scale, zp = inits[name + "_scale"], inits[name + "_zp"]
            assert not zp.any(), f"{name}: nonzero zero point"
            shape = [1] * v.ndim
            shape[axis] = -1
            out[base] = v.astype(np.float32) * scale.reshape(shape)
        elif v.dtype == np.float32:
            out[name] = v
    for node in g.node:  # tied weights written as the transpose of another dequantized weight
        if node.op_type == "Transpose" and "_from_" in node.output[0] and node.output[0].endswith("_T"):
            name, src = node.output[0][: -len("_T")].split("_from_", 1)
            out[name] = out[src].T
    return out


def export_names(model: NanoDLM, cfg: ModelConfig) -> dict[str, tuple[str, bool]]:
    """parameter name -> (initializer name in an export of this code, transposed?)."""
    import onnx
    from onnx import numpy_helper

    from export import export, fixture_inputs

    ids, mask = fixture_inputs(cfg, None)
    with torch.no_grad():  # distinct values everywhere (norms start as all ones, biases as zeros)
        g = torch.Generator().manual_seed(1)
        for p in model.parameters():
            p.copy_(torch.randn(p.shape, generator=g))
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "probe.onnx")
        export(model, cfg, path, ids, mask)
        inits = {t.name: numpy_helper.to_array(t) for t in onnx.load(path).graph.initializer}
    names: dict[str, tuple[str, bool]] = {}
    for pname, p in model.named_parameters():
        pv = p.detach().numpy()
        for iname, w in inits.items():
            if w.shape == pv.shape and np.array_equal(w, pv):
                names[pname] = (iname, False)
                break
            if pv.ndim == 2 and w.shape == pv.T.shape and np.array_equal(w, pv.T):
                names.setdefault(pname, (iname, True))
    return names


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--weights", default=os.path.join(here, "..", "..", "packages", "model-nano", "weights"))
    ap.add_argument("--fixture", default=os.path.join(here, "..", "..", "test", "__fixtures__",
                                                      "nano-parity.int8.json"))
    ap.add_argument("--out", required=True)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args(argv)
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)

    with open(os.path.join(args.weights, "unmask.model.json")) as f:
        manifest = json.load(f)
    arch = dict(manifest["metadata"]["architecture"])
    cfg = ModelConfig.from_dict(arch)
    model = NanoDLM(cfg)
    if cfg.copy_twins:
        with open(os.path.join(args.weights, manifest["tokenizer"])) as f:
            model.set_twins(twin_table(json.load(f)))
    model.eval()

    names = export_names(model, cfg)
    values = shipped_values(os.path.join(args.weights, manifest["model"]))
    params = dict(model.named_parameters())
    missing = [p for p in params if p not in names or names[p][0] not in values]
    if missing:
        sys.exit(f"recover: no shipped value for {missing}")
    with torch.no_grad():
        for pname, (iname, transposed) in names.items():
            v = values[iname].T if transposed else values[iname]
            assert v.shape == tuple(params[pname].shape), (pname, v.shape, params[pname].shape)
            params[pname].copy_(torch.from_numpy(np.ascontiguousarray(v)))

    with open(args.fixture) as f:
        fx = json.load(f)
    ids = torch.tensor(fx["inputs"]["input_ids"])
    mask = torch.tensor(fx["inputs"]["attention_mask"])
    with torch.no_grad():
        out = model(ids, mask)
    ref = torch.tensor(fx["logits_first8"])
    diff = (out[:, :16, :8] - ref).abs().max().item()
    real = mask.bool()
    agree = (out.argmax(-1) == torch.tensor(fx["argmax"]))[real].float().mean().item()
    print(f"recover: {len(names)} parameters from {manifest['model']}; parity max |diff| {diff:.2e}, "
          f"argmax agreement {agree:.4f}")
    if diff > 1e-3 or agree < 0.999:
        sys.exit("recover: the recovered model does not reproduce the int8 parity fixture")
    n = int(sum(p.numel() for p in params.values()))
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    torch.save({"model": model.state_dict(), "config": cfg.to_dict(), "step": 0, "tokens": 0,
                "recovered_from": os.path.abspath(os.path.join(args.weights, manifest["model"])),
                "params": n}, args.out)
    print(f"recover: wrote {args.out} ({n} parameters)")


if __name__ == "__main__":
    main()
