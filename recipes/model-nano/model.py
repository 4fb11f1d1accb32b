"""unmask nano: a small bidirectional transformer for masked diffusion, with a pointer/copy head.

forward(input_ids [B,L] int64, attention_mask [B,L] int64) -> log-probabilities [B,L,V] float32

Architecture (see README.md):
  token embedding -> N x pre-norm blocks (rotary self-attention, no causal mask, padding keys
  masked out; GELU MLP 4x) -> final norm -> h
  p_vocab = softmax(h @ W_out^T)                      (W_out tied to the embedding by default)
  p_copy  = softmax_j(q_i . k_j / sqrt(d), j in prompt text) @ one_hot(input_ids)
  g       = sigmoid(w_g . h + b_g)
  out     = log(max(g * p_vocab + (1 - g) * p_copy, 1e-9))

The prompt text is the positions strictly between <|prompt|> and <|canvas|> (computed in-graph
with cumsum, so the ONNX graph needs no extra inputs). A row with no prompt text falls back to
p_vocab alone. Only ops that export to ONNX opset 17 with torch.onnx.export (tracing) are used.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields

import torch
import torch.nn as nn
import torch.nn.functional as F


@dataclass
class ModelConfig:
    vocab_size: int
    d_model: int = 256
    n_layers: int = 4
    n_heads: int = 4
    mlp_ratio: int = 4
    norm: str = "layernorm"  # or "rmsnorm"
    tie_embeddings: bool = True
    rope_base: float = 10000.0
    max_len: int = 256  # advisory (manifest); rotary tables are computed for any length
    mask_token_id: int = 0
    pad_token_id: int = 1
    prompt_token_id: int = 2
    canvas_token_id: int = 3
    # copy a prompt token either as itself or as its "twin": the same text without the leading
    # space byte-level BPE words carry (" Ada" in the prompt, "Ada" first in a slot). The twin
    # table (`twin_ids`, a buffer) comes from the tokenizer: twin_table().
    copy_twins: bool = False
    # copy continuation: the pointer's score of prompt position j gets a learned bonus when the
    # canvas token left of i is the prompt token left of j (or its twin), and another when the token
    # right of i is the one right of j: a value copied token by token continues where its
    # neighbours were copied from (`shift_gate`: the two bonuses from h_i)
    copy_shift: bool = False

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "ModelConfig":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


class RMSNorm(nn.Module):
    def __init__(self, d: int, eps: float = 1e-6):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(d))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        xf = x.float()
        y = xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + self.eps)
        return (y * self.weight).to(x.dtype)


def make_norm(kind: str, d: int) -> nn.Module:
    if kind == "layernorm":
        return nn.LayerNorm(d)
    if kind == "rmsnorm":
        return RMSNorm(d)
    raise ValueError(f"unknown norm {kind!r}")


def rotate_half(x: torch.Tensor) -> torch.Tensor:
    half = x.shape[-1] // 2
    x1 = x[..., :half]
    x2 = x[..., half:]
    return torch.cat((-x2, x1), dim=-1)


def apply_rotary(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    # x [B,H,L,dh]; cos/sin [L,dh]
    return x * cos + rotate_half(x) * sin


class Attention(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        assert cfg.d_model % cfg.n_heads == 0
        self.h = cfg.n_heads
        self.dh = cfg.d_model // cfg.n_heads
        assert self.dh % 2 == 0
        self.qkv = nn.Linear(cfg.d_model, 3 * cfg.d_model, bias=False)
        self.proj = nn.Linear(cfg.d_model, cfg.d_model, bias=False)

    def forward(self, x, cos, sin, key_bias):
        B, L, D = x.shape
        qkv = self.qkv(x).view(B, L, 3, self.h, self.dh).permute(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]  # [B,H,L,dh]
        q = apply_rotary(q, cos, sin)
        k = apply_rotary(k, cos, sin)
        if x.is_cuda and hasattr(F, "scaled_dot_product_attention"):
            # same attention through PyTorch's fused kernel (training on CUDA; never exported)
            y = F.scaled_dot_product_attention(q, k, v, attn_mask=key_bias.to(q.dtype))
        else:
            scores = torch.matmul(q, k.transpose(-1, -2)) * (1.0 / math.sqrt(self.dh))
            scores = scores + key_bias  # [B,1,1,L], 0 or -1e9
            att = torch.softmax(scores.float(), dim=-1).to(v.dtype)
            y = torch.matmul(att, v)  # [B,H,L,dh]
        y = y.transpose(1, 2).reshape(B, L, D)
        return self.proj(y)


class Block(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.n1 = make_norm(cfg.norm, cfg.d_model)
        self.attn = Attention(cfg)
        self.n2 = make_norm(cfg.norm, cfg.d_model)
        self.fc1 = nn.Linear(cfg.d_model, cfg.mlp_ratio * cfg.d_model, bias=False)
        self.fc2 = nn.Linear(cfg.mlp_ratio * cfg.d_model, cfg.d_model, bias=False)

    def forward(self, x, cos, sin, key_bias):
        x = x + self.attn(self.n1(x), cos, sin, key_bias)
        x = x + self.fc2(F.gelu(self.fc1(self.n2(x))))
        return x


class NanoDLM(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.cfg = cfg
        d = cfg.d_model
        self.embed = nn.Embedding(cfg.vocab_size, d)
        self.blocks = nn.ModuleList([Block(cfg) for _ in range(cfg.n_layers)])
        self.norm = make_norm(cfg.norm, d)
        self.lm_head = None if cfg.tie_embeddings else nn.Linear(d, cfg.vocab_size, bias=False)
        # pointer / copy head
        self.ptr_q = nn.Linear(d, d, bias=False)
        self.ptr_k = nn.Linear(d, d, bias=False)
        self.gate = nn.Linear(d, 1, bias=True)
        if cfg.copy_twins:
            self.twin_gate = nn.Linear(d, 1, bias=True)
            self.register_buffer("twin_ids", torch.arange(cfg.vocab_size, dtype=torch.long))
        if cfg.copy_shift:
            self.shift_gate = nn.Linear(d, 2, bias=True)
        dh = d // cfg.n_heads
        inv_freq = 1.0 / (cfg.rope_base ** (torch.arange(0, dh, 2, dtype=torch.float32) / dh))
        self.register_buffer("inv_freq", inv_freq, persistent=False)
        self.reset_parameters()

    def reset_parameters(self):
        std = 0.02
        for name, p in self.named_parameters():
            if p.dim() >= 2:
                nn.init.normal_(p, mean=0.0, std=std)
                # scale residual projections (GPT-2 style)
                if name.endswith("attn.proj.weight") or name.endswith("fc2.weight"):
                    with torch.no_grad():
                        p.mul_(1.0 / math.sqrt(2 * self.cfg.n_layers))
        nn.init.zeros_(self.gate.weight)
        nn.init.constant_(self.gate.bias, 1.0)  # start mostly generating (g ~ 0.73)
        if self.cfg.copy_twins:
            nn.init.zeros_(self.twin_gate.weight)
            nn.init.zeros_(self.twin_gate.bias)  # as itself or as its twin: even at first
        if self.cfg.copy_shift:
            self.init_shift_gate()

    def init_shift_gate(self):
        """a bonus of 1.5 (x4.5 in the pointer's odds) for both neighbours at first, the same everywhere."""
        nn.init.zeros_(self.shift_gate.weight)
        nn.init.constant_(self.shift_gate.bias, 1.5)

    def continuation(self, input_ids: torch.Tensor, keys_f: torch.Tensor, real: torch.Tensor, h: torch.Tensor) -> torch.Tensor:
        """[B,L,L] bonus to the pointer's scores: bonus_prev(h_i)·[ids[i-1] copies ids[j-1]] +
        bonus_next(h_i)·[ids[i+1] copies ids[j+1]], j, j-1 (j+1) prompt text; "copies" is equal to it
        or to its twin. A masked neighbour copies nothing (a mask is never prompt text)."""
        ids = input_ids
        twins = self.twin_ids[ids] if self.cfg.copy_twins else ids
        # same[b,i,j]: canvas token i is prompt token j or its twin, j prompt text
        same = ((ids.unsqueeze(2) == ids.unsqueeze(1)) | (ids.unsqueeze(2) == twins.unsqueeze(1))).to(h.dtype)
        same = same * keys_f.unsqueeze(1) * real.to(h.dtype).unsqueeze(2)  # padding copies nothing
        kf = keys_f.unsqueeze(1)
        prev = F.pad(same, (1, 0, 1, 0))[:, :-1, :-1] * kf  # same[i-1, j-1], j prompt text
        nxt = F.pad(same, (0, 1, 0, 1))[:, 1:, 1:] * kf  # same[i+1, j+1]
        bonus = self.shift_gate(h).float()  # [B,L,2]
        return bonus[..., 0:1] * prev + bonus[..., 1:2] * nxt

    def set_twins(self, twins) -> int:
        """the twin of each token id (itself when it has none); returns how many have one."""
        t = torch.as_tensor(twins, dtype=torch.long)
        assert self.cfg.copy_twins and t.shape == self.twin_ids.shape
        self.twin_ids.copy_(t)
        return int((t != torch.arange(len(t))).sum())

    def num_params(self) -> int:
        return sum(p.numel() for p in self.parameters())

    def rotary(self, L: int, device):
        pos = torch.arange(L, device=device).to(torch.float32)
        freqs = pos.unsqueeze(1) * self.inv_freq.unsqueeze(0)  # [L, dh/2]
        emb = torch.cat((freqs, freqs), dim=-1)  # [L, dh]
        return emb.cos(), emb.sin()

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, select=None) -> torch.Tensor:
        """log-probabilities [B,L,V]; with `select` (bool [B,L], training only) just the selected
        positions, [N,V] in row-major order (same values, without the cost of the others)."""
        cfg = self.cfg
        B, L = input_ids.shape
        real = attention_mask > 0  # [B,L] bool
        key_bias = (1.0 - real.to(torch.float32)) * -1e9  # [B,L]
        key_bias = key_bias.unsqueeze(1).unsqueeze(1)  # [B,1,1,L]

        cos, sin = self.rotary(L, input_ids.device)
        x = self.embed(input_ids)
        for blk in self.blocks:
            x = blk(x, cos, sin, key_bias)
        h = self.norm(x)

        # keys of the copy head: the prompt text, strictly between <|prompt|> and <|canvas|>
        is_canvas = (input_ids == cfg.canvas_token_id).to(torch.int64)
        is_prompt = (input_ids == cfg.prompt_token_id).to(torch.int64)
        before_canvas = torch.cumsum(is_canvas, dim=1) == 0
        after_prompt = torch.cumsum(is_prompt, dim=1) > 0
        keys_ok = (
            before_canvas
            & after_prompt
            & (is_prompt == 0)
            & real
            & (input_ids != cfg.pad_token_id)
            & (input_ids != cfg.mask_token_id)
        )  # [B,L]
        keys_f = keys_ok.to(torch.float32)
        has_keys = keys_f.max(dim=1, keepdim=True)[0]  # [B,1]
        k = self.ptr_k(h)
        W = self.embed.weight if self.lm_head is None else self.lm_head.weight
        scale = 1.0 / math.sqrt(cfg.d_model)

        if select is not None:
            b_idx, p_idx = select.nonzero(as_tuple=True)
            hs = h[b_idx, p_idx]  # [N,d]
            logits = torch.matmul(hs, W.t())
            p_vocab = torch.softmax(logits.float(), dim=-1)  # [N,V]
            if cfg.copy_shift:
                s = torch.matmul(self.ptr_q(h), k.transpose(-1, -2)).float() * scale  # [B,L,L]
                s = (s + self.continuation(input_ids, keys_f, real, h))[b_idx, p_idx]  # [N,L]
                kf = keys_f[b_idx]
                a = torch.softmax(s + (1.0 - kf) * -1e9, dim=-1) * kf
            else:
                s = torch.matmul(self.ptr_q(h), k.transpose(-1, -2))[b_idx, p_idx].float() * scale  # [N,L]
                kf = keys_f[b_idx]
                a = torch.softmax(s + (1.0 - kf) * -1e9, dim=-1) * kf
            if cfg.copy_twins:
                c = torch.sigmoid(self.twin_gate(hs).float())  # [N,1]
                p_copy = torch.zeros_like(p_vocab).scatter_add_(1, input_ids[b_idx], a * c)
                p_copy = p_copy.scatter_add_(1, self.twin_ids[input_ids][b_idx], a * (1.0 - c))
            else:
                p_copy = torch.zeros_like(p_vocab).scatter_add_(1, input_ids[b_idx], a)
            g = torch.sigmoid(self.gate(hs).float())  # [N,1]
            hk = has_keys[b_idx]
        else:
            logits = torch.matmul(h, W.t())
            p_vocab = torch.softmax(logits.float(), dim=-1)  # [B,L,V]
            s = torch.matmul(self.ptr_q(h), k.transpose(-1, -2)).float() * scale  # [B,L,L]
            if cfg.copy_shift:
                s = s + self.continuation(input_ids, keys_f, real, h)
            s = s + ((1.0 - keys_f) * -1e9).unsqueeze(1)
            a = torch.softmax(s, dim=-1) * keys_f.unsqueeze(1)  # exactly 0 off the prompt text
            # scatter the attention onto the vocabulary: a matmul with a one-hot (exports to ONNX)
            vocab_ids = torch.arange(cfg.vocab_size, device=input_ids.device)
            one_hot = (input_ids.unsqueeze(-1) == vocab_ids).to(torch.float32)  # [B,L,V]
            p_copy = torch.matmul(a, one_hot)  # [B,L,V]
            if cfg.copy_twins:
                c = torch.sigmoid(self.twin_gate(h).float())  # [B,L,1]
                twin_hot = (self.twin_ids[input_ids].unsqueeze(-1) == vocab_ids).to(torch.float32)
                p_copy = c * p_copy + (1.0 - c) * torch.matmul(a, twin_hot)
            g = torch.sigmoid(self.gate(h).float())  # [B,L,1]
            hk = has_keys.unsqueeze(-1)  # [B,1,1]
        g = g * hk + (1.0 - hk)  # no prompt text -> vocabulary only
        mix = g * p_vocab + (1.0 - g) * p_copy
        return torch.log(torch.clamp(mix, min=1e-9))


