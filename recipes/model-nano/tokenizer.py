"""byte-level BPE tokenizer recipe for unmask models (pure Python + numpy).

Trains a GPT-2 style byte-level BPE on a corpus (one example per line) and writes a
Hugging Face `tokenizer.json` + `tokenizer_config.json`. The encoding implemented here
mirrors @huggingface/tokenizers (the JS library @unmask/onnx loads tokenizers with):

  1. split out special tokens (longest match, left to right)
  2. Digits pre-tokenizer, individual_digits: `[^0-9]+|[0-9]` (JS `\\d` is ASCII only)
  3. ByteLevel pre-tokenizer: the GPT-2 regex, with `\\p{L}`, `\\p{N}` and JS `\\s` written
     as explicit character classes built from `unicodedata`, then bytes -> unicode
  4. BPE: repeatedly merge the lowest-ranked adjacent pair, leftmost first

Usage:
  python3 tokenizer.py --corpus corpus.txt --vocab 2048 --out DIR
  python3 tokenizer.py --out DIR --encode-samples samples.json [--samples-out encodings.json]
"""

from __future__ import annotations

import argparse
import heapq
import json
import os
import re
import sys
import time
import unicodedata
from collections import Counter

SPECIAL_TOKENS = ["<|mask|>", "<|pad|>", "<|prompt|>", "<|canvas|>", "<|unk|>"]

# JavaScript's \s (WhiteSpace + LineTerminator); Python's \s differs (\x1c-\x1f, no \ufeff).
JS_WHITESPACE = "\t\n\x0b\x0c\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"


def bytes_to_unicode() -> dict[int, str]:
    """GPT-2's reversible map from bytes to printable unicode characters."""
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return {b: chr(c) for b, c in zip(bs, cs)}


BYTE_ENCODER = bytes_to_unicode()
BYTE_DECODER = {c: b for b, c in BYTE_ENCODER.items()}


def _category_class(prefix: str) -> str:
    """a regex character class body matching every code point whose category starts with prefix."""
    ranges: list[tuple[int, int]] = []
    start = -1
    for cp in range(0x110000):
        inside = unicodedata.category(chr(cp)).startswith(prefix)
        if inside and start < 0:
            start = cp
        elif not inside and start >= 0:
            ranges.append((start, cp - 1))
            start = -1
    if start >= 0:
        ranges.append((start, 0x10FFFF))

    def esc(cp: int) -> str:
        return f"\\U{cp:08x}"

    return "".join(esc(a) if a == b else f"{esc(a)}-{esc(b)}" for a, b in ranges)


_PATTERN: re.Pattern[str] | None = None


def gpt2_pattern() -> re.Pattern[str]:
    """the ByteLevel split regex of @huggingface/tokenizers, without \\p classes."""
    global _PATTERN
    if _PATTERN is None:
        letters = _category_class("L")
        numbers = _category_class("N")
        ws = JS_WHITESPACE
        _PATTERN = re.compile(
            rf"'s|'t|'re|'ve|'m|'ll|'d| ?[{letters}]+| ?[{numbers}]+| ?[^{ws}{letters}{numbers}]+"
            rf"|[{ws}]+(?![^{ws}])|[{ws}]+"
        )
    return _PATTERN


DIGITS = re.compile(r"[^0-9]+|[0-9]")


def special_splitter(specials: list[str]) -> re.Pattern[str]:
    # longest first, so the first alternative that matches at a position is the longest
    ordered = sorted(specials, key=len, reverse=True)
    return re.compile("(" + "|".join(re.escape(s) for s in ordered) + ")")


def pre_tokenize(text: str) -> list[str]:
    """Digits then ByteLevel: byte-level strings that BPE works on, one per word."""
    pattern = gpt2_pattern()
    words: list[str] = []
    for piece in DIGITS.findall(text):
        for word in pattern.findall(piece):
            words.append("".join(BYTE_ENCODER[b] for b in word.encode("utf-8")))
    return words


def raw_words(text: str, splitter: re.Pattern[str], specials: set[str]) -> list[str]:
    """pre-tokens of a text before the byte map (specials dropped), for counting."""
    pattern = gpt2_pattern()
    out: list[str] = []
    for section in splitter.split(text):
        if not section or section in specials:
            continue
        for piece in DIGITS.findall(section):
            out.extend(pattern.findall(piece))
    return out


# ---------------------------------------------------------------------------------------
# training


