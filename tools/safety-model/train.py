"""Fine-tunes all-MiniLM-L6-v2 (float32, from its Maven Central artifact) to read a message as none, crisis,
emergency or symptom. --hold keeps sets out of training, so that they measure it."""
import sys, random, time, argparse, torch, collections
from minilm import *; from data import *
p = argparse.ArgumentParser()
p.add_argument('--hold', nargs='*', default=[])   # safety set names kept out of training
p.add_argument('--epochs', type=int, default=3); p.add_argument('--out', required=True)
p.add_argument('--answers-none', type=int, default=4000); p.add_argument('--extra', action='store_true'); p.add_argument('--probes', action='store_true'); p.add_argument('--seed', type=int, default=0)
p.add_argument('--mix', type=int, default=0)  # questions joined with labelled messages (see below)
a = p.parse_args()
torch.manual_seed(a.seed); random.seed(a.seed)
tok = WordPiece(TOKENIZER); m = load_minilm(BASE_MODEL)
s, ans = all_sets()
held = set(a.hold)
heldtexts = {t for (k, n), v in s.items() if n in held for _, t, _ in v}
safety_rows = [(l, t) for (k, n), v in s.items() if n not in held for l, t, _ in v]
rows = list(safety_rows)
rows += [(l, t) for l, t, _ in training_tsv() if t not in heldtexts]
an = [(l, t) for (k, n), v in ans.items() if n not in held for l, t, _ in v]
risky = [r for r in an if r[0] != 'none']; none = [r for r in an if r[0] == 'none']
random.shuffle(none); rows += risky + none[:a.answers_none]
if a.extra: rows += [(l, t) for l, t, _ in extra()]
if a.probes: rows += [(l, t) for l, t, _ in round_probes()]
rows = list({t: (l, t) for l, t in rows}.values())
if a.mix:
    # A plain question before or after a disclosure does not make it harmless: the model trained without this read
    # "Is there any help for carers? I cannot keep going, I have the tablets ready for tonight." as none (0.97).
    # Each mixed message joins an intent's example question with a labelled safety message, in either order, and
    # takes the message's label; half are near misses, so that a question beside a calm story stays none.
    questions = [t for l, t, f in extra() if f.endswith('.txt') and f != 'examples.txt']
    risky_s = [r for r in safety_rows if r[0] != 'none']; calm_s = [r for r in safety_rows if r[0] == 'none']
    for i in range(a.mix):
        l, t = random.choice(risky_s if i % 2 == 0 else calm_s); q = random.choice(questions)
        rows.append((l, q + ' ' + t if random.random() < 0.7 else t + ' ' + q))
print('train', len(rows), collections.Counter(l for l, _ in rows), flush=True)
head = nn.Linear(384, 4)
opt = torch.optim.AdamW([{'params': m.parameters(), 'lr': 4e-5}, {'params': head.parameters(), 'lr': 1e-3}], weight_decay=0.01)
enc = [(LABELS.index(l), tok.encode(t, 128)) for l, t in rows]
B = 32; steps = a.epochs * ((len(enc) + B - 1) // B); sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=[4e-5, 1e-3], total_steps=steps, pct_start=0.1)
step = 0; t0 = time.time()
for ep in range(a.epochs):
    random.shuffle(enc)
    chunks = [sorted(enc[i:i + B * 50], key=lambda e: len(e[1])) for i in range(0, len(enc), B * 50)]
    batches = [c[i:i + B] for c in chunks for i in range(0, len(c), B)]; random.shuffle(batches)
    m.train(); tot = 0
    for bt in batches:
        T = max(len(e) for _, e in bt)
        ids = torch.zeros(len(bt), T, dtype=torch.long); mask = torch.zeros(len(bt), T)
        for r, (_, e) in enumerate(bt): ids[r, :len(e)] = torch.tensor(e); mask[r, :len(e)] = 1
        y = torch.tensor([l for l, _ in bt])
        loss = F.cross_entropy(head(F.dropout(m.pooled(ids, mask), 0.1, True)), y, label_smoothing=0.05)
        opt.zero_grad(); loss.backward(); torch.nn.utils.clip_grad_norm_(m.parameters(), 1.0); opt.step(); sched.step(); step += 1; tot += loss.item()
        if step % 50 == 0: print(f'ep {ep} step {step}/{steps} loss {tot / 50:.4f} {time.time() - t0:.0f}s', flush=True); tot = 0
    torch.save({'m': m.state_dict(), 'head': head.state_dict()}, a.out)
print('done', time.time() - t0, flush=True)