def twin_table(tokenizer_json: dict) -> list[int]:
    """for each id of a byte-level BPE vocabulary: the id of the same token without its leading
    space ("\u0120"), or the id itself."""
    vocab = tokenizer_json["model"]["vocab"]
    size = max(vocab.values()) + 1
    for t in tokenizer_json.get("added_tokens", []):
        size = max(size, t["id"] + 1)
    twins = list(range(size))
    for text, i in vocab.items():
        if text.startswith("\u0120") and len(text) > 1 and text[1:] in vocab:
            twins[i] = vocab[text[1:]]
    return twins


def build_model(cfg: ModelConfig) -> NanoDLM:
    return NanoDLM(cfg)


def _selftest():
    """python3 model.py: consistency checks (a second or two on CPU)."""
    for twins, shift in ((False, False), (True, False), (True, True)):
        _selftest_one(twins, shift)


def _selftest_one(twins: bool, shift: bool):
    torch.manual_seed(0)
    cfg = ModelConfig(vocab_size=50, d_model=32, n_layers=2, n_heads=2, copy_twins=twins, copy_shift=shift)
    m = NanoDLM(cfg).eval()
    if shift:
        with torch.no_grad():
            m.shift_gate.bias.copy_(torch.tensor([2.0, 1.0]))  # both bonuses weigh
    if twins:  # ids 30..49 have twins 10..29
        assert m.set_twins([i - 20 if i >= 30 else i for i in range(50)]) == 20
    with torch.no_grad():
        m.gate.bias.fill_(0.0)  # give the copy head weight
    ids = torch.randint(4, 50, (3, 12))
    ids[:, 0] = cfg.prompt_token_id
    ids[:, 6] = cfg.canvas_token_id
    ids[:, 8:10] = cfg.mask_token_id
    ids[2, 1:6] = cfg.pad_token_id  # no prompt text: vocabulary only
    am = torch.ones_like(ids)
    am[1, 10:] = 0
    ids[1, 10:] = cfg.pad_token_id
    with torch.no_grad():
        full = m(ids, am)
        sel = torch.rand(3, 12) < 0.5
        part = m(ids, am, select=sel)
        assert torch.allclose(full[sel], part, atol=1e-5), (full[sel] - part).abs().max()
        assert torch.allclose(full.exp().sum(-1), torch.ones(3, 12), atol=1e-4)
        # padding invariance: row 1 alone at its real length
        alone = m(ids[1:2, :10], am[1:2, :10])
        assert torch.allclose(alone[0], full[1, :10], atol=1e-5)
        # the copy head puts mass on prompt-text tokens only
        m.gate.bias.fill_(-30.0)
        only_copy = m(ids, am).exp()
        for b in range(2):
            allowed = set(ids[b, 1:6].tolist())
            if twins:
                allowed |= {m.twin_ids[i].item() for i in allowed}
            top = only_copy[b, 8].topk(5).indices.tolist()
            assert all(t in allowed for t in top if only_copy[b, 8, t] > 1e-3), (top, allowed)
        assert torch.isfinite(only_copy).all()
        if shift:  # a large continuation bonus: the token after a copied one is the next prompt token
            m.shift_gate.bias.fill_(30.0)
            prompt = torch.tensor([[cfg.prompt_token_id, 11, 12, 13, 14, 15, cfg.canvas_token_id, 13, 0, 0, 15]])
            out = m(prompt, torch.ones_like(prompt)).exp()
            assert out[0, 8].argmax().item() == 14, out[0, 8].topk(3)  # 13 was copied: 14 follows it
            assert out[0, 9].argmax().item() == 14, out[0, 9].topk(3)  # 15 follows: 14 precedes it
    print(f"model.py selftest ok (copy_twins={twins}, copy_shift={shift}), params", m.num_params())


if __name__ == "__main__":
    _selftest()
