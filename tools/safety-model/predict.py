"""Probabilities for every message of the given sets: predict.py CHECKPOINT OUT.jsonl safety/blind-46 ..."""
import sys, json, torch
from minilm import *; from data import *
ck = torch.load(sys.argv[1]); out = sys.argv[2]; sets = sys.argv[3:]
tok = WordPiece(TOKENIZER); m = MiniLM(); m.load_state_dict(ck['m']); m.eval(); head = nn.Linear(384, 4); head.load_state_dict(ck['head'])
rows = []
for sp in sets:
    kind, name = sp.split('/')
    v = safety_set(R + '/' + sp) if kind == 'safety' else answers_set(R + '/' + sp)
    rows += [(sp, f, l, t) for l, t, f in v]
with open(out, 'w') as fo, torch.no_grad():
    for i in range(0, len(rows), 32):
        b = rows[i:i + 32]; ids, mask = batch(tok, [r[3] for r in b], 128)
        p = head(m.pooled(ids, mask)).softmax(-1)
        for r, pr in zip(b, p.tolist()): fo.write(json.dumps({'set': r[0], 'file': r[1], 'label': r[2], 'p': pr}) + '\n')
