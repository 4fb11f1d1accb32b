#!/usr/bin/env bash
# ship a trained checkpoint: export, int8, assemble the weights directory the SDK loads,
# parity fixtures for the Node test, and the evaluation through the SDK.
# usage: finalize.sh [RUN_DIR (work/run)] [DATA_DIR (work/data)]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
run="$(realpath "${1:-$here/work/run}")"
data="$(realpath "${2:-$here/work/data}")"
export OMP_WAIT_POLICY=PASSIVE
out="$here/work/final"
mkdir -p "$out"
cp "$run/ckpt.pt" "$out/ckpt.pt"
/usr/bin/python3 "$here/export.py" --ckpt "$out/ckpt.pt" --out "$out" --data "$data" --threads 2
/usr/bin/python3 "$here/quantize.py" --model "$out/model.onnx" --ckpt "$out/ckpt.pt" --threads 2
rm -rf "$root/packages/model-nano/weights"
/usr/bin/python3 "$here/assemble.py" --export "$out" --data "$data" --out "$root/packages/model-nano/weights" --max-length "${MAX_LENGTH:-512}"
cp "$out/parity.int8.json" "$root/test/__fixtures__/nano-parity.int8.json"
cd "$root"
npx tsx --conditions=@unmask/source "$here/eval.ts" --model packages/model-nano/weights \
  --heldout "$data/heldout.examples.jsonl" --limit "${LIMIT:-300}" --seen "${SEEN:-200}" --json "$here/eval-report.json"
