import json, re, unicodedata, math, numpy as np, torch, torch.nn as nn, torch.nn.functional as F
from onnx_weights import initializers

class WordPiece:
    def __init__(self, path):
        tj = json.load(open(path))
        self.vocab = tj['model']['vocab']
        self.unk = self.vocab['[UNK]']; self.cls = self.vocab['[CLS]']; self.sep = self.vocab['[SEP]']; self.pad = self.vocab.get('[PAD]', 0)
    def basic(self, text):
        text = unicodedata.normalize('NFD', text.lower())
        text = ''.join(c for c in text if unicodedata.category(c) != 'Mn')
        out = []
        for w in text.split():
            cur = ''
            for c in w:
                cp = ord(c)
                if (33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126) or unicodedata.category(c).startswith('P'):
                    if cur: out.append(cur); cur = ''
                    out.append(c)
                elif unicodedata.category(c) in ('Cc', 'Cf'): continue
                else: cur += c
            if cur: out.append(cur)
        return out
    def encode(self, text, max_len=128):
        ids = [self.cls]
        for w in self.basic(text):
            if len(w) > 100: ids.append(self.unk); continue
            start = 0; sub = []
            while start < len(w):
                end = len(w); found = None
                while start < end:
                    s = w[start:end] if start == 0 else '##' + w[start:end]
                    if s in self.vocab: found = self.vocab[s]; break
                    end -= 1
                if found is None: sub = [self.unk]; break
                sub.append(found); start = end
            ids.extend(sub)
        ids = ids[:max_len-1] + [self.sep]
        return ids

class Layer(nn.Module):
    def __init__(s, d=384, h=12, ff=1536):
        super().__init__(); s.h = h
        s.q = nn.Linear(d, d); s.k = nn.Linear(d, d); s.v = nn.Linear(d, d); s.o = nn.Linear(d, d)
        s.ln1 = nn.LayerNorm(d, eps=1e-12); s.i = nn.Linear(d, ff); s.out = nn.Linear(ff, d); s.ln2 = nn.LayerNorm(d, eps=1e-12)
    def forward(s, x, mask):
        B, T, D = x.shape; hd = D // s.h
        q = s.q(x).view(B, T, s.h, hd).transpose(1, 2)
        k = s.k(x).view(B, T, s.h, hd).transpose(1, 2)
        v = s.v(x).view(B, T, s.h, hd).transpose(1, 2)
        att = (q @ k.transpose(-1, -2)) / math.sqrt(hd) + (1.0 - mask[:, None, None, :]) * -10000.0
        a = (att.softmax(-1) @ v).transpose(1, 2).reshape(B, T, D)
        x = s.ln1(x + s.o(a))
        return s.ln2(x + s.out(F.gelu(s.i(x))))

class MiniLM(nn.Module):
    def __init__(s, n_layers=6, h=12):
        super().__init__()
        s.we = nn.Embedding(30522, 384); s.pe = nn.Embedding(512, 384); s.te = nn.Embedding(2, 384); s.ln = nn.LayerNorm(384, eps=1e-12)
        s.layers = nn.ModuleList([Layer(h=h) for _ in range(n_layers)])
    def forward(s, ids, mask):
        T = ids.shape[1]
        x = s.ln(s.we(ids) + s.pe(torch.arange(T)[None]) + s.te(torch.zeros_like(ids)))
        for l in s.layers: x = l(x, mask)
        return x
    def pooled(s, ids, mask):
        x = s.forward(ids, mask)
        m = mask[..., None]
        return (x * m).sum(1) / m.sum(1).clamp(min=1e-9)

def load_minilm(onnx_path):
    w = initializers(onnx_path)
    m = MiniLM()
    t = lambda a: torch.tensor(np.array(a, dtype=np.float32))
    sd = m.state_dict()
    sd['we.weight'] = t(w['embeddings.word_embeddings.weight']); sd['pe.weight'] = t(w['embeddings.position_embeddings.weight'])
    sd['te.weight'] = t(w['embeddings.token_type_embeddings.weight']); sd['ln.weight'] = t(w['embeddings.LayerNorm.weight']); sd['ln.bias'] = t(w['embeddings.LayerNorm.bias'])
    mats = sorted([k for k in w if k.startswith('onnx::MatMul_')], key=lambda k: int(k.split('_')[-1]))
    assert len(mats) == 36, len(mats)
    for L in range(6):
        p = f'encoder.layer.{L}.'; q, k, v, o, i, out = mats[6*L:6*L+6]
        for name, mat, bias in [('q', q, p+'attention.self.query.bias'), ('k', k, p+'attention.self.key.bias'), ('v', v, p+'attention.self.value.bias'),
                                ('o', o, p+'attention.output.dense.bias'), ('i', i, p+'intermediate.dense.bias'), ('out', out, p+'output.dense.bias')]:
            sd[f'layers.{L}.{name}.weight'] = t(w[mat]).T.contiguous(); sd[f'layers.{L}.{name}.bias'] = t(w[bias])
        sd[f'layers.{L}.ln1.weight'] = t(w[p+'attention.output.LayerNorm.weight']); sd[f'layers.{L}.ln1.bias'] = t(w[p+'attention.output.LayerNorm.bias'])
        sd[f'layers.{L}.ln2.weight'] = t(w[p+'output.LayerNorm.weight']); sd[f'layers.{L}.ln2.bias'] = t(w[p+'output.LayerNorm.bias'])
    m.load_state_dict(sd)
    return m

def batch(tok, texts, max_len=64):
    enc = [tok.encode(t, max_len) for t in texts]
    T = max(len(e) for e in enc)
    ids = torch.zeros(len(enc), T, dtype=torch.long); mask = torch.zeros(len(enc), T)
    for r, e in enumerate(enc): ids[r, :len(e)] = torch.tensor(e); mask[r, :len(e)] = 1
    return ids, mask
