"""Recall and false alarms per set of predict.py's output, at a few threshold triples (crisis, emergency,
symptom), counted as scripts/score-safety.py counts them."""
import sys, json, collections
def decide(p, tc, te, ts):
    if p[1] >= tc: return 'crisis'
    if p[2] >= te: return 'emergency'
    if p[3] + p[2] >= ts: return 'symptom'
    return 'none'
def ok(lab, d): return {'crisis': d == 'crisis', 'emergency': d == 'emergency', 'symptom': d in ('symptom', 'emergency'), 'none': d == 'none'}[lab]
def score(rows, tc, te, ts):
    c = collections.Counter(); n = collections.Counter()
    for r in rows:
        d = decide(r['p'], tc, te, ts); n[r['label']] += 1; c[r['label']] += ok(r['label'], d)
    return c, n
if __name__ == '__main__':
    rows = [json.loads(l) for l in open(sys.argv[1])]
    grid = [(0.5, 0.5, 0.5), (0.3, 0.4, 0.4), (0.2, 0.3, 0.3), (0.1, 0.2, 0.3), (0.05, 0.1, 0.2)]
    sets = sorted({r['set'] for r in rows})
    for g in grid:
        print('thresholds', g)
        for s in sets + ['ALL']:
            rs = [r for r in rows if r['set'] == s or s == 'ALL']
            c, n = score(rs, *g)
            print(f"  {s:22s} crisis {c['crisis']}/{n['crisis']} em {c['emergency']}/{n['emergency']} sym {c['symptom']}/{n['symptom']} FA {n['none']-c['none']}/{n['none']}")
