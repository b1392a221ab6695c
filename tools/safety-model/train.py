"""Fine-tunes all-MiniLM-L6-v2 (float32, from its Maven Central artifact) to read a message as none, crisis,
emergency or symptom. --hold keeps sets out of training, so that they measure it."""
import sys, random, time, argparse, torch, collections
from minilm import *; from data import *
p = argparse.ArgumentParser()
p.add_argument('--hold', nargs='*', default=[])   # safety set names kept out of training
p.add_argument('--epochs', type=int, default=3); p.add_argument('--out', required=True)
p.add_argument('--answers-none', type=int, default=4000); p.add_argument('--extra', action='store_true'); p.add_argument('--probes', action='store_true'); p.add_argument('--seed', type=int, default=0)
p.add_argument('--mix', type=int, default=0)  # questions joined with labelled messages (see below)
p.add_argument('--long', type=int, default=0)  # long messages joined from several (see below)
p.add_argument('--windows', action='store_true')  # learn long messages window by window (see below)
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
risky_s = [r for r in safety_rows if r[0] != 'none']; calm_s = [r for r in safety_rows if r[0] == 'none']
if a.mix:
    # A plain question before or after a disclosure does not make it harmless: the model trained without this read
    # "Is there any help for carers? I cannot keep going, I have the tablets ready for tonight." as none (0.97).
    # Each mixed message joins an intent's example question with a labelled safety message, in either order, and
    # takes the message's label; half are near misses, so that a question beside a calm story stays none.
    questions = [t for l, t, f in extra() if f.endswith('.txt') and f != 'examples.txt']
    for i in range(a.mix):
        l, t = random.choice(risky_s if i % 2 == 0 else calm_s); q = random.choice(questions)
        rows.append((l, q + ' ' + t if random.random() < 0.7 else t + ' ' + q))
if a.long:
    # A long message is no risk because it is long: three to six calm messages joined are none; with one risky
    # message among them, at any place, they take its label. Shipped with --windows since the fifteenth session
    # (docs/safety.md, "The model learns long messages").
    calm_all = calm_s + [(l, t) for l, t, f in extra() if l == 'none']
    for i in range(a.long):
        parts = [random.choice(calm_all)[1] for _ in range(random.randint(3, 6))]; lab = 'none'
        if i % 2 == 0:
            lab, t = random.choice(risky_s)
            parts.insert(random.randint(0, len(parts)), t)
        rows.append((lab, ' '.join(parts)))
print('train', len(rows), collections.Counter(l for l, _ in rows), flush=True)
head = nn.Linear(384, 4)
opt = torch.optim.AdamW([{'params': m.parameters(), 'lr': 4e-5}, {'params': head.parameters(), 'lr': 1e-3}], weight_decay=0.01)
def windows(ids, span=126, stride=64):
    """SafetyModel.windows: at most 128 tokens, markers included, each window overlapping the next by half."""
    if len(ids) <= span + 2: return [ids]
    body = ids[1:-1]; out = []; s = 0
    while True:
        e = min(len(body), s + span); out.append([tok.cls] + body[s:e] + [tok.sep])
        if e == len(body): return out
        s += stride
def pad(ws):
    T = max(len(w) for w in ws)
    ids = torch.zeros(len(ws), T, dtype=torch.long); mask = torch.zeros(len(ws), T)
    for r, w in enumerate(ws): ids[r, :len(w)] = torch.tensor(w); mask[r, :len(w)] = 1
    return ids, mask
# Without --windows a message longer than the model's 128 tokens is cut to its first 128 to learn it, so a carer's
# story whose crisis comes last is learned as "this calm opening is a crisis". With it, every message is learned
# window by window as the service reads it (SafetyModel.windows).
enc = [(LABELS.index(l), windows(tok.encode(t, 100000)) if a.windows else [tok.encode(t, 128)]) for l, t in rows]
print('messages read in more than one window', sum(len(w) > 1 for _, w in enc), flush=True)
B = 32; steps = a.epochs * ((len(enc) + B - 1) // B); sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=[4e-5, 1e-3], total_steps=steps, pct_start=0.1)
step = 0; t0 = time.time()
for ep in range(a.epochs):
    random.shuffle(enc)
    chunks = [sorted(enc[i:i + B * 50], key=lambda e: sum(map(len, e[1]))) for i in range(0, len(enc), B * 50)]
    batches = [c[i:i + B] for c in chunks for i in range(0, len(c), B)]; random.shuffle(batches)
    m.train(); tot = 0
    for bt in batches:
        # Each window is read alone, as in the service. A calm message must be calm in every window (two of them a
        # step, drawn at random, to keep the cost down); a risky one learns its label from the window that reads it
        # likeliest, since the rest of the story may be calm.
        chosen = []
        for l, e in bt:
            if len(e) == 1: chosen.append((l, e))
            elif l == 0: chosen.append((l, random.sample(e, 2)))
            else:
                with torch.no_grad():
                    m.eval(); p_ = head(m.pooled(*pad(e))).softmax(-1)[:, l]; m.train()
                chosen.append((l, [e[int(p_.argmax())]]))
        ws = [w for _, e in chosen for w in e]; owner = [r for r, (_, e) in enumerate(chosen) for _ in e]
        per_window = F.cross_entropy(head(F.dropout(m.pooled(*pad(ws)), 0.1, True)),
                                     torch.tensor([chosen[o][0] for o in owner]), label_smoothing=0.05, reduction='none')
        weight = torch.tensor([1.0 / len(chosen[o][1]) for o in owner])
        loss = (per_window * weight).sum() / len(chosen)
        opt.zero_grad(); loss.backward(); torch.nn.utils.clip_grad_norm_(m.parameters(), 1.0); opt.step(); sched.step(); step += 1; tot += loss.item()
        if step % 50 == 0: print(f'ep {ep} step {step}/{steps} loss {tot / 50:.4f} {time.time() - t0:.0f}s', flush=True); tot = 0
    torch.save({'m': m.state_dict(), 'head': head.state_dict()}, a.out)
print('done', time.time() - t0, flush=True)