def train(lines: list[str], vocab_size: int, specials: list[str], min_frequency: int = 2, log=None):
    """returns (vocab: dict[str, int], merges: list[tuple[str, str]])."""
    splitter = special_splitter(specials)
    special_set = set(specials)
    counts: Counter[str] = Counter()
    for line in lines:
        counts.update(raw_words(line, splitter, special_set))

    vocab: dict[str, int] = {}
    for token in specials:
        vocab[token] = len(vocab)
    for b in range(256):
        vocab[BYTE_ENCODER[b]] = len(vocab)
    symbols: list[str] = list(vocab.keys())

    # unique words as symbol id lists (ids index `symbols`)
    words: list[list[int]] = []
    freq: list[int] = []
    for raw, count in counts.items():
        encoded = [vocab[BYTE_ENCODER[b]] for b in raw.encode("utf-8")]
        if len(encoded) < 2:
            continue
        words.append(encoded)
        freq.append(count)
    if log:
        log(f"{sum(counts.values())} words, {len(counts)} unique, {len(words)} mergeable")

    pair_count: dict[tuple[int, int], int] = {}
    where: dict[tuple[int, int], set[int]] = {}
    for w, word in enumerate(words):
        f = freq[w]
        for pair in zip(word, word[1:]):
            pair_count[pair] = pair_count.get(pair, 0) + f
            where.setdefault(pair, set()).add(w)

    def key(pair: tuple[int, int]):
        # max count first; ties broken by the pair's strings, so runs are deterministic
        return (-pair_count[pair], symbols[pair[0]], symbols[pair[1]], pair)

    heap = [key(p) for p in pair_count]
    heapq.heapify(heap)
    merges: list[tuple[str, str]] = []

    while len(vocab) < vocab_size and heap:
        neg, _, _, pair = heapq.heappop(heap)
        current = pair_count.get(pair, 0)
        if current != -neg:
            if current > 0:
                heapq.heappush(heap, key(pair))
            continue
        if current < min_frequency:
            break
        a, b = pair
        merged = symbols[a] + symbols[b]
        new_id = vocab.get(merged)
        if new_id is None:
            new_id = len(symbols)
            vocab[merged] = new_id
            symbols.append(merged)
        elif new_id >= len(symbols):
            raise AssertionError("vocab and symbols out of step")
        merges.append((symbols[a], symbols[b]))
        touched: set[tuple[int, int]] = set()
        for w in list(where.get(pair, ())):
            word = words[w]
            f = freq[w]
            new_word: list[int] = []
            i = 0
            changed = False
            while i < len(word):
                if i + 1 < len(word) and word[i] == a and word[i + 1] == b:
                    new_word.append(new_id)
                    i += 2
                    changed = True
                else:
                    new_word.append(word[i])
                    i += 1
            if not changed:
                continue
            old_pairs = Counter(zip(word, word[1:]))
            new_pairs = Counter(zip(new_word, new_word[1:]))
            for p, c in old_pairs.items():
                delta = new_pairs.get(p, 0) - c
                if delta:
                    pair_count[p] += delta * f
                if p not in new_pairs:
                    s = where.get(p)
                    if s is not None:
                        s.discard(w)
            for p, c in new_pairs.items():
                if p not in old_pairs:
                    pair_count[p] = pair_count.get(p, 0) + c * f
                    where.setdefault(p, set()).add(w)
                    touched.add(p)
            words[w] = new_word
        pair_count.pop(pair, None)
        where.pop(pair, None)
        for p in touched:
            if pair_count.get(p, 0) > 0:
                heapq.heappush(heap, key(p))
        if log and len(merges) % 500 == 0:
            log(f"{len(merges)} merges, vocab {len(vocab)}")
    return vocab, merges


# ---------------------------------------------------------------------------------------
# the tokenizer.json files


def tokenizer_json(vocab: dict[str, int], merges: list[tuple[str, str]], specials: list[str]) -> dict:
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [
            {
                "id": vocab[token],
                "content": token,
                "single_word": False,
                "lstrip": False,
                "rstrip": False,
                "normalized": False,
                "special": True,
            }
            for token in specials
        ],
        "normalizer": None,
        "pre_tokenizer": {
            "type": "Sequence",
            "pretokenizers": [
                {"type": "Digits", "individual_digits": True},
                {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True},
            ],
        },
        "post_processor": None,
        "decoder": {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True},
        "model": {
            "type": "BPE",
            "dropout": None,
            "unk_token": "<|unk|>" if "<|unk|>" in specials else None,
            "continuing_subword_prefix": None,
            "end_of_word_suffix": None,
            "fuse_unk": False,
            "byte_fallback": False,
            "ignore_merges": False,
            "vocab": vocab,
            # "a b" strings: byte-level tokens hold no space, and every tokenizers version reads them
            "merges": [f"{a} {b}" for a, b in merges],
        },
    }


def tokenizer_config(specials: list[str]) -> dict:
    return {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "mask_token": "<|mask|>",
        "pad_token": "<|pad|>",
        "unk_token": "<|unk|>",
        "additional_special_tokens": [s for s in specials if s not in ("<|mask|>", "<|pad|>", "<|unk|>")],
        "clean_up_tokenization_spaces": False,
        "add_bos_token": False,
        "add_eos_token": False,
    }


