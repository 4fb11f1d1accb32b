#!/usr/bin/env bash
# Compare models trained elsewhere (gpu-train.sh's float16 shards): for each NAME, merge the
# shards, export to ONNX, int8, assemble a model directory and evaluate it through the SDK.
# usage: candidates.sh SHARD_DIR DATA_DIR NAME...   env: LIMIT (200) SEEN (100) RACE (0)
# writes work/cand/NAME/{ckpt.pt,model.onnx,model.int8.onnx,weights/,eval.json}; ship one with
# finalize.sh work/cand/NAME DATA_DIR.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shards="$(realpath "$1")"
data="$(realpath "$2")"
shift 2
export OMP_WAIT_POLICY=PASSIVE
for name in "$@"; do
  out="$here/work/cand/$name"
  mkdir -p "$out"
  /usr/bin/python3 "$here/merge_half.py" "$shards/$name" "$out/ckpt.pt"
  /usr/bin/python3 "$here/export.py" --ckpt "$out/ckpt.pt" --out "$out" --data "$data" --threads 2 >/dev/null
  /usr/bin/python3 "$here/quantize.py" --model "$out/model.onnx" --ckpt "$out/ckpt.pt" --threads 2 >/dev/null
  /usr/bin/python3 "$here/assemble.py" --export "$out" --data "$data" --out "$out/weights" >/dev/null
  (cd "$root" && npx tsx --conditions=@unmask/source "$here/eval.ts" --model "$out/weights" \
    --heldout "$data/heldout.examples.jsonl" --limit "${LIMIT:-200}" --seen "${SEEN:-100}" \
    --race "${RACE:-0}" --json "$out/eval.json" >/dev/null)
  echo "$name: $(node -e 'const r=require(process.argv[1]);console.log(JSON.stringify({fwd:r.forwardMedianMs,heldout:r.heldout.fieldExactMatch,seen:r.seenPhrasings.fieldExactMatch,valid:r.heldout.validity,nfe:r.heldout.nfePerExample}))' "$out/eval.json")"
done
