"""writes the tiny ONNX models the @unmask/onnx tests run (python3-onnx's onnx.helper).

  /usr/bin/python3 make-models.py

affine.onnx     input_ids, attention_mask -> logits[b, i, v] = ids[b, i] * a[v] + b[v] + mask[b, i] * c[v]
                vocab 640 (the bpe/ fixture tokenizer); b favours the digit 7, so a sampler fills digits with 7s
ids-only.onnx   input_ids -> logits[b, i, v] = ids[b, i] * a[v] + b[v], vocab 8 (for shiftedLogits)
affine.json     the vectors a, b, c of both models, for the tests to recompute the logits
"""

import json
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

here = os.path.dirname(os.path.abspath(__file__))


def vectors(vocab: int, favoured: int | None):
    v = np.arange(vocab)
    a = ((v % 5) - 2).astype(np.float32) / 4
    b = ((v % 7) - 3).astype(np.float32) / 8
    c = np.where(v % 2 == 0, 1.0, -1.0).astype(np.float32)
    if favoured is not None:
        b[favoured] = 20.0
    return a, b, c


def build(name: str, vocab: int, with_mask: bool, favoured: int | None):
    a, b, c = vectors(vocab, favoured)
    inputs = [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "length"])]
    nodes = [
        helper.make_node("Unsqueeze", ["input_ids", "axes"], ["ids3"]),
        helper.make_node("Cast", ["ids3"], ["idsf"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["idsf", "a"], ["scaled"]),
        helper.make_node("Add", ["scaled", "b"], ["logits" if not with_mask else "partial"]),
    ]
    inits = [
        numpy_helper.from_array(np.array([-1], dtype=np.int64), "axes"),
        numpy_helper.from_array(a, "a"),
        numpy_helper.from_array(b, "b"),
    ]
    if with_mask:
        inputs.append(helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "length"]))
        nodes += [
            helper.make_node("Unsqueeze", ["attention_mask", "axes"], ["mask3"]),
            helper.make_node("Cast", ["mask3"], ["maskf"], to=TensorProto.FLOAT),
            helper.make_node("Mul", ["maskf", "c"], ["masked"]),
            helper.make_node("Add", ["partial", "masked"], ["logits"]),
        ]
        inits.append(numpy_helper.from_array(c, "c"))
    output = helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "length", vocab])
    graph = helper.make_graph(nodes, name, inputs, [output], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="unmask-fixtures")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(here, f"{name}.onnx"))
    return {"vocab": vocab, "a": a.tolist(), "b": b.tolist(), "c": c.tolist()}


with open(os.path.join(here, "bpe", "tokenizer.json"), encoding="utf-8") as f:
    seven = json.load(f)["model"]["vocab"]["7"]
vectors_json = {
    "affine": build("affine", 640, True, seven),
    "ids-only": build("ids-only", 8, False, None),
}
with open(os.path.join(here, "affine.json"), "w", encoding="utf-8") as f:
    json.dump(vectors_json, f)
    f.write("\n")
print("wrote affine.onnx, ids-only.onnx, affine.json")