class BpeTokenizer:
    """encodes like @huggingface/tokenizers does with the tokenizer.json written above."""

    def __init__(self, data: dict):
        model = data["model"]
        self.vocab: dict[str, int] = dict(model["vocab"])
        merges = [tuple(m) if isinstance(m, list) else tuple(m.split(" ", 1)) for m in model["merges"]]
        self.ranks = {pair: i for i, pair in enumerate(merges)}
        self.specials = {t["content"]: t["id"] for t in data.get("added_tokens", [])}
        self.splitter = special_splitter(list(self.specials)) if self.specials else None
        self.cache: dict[str, list[str]] = {}

    def bpe(self, word: str) -> list[str]:
        cached = self.cache.get(word)
        if cached is not None:
            return cached
        parts = list(word)
        while len(parts) > 1:
            best = None
            best_rank = None
            for pair in zip(parts, parts[1:]):
                rank = self.ranks.get(pair)
                if rank is not None and (best_rank is None or rank < best_rank):
                    best, best_rank = pair, rank
            if best is None:
                break
            out: list[str] = []
            i = 0
            while i < len(parts):
                if i + 1 < len(parts) and parts[i] == best[0] and parts[i + 1] == best[1]:
                    out.append(parts[i] + parts[i + 1])
                    i += 2
                else:
                    out.append(parts[i])
                    i += 1
            parts = out
        self.cache[word] = parts
        return parts

    def encode(self, text: str) -> list[int]:
        sections = self.splitter.split(text) if self.splitter else [text]
        ids: list[int] = []
        for section in sections:
            if not section:
                continue
            if section in self.specials:
                ids.append(self.specials[section])
                continue
            for word in pre_tokenize(section):
                ids.extend(self.vocab[token] for token in self.bpe(word))
        return ids

    def decode(self, ids: list[int]) -> str:
        inverse = {i: t for t, i in self.vocab.items()}
        special_ids = {i: t for t, i in self.specials.items()}
        out = bytearray()
        text = ""
        for i in ids:
            if i in special_ids:
                text += out.decode("utf-8", errors="replace") + special_ids[i]
                out = bytearray()
            else:
                out.extend(BYTE_DECODER[c] for c in inverse[i])
        return text + out.decode("utf-8", errors="replace")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", help="training text, one example per line")
    parser.add_argument("--vocab", type=int, default=2048, help="target vocabulary size, specials included")
    parser.add_argument("--min-frequency", type=int, default=2)
    parser.add_argument("--out", required=True, help="directory of tokenizer.json")
    parser.add_argument("--encode-samples", help="JSON array of strings to encode with the tokenizer in --out")
    parser.add_argument("--samples-out", help="where the encodings go (default OUT/encodings.json)")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(f"[tokenizer {time.perf_counter() - started:7.1f}s] {message}", file=sys.stderr, flush=True)

    started = time.perf_counter()
    os.makedirs(args.out, exist_ok=True)
    path = os.path.join(args.out, "tokenizer.json")
    if args.corpus:
        with open(args.corpus, encoding="utf-8", errors="replace") as f:
            lines = f.read().split("\n")
        size = sum(len(line.encode("utf-8")) + 1 for line in lines)
        log(f"corpus {args.corpus}: {len(lines)} lines, {size / 1e6:.2f} MB")
        gpt2_pattern()
        vocab, merges = train(lines, args.vocab, SPECIAL_TOKENS, args.min_frequency, log)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(tokenizer_json(vocab, merges, SPECIAL_TOKENS), f, ensure_ascii=False, indent=1)
            f.write("\n")
        with open(os.path.join(args.out, "tokenizer_config.json"), "w", encoding="utf-8") as f:
            json.dump(tokenizer_config(SPECIAL_TOKENS), f, indent=2)
            f.write("\n")
        log(f"wrote {path}: vocab {len(vocab)}, {len(merges)} merges")
    if args.encode_samples:
        with open(path, encoding="utf-8") as f:
            tokenizer = BpeTokenizer(json.load(f))
        with open(args.encode_samples, encoding="utf-8") as f:
            samples = json.load(f)
        encodings = []
        for text in samples:
            ids = tokenizer.encode(text)
            if tokenizer.decode(ids) != text:
                raise SystemExit(f"round trip failed for {text!r}")
            encodings.append({"text": text, "ids": ids})
        out = args.samples_out or os.path.join(args.out, "encodings.json")
        with open(out, "w", encoding="utf-8") as f:
            json.dump(encodings, f, ensure_ascii=False, indent=1)
            f.write("\n")
        log(f"wrote {len(encodings)} encodings to {out}")
    if not args.corpus and not args.encode_samples:
        parser.error("nothing to do: give --corpus and/or --encode-samples")
    return 0


if __name__ == "__main__":
    sys.exit(main())
