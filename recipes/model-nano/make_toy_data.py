"""Tiny synthetic data set in the training data format, to test the recipe (a copy task).

Each row:  <|prompt|> filler ... named N1 [N2] filler ... aged A filler ... <|canvas|>
           { "name" : " [N1 N2 pad] " , "age" : [A pad] }
The name and age are drawn from a pool of several hundred word ids, so they can only be filled
by copying them from the prompt (the pointer head's job), not by memorising.

usage: python3 make_toy_data.py --out work/toy [--train 400 --heldout 100 --vocab 600 --seed 0]
"""

from __future__ import annotations

import argparse
import json
import os

import numpy as np

MASK, PAD, PROMPT, CANVAS = 0, 1, 2, 3
LBRACE, RBRACE, K_NAME, COLON, COMMA, K_AGE, NAMED, AGED, QUOTE = 4, 5, 6, 7, 8, 9, 10, 11, 12
FIRST_WORD = 40
NAME_BUDGET, AGE_BUDGET = 3, 2


def make_row(rng: np.random.Generator, vocab: int):
    words = lambda n: [int(w) for w in rng.integers(FIRST_WORD, vocab, size=n)]
    name = words(int(rng.integers(1, 3)))  # 1 or 2 tokens
    age = words(1)
    prompt = [PROMPT] + words(int(rng.integers(0, 6))) + [NAMED] + name
    prompt += words(int(rng.integers(0, 6))) + [AGED] + age + words(int(rng.integers(0, 6)))
    ids = list(prompt) + [CANVAS]
    slot = [0] * len(ids)
    span = [0] * len(ids)

    def fixed(*toks):
        ids.extend(toks)
        slot.extend([0] * len(toks))
        span.extend([0] * len(toks))

    def slot_of(vals, budget, index):
        vals = vals + [PAD] * (budget - len(vals))
        ids.extend(vals)
        slot.extend([1] * budget)
        span.extend([index + 1] * budget)

    fixed(LBRACE, K_NAME, COLON, QUOTE)
    slot_of(name, NAME_BUDGET, 0)
    fixed(QUOTE, COMMA, K_AGE, COLON)
    slot_of(age, AGE_BUDGET, 1)
    fixed(RBRACE)
    return ids, slot, span


def write_split(out: str, split: str, rows: int, seq_len: int, vocab: int, rng):
    ids = np.full((rows, seq_len), PAD, dtype="<i2")
    lens = np.zeros(rows, dtype="<i2")
    slot = np.zeros((rows, seq_len), dtype=np.uint8)
    span = np.zeros((rows, seq_len), dtype="<i2")
    for r in range(rows):
        i, s, p = make_row(rng, vocab)
        n = len(i)
        assert n <= seq_len
        ids[r, :n], slot[r, :n], span[r, :n], lens[r] = i, s, p, n
    ids.tofile(os.path.join(out, f"{split}.ids.bin"))
    lens.tofile(os.path.join(out, f"{split}.len.bin"))
    slot.tofile(os.path.join(out, f"{split}.slot.bin"))
    span.tofile(os.path.join(out, f"{split}.span.bin"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--train", type=int, default=400)
    ap.add_argument("--heldout", type=int, default=100)
    ap.add_argument("--vocab", type=int, default=600)
    ap.add_argument("--seq-len", type=int, default=128)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    rng = np.random.default_rng(a.seed)
    write_split(a.out, "train", a.train, a.seq_len, a.vocab, rng)
    write_split(a.out, "heldout", a.heldout, a.seq_len, a.vocab, rng)
    meta = {
        "rows": a.train,
        "heldoutRows": a.heldout,
        "seqLen": a.seq_len,
        "vocabSize": a.vocab,
        "maskTokenId": MASK,
        "padTokenId": PAD,
        "canvasTokenId": CANVAS,
        "promptTokenId": PROMPT,
    }
    with open(os.path.join(a.out, "meta.json"), "w") as f:
        json.dump(meta, f, indent=2)
    print(f"wrote {a.train} train + {a.heldout} heldout rows to {a.out}")


if __name__ == "__main__":
    main()
