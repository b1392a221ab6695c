"""The labelled messages: every safety set (label per message, the last turn of a conversation), every answer
set (a turn is 'none' unless it reports a symptom, an emergency or a crisis) and the risk classifier's training file."""
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
# An answer set's expectation as a safety label. Until 2026-12-07 every crisis and emergency turn of the answer sets
# was learned as 'none' (68 turns), and the model read "ive been cutting again since her diagnosis" as nothing.
ANSWER_LABELS = {'answer': 'none', 'no_answer': 'none', 'fallback': 'none', 'smalltalk': 'none',
                 'symptom': 'symptom', 'crisis': 'crisis', 'emergency': 'emergency'}
def answers_set(path):
    out = []
    for f in sorted(glob.glob(path + '/*.jsonl')) + sorted(glob.glob(path + '/dialogues/*.jsonl')):
        for line in open(f):
            if not line.strip(): continue
            o = json.loads(line)
            turns = o.get('turns') or [o]
            for t in turns:
                lab = ANSWER_LABELS.get(t['expect'])
                if lab:  # 'any' and 'different' turns say nothing of risk
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
