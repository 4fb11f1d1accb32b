"""Weight-only int8 quantization of an exported model, in pure `onnx` (no onnxruntime).

usage: python3 quantize.py --model DIR/model.onnx [--out DIR/model.int8.onnx] [--ckpt DIR/ckpt.pt]

Every MatMul / Gemm weight initializer with >= --min-elements elements (and, unless --no-gather,
the embedding table read by Gather) is stored as int8 with one float scale per output channel
(symmetric, zero point 0) and fed to its consumer through a DequantizeLinear node:

    W_int8, scale[axis], zero_point --DequantizeLinear(axis)--> W_float --> MatMul

When a MatMul weight is exactly the transpose of another quantized weight (the tied embedding /
output matrix), the int8 copy is shared and a Transpose is inserted instead of storing it twice.

With --ckpt, the torch model is loaded with the dequantized weights and its log-probabilities on
the parity fixture inputs (DIR/parity.json) are compared with the float model's, and the
dequantized model's outputs are written as parity fixtures of the int8 graph (DIR/parity.int8.json).
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402

import numpy as np  # noqa: E402
import onnx  # noqa: E402
from onnx import helper, numpy_helper, TensorProto  # noqa: E402


def quantize_array(w: np.ndarray, axis: int):
    """Symmetric per-channel int8 along `axis` (the output channel). Returns (q, scale)."""
    red = tuple(i for i in range(w.ndim) if i != axis)
    amax = np.abs(w).max(axis=red)
    scale = (amax / 127.0).astype(np.float32)
    scale[scale == 0] = 1.0
    shape = [1] * w.ndim
    shape[axis] = -1
    q = np.clip(np.rint(w / scale.reshape(shape)), -127, 127).astype(np.int8)
    return q, scale


def dequantize_array(q: np.ndarray, scale: np.ndarray, axis: int) -> np.ndarray:
    shape = [1] * q.ndim
    shape[axis] = -1
    return q.astype(np.float32) * scale.reshape(shape)


def quantize_model(m: onnx.ModelProto, min_elements: int = 1024, gather: bool = True, dedupe: bool = True):
    g = m.graph
    inits = {t.name: t for t in g.initializer}
    arrays = {}

    def arr(name):
        if name not in arrays:
            arrays[name] = numpy_helper.to_array(inits[name])
        return arrays[name]

    # (node, input index, weight name, output-channel axis)
    targets = []
    for node in g.node:
        if node.op_type == "MatMul" and node.input[1] in inits:
            w = arr(node.input[1])
            if w.ndim == 2 and w.dtype == np.float32 and w.size >= min_elements:
                targets.append((node, 1, node.input[1], 1))
        elif node.op_type == "Gemm" and node.input[1] in inits:
            w = arr(node.input[1])
            trans_b = next((a.i for a in node.attribute if a.name == "transB"), 0)
            if w.ndim == 2 and w.dtype == np.float32 and w.size >= min_elements:
                targets.append((node, 1, node.input[1], 0 if trans_b else 1))
        elif gather and node.op_type == "Gather" and node.input[0] in inits:
            w = arr(node.input[0])
            axis = next((a.i for a in node.attribute if a.name == "axis"), 0)
            if w.ndim == 2 and axis == 0 and w.dtype == np.float32 and w.size >= min_elements:
                targets.append((node, 0, node.input[0], 0))

    new_nodes, new_inits = [], []
    made = {}  # (weight name, axis) -> dequantized output name
    report = []
    dq_values = {}  # original initializer name -> dequantized float array (same orientation)

    def dq_of(name, axis):
        key = (name, axis)
        if key in made:
            return made[key]
        w = arr(name)
        q, scale = quantize_array(w, axis)
        base = f"{name}_int8_ax{axis}"
        new_inits.append(numpy_helper.from_array(q, base))
        new_inits.append(numpy_helper.from_array(scale, base + "_scale"))
        new_inits.append(numpy_helper.from_array(np.zeros_like(scale, dtype=np.int8), base + "_zp"))
        out = base + "_dq"
        new_nodes.append(helper.make_node("DequantizeLinear", [base, base + "_scale", base + "_zp"], [out],
                                          name=base + "_DequantizeLinear", axis=axis))
        made[key] = out
        dq_values[name] = dequantize_array(q, scale, axis)
        report.append({"weight": name, "shape": list(w.shape), "axis": axis})
        return out

    # tied weights: a MatMul weight that is the transpose of another target (e.g. Gather's table)
    transposed_of = {}
    if dedupe:
        others = {(name, axis) for _, _, name, axis in targets}
        for node, idx, name, axis in targets:
            if node.op_type != "MatMul":
                continue
            w = arr(name)
            for oname, oaxis in others:
                if oname == name or oaxis != 1 - axis:
                    continue
                o = arr(oname)
                if o.shape == w.T.shape and np.array_equal(o, w.T):
                    transposed_of[name] = (oname, oaxis)
                    break

    for node, idx, name, axis in targets:
        if name in transposed_of:
            oname, oaxis = transposed_of[name]
            src = dq_of(oname, oaxis)
            out = f"{name}_from_{oname}_T"
            if (name, "T") not in made:
                new_nodes.append(helper.make_node("Transpose", [src], [out], name=out + "_Transpose", perm=[1, 0]))
                made[(name, "T")] = out
                dq_values[name] = dq_values[oname].T
                report.append({"weight": name, "shape": list(arr(name).shape), "shared_with": oname})
            node.input[idx] = out
        else:
            node.input[idx] = dq_of(name, axis)

    # drop float initializers nobody reads any more
    used = {i for n in list(g.node) + new_nodes for i in n.input}
    used |= {o.name for o in g.output}
    keep = [t for t in g.initializer if t.name in used]
    del g.initializer[:]
    g.initializer.extend(keep + new_inits)
    nodes = new_nodes + list(g.node)
    del g.node[:]
    g.node.extend(nodes)
    return m, report, dq_values


def torch_error(ckpt_path: str, float_onnx: onnx.ModelProto, dq_values: dict, fixtures_path: str, threads: int,
                fixtures_out: str | None = None, int8_name: str = "model.int8.onnx"):
    """Load the dequantized weights into the torch model; compare log-probs with the float model.
    With fixtures_out, also write parity fixtures of the int8 model (torch with dequantized weights)."""
    import torch

    torch.set_num_threads(threads)
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from export import load_model

    model, cfg, _ = load_model(ckpt_path)
    with open(fixtures_path) as f:
        fx = json.load(f)
    ids = torch.tensor(fx["inputs"]["input_ids"])
    mask = torch.tensor(fx["inputs"]["attention_mask"])
    with torch.no_grad():
        ref = model(ids, mask)
    inits = {t.name: numpy_helper.to_array(t) for t in float_onnx.graph.initializer}
    params = dict(model.named_parameters())
    mapped = {}
    for name, dq in dq_values.items():
        w = inits[name]
        for pname, p in params.items():
            pv = p.detach().numpy()
            if pv.shape == w.shape and np.array_equal(pv, w):
                mapped.setdefault(pname, dq)
            elif pv.ndim == 2 and pv.shape == w.T.shape and np.array_equal(pv, w.T):
                mapped.setdefault(pname, dq.T)
    with torch.no_grad():
        for pname, v in mapped.items():
            params[pname].copy_(torch.from_numpy(np.ascontiguousarray(v)))
        out = model(ids, mask)
    if fixtures_out:
        from export import write_fixtures

        write_fixtures(fixtures_out, model, cfg, ids, mask, name=os.path.basename(int8_name))
    real = mask.bool()
    diff = (out - ref).abs()
    prob_diff = (out.exp() - ref.exp()).abs()
    return {
        "params_replaced": sorted(mapped),
        "max_abs_diff_logprob": diff.max().item(),
        "max_abs_diff_logprob_real_positions": diff[real].max().item(),
        "max_abs_diff_prob": prob_diff.max().item(),
        "argmax_agreement": (out.argmax(-1) == ref.argmax(-1))[real].float().mean().item(),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", required=True, help="float model.onnx")
    ap.add_argument("--out", help="default: model.int8.onnx next to --model")
    ap.add_argument("--min-elements", type=int, default=1024)
    ap.add_argument("--no-gather", action="store_true", help="keep the embedding table (Gather) float")
    ap.add_argument("--no-dedupe", action="store_true", help="store a tied output matrix twice")
    ap.add_argument("--ckpt", help="checkpoint of the same model: report the torch log-prob error")
    ap.add_argument("--fixtures", help="default: parity.json next to --model")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--verbose", action="store_true", help="list the quantized weights")
    args = ap.parse_args(argv)
    out = args.out or os.path.join(os.path.dirname(os.path.abspath(args.model)), "model.int8.onnx")

    float_model = onnx.load(args.model)
    m = onnx.load(args.model)
    m, report, dq_values = quantize_model(m, args.min_elements, not args.no_gather, not args.no_dedupe)
    onnx.checker.check_model(m)
    onnx.save(m, out)
    res = {
        "float": {"path": args.model, "bytes": os.path.getsize(args.model)},
        "int8": {"path": out, "bytes": os.path.getsize(out)},
        "quantized": len(report),
    }
    if args.verbose:
        res["weights"] = report
    res["ratio"] = round(res["int8"]["bytes"] / res["float"]["bytes"], 3)
    if args.ckpt:
        fixtures = args.fixtures or os.path.join(os.path.dirname(os.path.abspath(args.model)), "parity.json")
        stem = os.path.splitext(os.path.basename(out))[0]  # model.int8
        stem = "parity" + stem[len("model"):] if stem.startswith("model") else stem + ".parity"
        fx_out = os.path.join(os.path.dirname(os.path.abspath(out)), stem + ".json")
        res["torch_check"] = torch_error(args.ckpt, float_model, dq_values, fixtures, args.threads, fx_out, out)
        res["int8_fixtures"] = fx_out
    print(json.dumps(res, indent=1 if args.verbose else None))


if __name__ == "__main__":
    main()
