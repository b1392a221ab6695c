"""The labelled messages: every safety set (label per message, the last turn of a conversation), every answer
set (a question is 'none' unless it reports a symptom) and the risk classifier's training file."""
import glob, json, os
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
R = os.path.join(ROOT, 'src/test/resources')
WORK = os.environ.get('SAFETY_MODEL_WORK', os.path.join(ROOT, 'target/safety-model'))
TOKENIZER = os.path.join(WORK, 'all-minilm-l6-v2-tokenizer.json')
BASE_MODEL = os.path.join(WORK, 'all-minilm-l6-v2.onnx')
LABELS = ['none', 'crisis', 'emergency', 'symptom']
def labelled_lines(path):
    """label<TAB>message lines; near_miss and the near-miss kinds (informational, ...) count as none."""
    for line in open(path):
        if line.startswith('#') or '\t' not in line: continue
        lab, msg = line.rstrip('\n').split('\t', 1)
        yield (lab if lab in LABELS else 'none'), msg
def safety_set(path):
    """The last turn of each case: the label is about it."""
    return [(l, m.split(' || ')[-1].strip(), os.path.basename(f))
            for f in sorted(glob.glob(path + '/*.tsv')) for l, m in labelled_lines(f)]
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
    return [(l, m, 'training') for l, m in labelled_lines(os.path.join(ROOT, 'intents/safety/training.tsv'))]
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
        out += [(l, m, os.path.basename(f)) for l, m in labelled_lines(f)]
    return out
