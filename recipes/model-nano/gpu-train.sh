#!/usr/bin/env bash
# Train several model sizes at once on one CUDA machine from a packed data file (pack.py), each
# for a wall-time budget, and leave float16 weight shards (train.py --half-out) and the logs in
# OUT. What a remote GPU lease runs; locally: merge_half.py, then finalize.sh.
# usage: gpu-train.sh DATA.pack OUT [MINUTES (7)]   env: CONFIGS (name:layers:d:heads:batch:lr ...)
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
pack="$1"
out="$2"
minutes="${3:-7}"
configs="${CONFIGS:-A:4:256:4:512:2e-3 B:6:384:6:512:1.2e-3 C:8:256:4:512:1.5e-3}"
py="${PYTHON:-python3}"
export PYTHONUNBUFFERED=1 OMP_WAIT_POLICY=PASSIVE
work="${WORK:-/tmp/unmask-train}"
mkdir -p "$out" "$work"
{
  date -u
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>&1 || true
  "$py" -c 'import torch; print("torch", torch.__version__, "cuda", torch.cuda.is_available())'
} | tee "$out/env.txt"
"$py" "$here/pack.py" unpack "$pack" "$work/data" || exit 1
pids=()
for c in $configs; do
  IFS=: read -r name layers d heads batch lr <<<"$c"
  mkdir -p "$work/$name"
  "$py" "$here/train.py" --data "$work/data" --out "$work/$name" --minutes "$minutes" \
    --layers "$layers" --d-model "$d" --heads "$heads" --batch "$batch" --lr "$lr" \
    --threads 4 --log-every 20 --ckpt-minutes 2.5 --eval-rows 128 --half-out "$out/$name" \
    >"$work/$name.out" 2>&1 &
  pids+=($!)
done
rc=0
for p in "${pids[@]}"; do wait "$p" || rc=1; done
for c in $configs; do
  name="${c%%:*}"
  echo "=== $name"
  cat "$work/$name.out"
done >"$out/train-logs.txt"
rm -f "$out"/*.tmp
tail -n 3 "$out/train-logs.txt"
grep -h " end \|Error\|error" "$out/train-logs.txt" | tail -n 20
exit $rc
