"""The labelled messages: every safety set (label per message, the last turn of a conversation), every answer
set (a turn is 'none' unless it reports a symptom, an emergency or a crisis) and the risk classifier's training file."""
import glob, json, os, re
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
LEVELS = {'CRISIS': 'crisis', 'EMERGENCY': 'emergency', 'CONTACT_DOCTOR': 'symptom'}
def _java_strings(block):
    return [s.encode().decode('unicode_escape') for s in re.findall(r'"((?:[^"\\]|\\.)*)"', block)]
def round_probes():
    """The safety round tests' probes (src/test/java/.../safety/*RoundRuleTests.java): each `message | LEVEL` row of a
    @CsvSource, and each @ValueSource message whose test asserts no level at all. Terse probes like these are what the
    persona sets lack: a model that never saw them read "he says this is his last birthday and he will make sure of it"
    at its floor (docs/safety.md, "The model's say")."""
    out = []
    for f in sorted(glob.glob(ROOT + '/src/test/java/com/livermets/assistant/safety/*RoundRuleTests.java')):
        src = open(f).read()
        for m in re.finditer(r'@CsvSource\(delimiter = .\|.,\s*textBlock = """(.*?)"""', src, re.S):
            for row in m.group(1).splitlines():
                msg, _, level = row.strip().rpartition(' | ')
                if level in LEVELS: out.append((LEVELS[level], msg, os.path.basename(f)))
        for m in re.finditer(r'@ValueSource\((.*?)\}\s*\)\s*void \w+\(String message\) \{\s*(.*?)\n\t\}', src, re.S):
            if re.search(r'levelOf\(message\)\)\.as\(message\)\.isEmpty\(\)|triage\(\)\.assess\(message\)\)\.as\(message\)\.is(Empty|EqualTo\(Optional\.empty)', m.group(2)):
                out += [('none', s, os.path.basename(f)) for s in _java_strings(m.group(1))]
    return out
