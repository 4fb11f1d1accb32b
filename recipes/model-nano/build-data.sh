#!/usr/bin/env bash
# the nano model's training data, end to end:
#   examples (TypeScript, faker) -> tokenizer (tokenizer.py, byte-level BPE) -> canvases
#   (unmask's own schema compiler and canvas builder) -> binary rows train.py reads.
# usage: build-data.sh [OUT (default work/data)] ; env: COUNT (60000), SEED (1), VOCAB (2048),
#        SEQ_LEN (128), STRING_TOKENS (16), HELDOUT_FRAC (0.05), TOKENIZER (a tokenizer.json to reuse
#        instead of training one: rows that pack.py can append to that tokenizer's data),
#        COMPOSED (1: half of the training mentions use composed phrasings, data/compose.ts),
#        SYNTHETIC (a probability: each training field kind is an invented one, data/synthetic.ts),
#        MESSAGES (a share: that share of the examples are whole realistic messages, data/messages/)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$(realpath -m "${1:-$here/work/data}")"
count="${COUNT:-60000}"
seed="${SEED:-1}"
vocab="${VOCAB:-2048}"
seq_len="${SEQ_LEN:-128}"
string_tokens="${STRING_TOKENS:-16}"
heldout_frac="${HELDOUT_FRAC:-0.05}"
tsx=(npx tsx --conditions=@unmask/source "$here/data/render.ts")

mkdir -p "$out"
stage() { # name, command...
  local name="$1" t0
  shift
  t0=$(date +%s.%N)
  "$@"
  printf '[build-data] %-9s %6.1fs\n' "$name" "$(echo "$(date +%s.%N) - $t0" | bc)" >&2
}

cd "$root"
stage corpus "${tsx[@]}" corpus --out "$out" --count "$count" --seed "$seed" --heldout-frac "$heldout_frac" ${COMPOSED:+--composed} ${SYNTHETIC:+--synthetic "$SYNTHETIC"} ${MESSAGES:+--messages "$MESSAGES"}
if [ -n "${TOKENIZER:-}" ]; then
  cp "$TOKENIZER" "$out/tokenizer.json"
  cp "$(dirname "$TOKENIZER")/tokenizer_config.json" "$out/tokenizer_config.json"
else
  stage tokenizer python3 "$here/tokenizer.py" --corpus "$out/corpus.txt" --vocab "$vocab" --out "$out"
fi
stage canvases "${tsx[@]}" canvases --examples "$out/examples.jsonl" --tokenizer "$out/tokenizer.json" \
  --out "$out" --seq-len "$seq_len" --string-tokens "$string_tokens"
echo "[build-data] ready: python3 $here/train.py --data $out --out $here/work/run" >&2
