"""The labelled messages: every safety set (label per message, the last turn of a conversation), every answer
set (a question is 'none' unless it reports a symptom) and the risk classifier's training file."""
import glob, json, os
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
R = os.path.join(ROOT, 'src/test/resources')
WORK = os.environ.get('SAFETY_MODEL_WORK', os.path.join(ROOT, 'target/safety-model'))
TOKENIZER = os.path.join(WORK, 'all-minilm-l6-v2-tokenizer.json')
BASE_MODEL = os.path.join(WORK, 'all-minilm-l6-v2.onnx')
LABELS = ['none', 'crisis', 'emergency', 'symptom']
def safety_set(path):
    out = []
    for f in sorted(glob.glob(path + '/*.tsv')):
        for line in open(f):
            if line.startswith('#') or '\t' not in line: continue
            lab, msg = line.rstrip('\n').split('\t', 1)
            lab = {'near_miss': 'none'}.get(lab, lab)
            if lab not in LABELS: continue
            turns = [t.strip() for t in msg.split(' || ')]
            out.append((lab, turns[-1], os.path.basename(f)))
    return out
def answers_set(path):
    out = []
    for f in sorted(glob.glob(path + '/*.jsonl')) + sorted(glob.glob(path + '/dialogues/*.jsonl')):
        for line in open(f):
            if not line.strip(): continue
            o = json.loads(line)
            turns = o.get('turns') or [o]
            for t in turns:
                lab = 'symptom' if t['expect'] == 'symptom' else 'none'
                out.append((lab, t['text'], os.path.basename(f)))
    return out
def training_tsv():
    out = []
    for line in open(os.path.join(ROOT, 'intents/safety/training.tsv')):
        if line.startswith('#') or '\t' not in line: continue
        lab, msg = line.rstrip('\n').split('\t', 1)
        lab = {'near_miss': 'none'}.get(lab, lab)
        if lab in LABELS: out.append((lab, msg, 'training'))
    return out
def all_sets():
    s = {('safety', os.path.basename(p)): safety_set(p) for p in glob.glob(R + '/safety/*/') for p in [p.rstrip('/')]}
    a = {('answers', os.path.basename(p)): answers_set(p) for p in glob.glob(R + '/answers/*/') for p in [p.rstrip('/')]}
    return s, a
def extra():
    """Plain questions (the classifier's intent and off-topic examples) and the small top-level safety sets."""
    out = []
    for f in sorted(glob.glob(ROOT + '/intents/*.txt')) + [ROOT + '/intents/out-of-scope/examples.txt']:
        for line in open(f):
            t = line.strip()
            if t and not t.startswith('#'): out.append(('none', t, os.path.basename(f)))
    for f in (R + '/safety/near-misses.tsv', R + '/safety/urgent.tsv'):
        for line in open(f):
            if line.startswith('#') or '\t' not in line: continue
            lab, msg = line.rstrip('\n').split('\t', 1)
            out.append((lab if lab in LABELS else 'none', msg, os.path.basename(f)))
    return out
