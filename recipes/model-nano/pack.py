"""Pack a data directory into one compressed file, and back (to carry it to a remote training
machine whose transfer is size-limited; the device there has no Node to build the data itself).

usage:
  python3 pack.py pack DATA_DIR OUT.pack [MORE_DIR ...]
      rows trimmed to their length, ids uint16, span uint8, lzma; the train rows of each MORE_DIR
      (built with DATA_DIR's tokenizer: render.ts canvases --tokenizer) are appended to the train split
  python3 pack.py unpack IN.pack DATA_DIR       # writes meta.json and the <split>.*.bin train.py reads

`slot` is not stored: it is `span > 0` (README, "Data format").
"""

from __future__ import annotations

import io
import json
import lzma
import os
import sys

import numpy as np

SPLITS = ("train", "heldout")


def _same_tokenizer(a: str, b: str) -> bool:
    with open(os.path.join(a, "tokenizer.json"), "rb") as fa, open(os.path.join(b, "tokenizer.json"), "rb") as fb:
        return fa.read() == fb.read()


def pack(data_dir: str, out: str, more: list[str]) -> None:
    with open(os.path.join(data_dir, "meta.json")) as f:
        meta = json.load(f)
    L = int(meta["seqLen"])
    for m in more:
        with open(os.path.join(m, "meta.json")) as f:
            other = json.load(f)
        same = all(other.get(k) == meta.get(k) for k in ("seqLen", "vocabSize", "maskTokenId", "padTokenId"))
        if not same or not _same_tokenizer(data_dir, m):
            raise SystemExit(f"{m}: not built with {data_dir}'s tokenizer (tokenizer.json must be identical) "
                             "and row format")
    arrays = {}
    for split in SPLITS:
        parts = [data_dir] + (more if split == "train" else [])
        chunks = [_read_split(d, split, L) for d in parts]
        arrays[f"{split}_len"] = np.concatenate([c[0] for c in chunks])
        arrays[f"{split}_ids"] = np.concatenate([c[1] for c in chunks])
        arrays[f"{split}_span"] = np.concatenate([c[2] for c in chunks])
        meta["rows" if split == "train" else "heldoutRows"] = int(len(arrays[f"{split}_len"]))
    buf = io.BytesIO()
    np.savez(buf, meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8), **arrays)
    with lzma.open(out, "wb", preset=6) as f:
        f.write(buf.getvalue())
    print(f"packed {data_dir} {' '.join(more)} -> {out}: {meta['rows']} train rows, "
          f"{os.path.getsize(out) / 2**20:.1f} MiB", file=sys.stderr)


def _read_split(data_dir: str, split: str, L: int):
    p = lambda ext: os.path.join(data_dir, f"{split}.{ext}.bin")  # noqa: E731
    lens = np.fromfile(p("len"), dtype="<i2").astype(np.int64)
    R = len(lens)
    ids = np.fromfile(p("ids"), dtype="<i2").reshape(R, L)
    span = np.fromfile(p("span"), dtype="<i2").reshape(R, L)
    slot = np.fromfile(p("slot"), dtype=np.uint8).reshape(R, L)
    if not np.array_equal(slot != 0, span > 0):
        raise SystemExit(f"{split}: slot is not span > 0; this packing would lose it")
    if int(span.max()) > 255 or int(ids.max()) > 65535 or int(ids.min()) < 0:
        raise SystemExit(f"{split}: ids or span indices out of the packed range")
    keep = np.arange(L)[None, :] < lens[:, None]
    return lens.astype(np.uint16), ids[keep].astype(np.uint16), span[keep].astype(np.uint8)


def unpack(src: str, data_dir: str) -> None:
    with lzma.open(src, "rb") as f:
        z = np.load(io.BytesIO(f.read()))
    meta = json.loads(z["meta"].tobytes().decode())
    L = int(meta["seqLen"])
    os.makedirs(data_dir, exist_ok=True)
    with open(os.path.join(data_dir, "meta.json"), "w") as f:
        json.dump(meta, f)
    for split in SPLITS:
        lens = z[f"{split}_len"].astype(np.int64)
        R = len(lens)
        keep = np.arange(L)[None, :] < lens[:, None]
        ids = np.full((R, L), int(meta["padTokenId"]), dtype="<i2")
        span = np.zeros((R, L), dtype="<i2")
        ids[keep] = z[f"{split}_ids"]
        span[keep] = z[f"{split}_span"]
        p = lambda ext: os.path.join(data_dir, f"{split}.{ext}.bin")  # noqa: E731
        lens.astype("<i2").tofile(p("len"))
        ids.tofile(p("ids"))
        span.tofile(p("span"))
        (span > 0).astype(np.uint8).tofile(p("slot"))
    print(f"unpacked {src} -> {data_dir}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[1] not in ("pack", "unpack") or (sys.argv[1] == "unpack" and len(sys.argv) > 4):
        raise SystemExit(__doc__)
    if sys.argv[1] == "pack":
        pack(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        unpack(sys.argv[2], sys.argv[3])
