#!/usr/bin/env python3
"""Record what a running service answers to every message of the answer and safety sets, and compare two records.

A change made for speed must not change what the service answers; this shows it does not, and what it costs.

  compare-replies.py record [--only TEXT] URL OUT.jsonl   # e.g. http://localhost:8095/api/chat
  compare-replies.py diff BEFORE.jsonl AFTER.jsonl        # prints every turn that differs, then the count

`record` sends every message of src/test/resources/answers/*/ (*.jsonl, and dialogues/*.jsonl as one conversation
each) and src/test/resources/safety/*/*.tsv (a case of several " || " turns as one conversation), two
conversations at a time, and writes one line per turn: intent, triage, safety rule, sources, reply, suggestions,
confidence. It prints the forward passes of each sentence encoder the turns cost (the counter
assistant_nlu_encoder_passes_total on /actuator/prometheus): start the service fresh for that figure, since it
remembers the vectors of recent texts. --only keeps the cases whose file path contains TEXT (e.g. answers/dev-4).
Start the service with the rate limits raised (--assistant.rate-limit.per-session.limit=100000000
--assistant.rate-limit.per-client.limit=100000000). `diff` compares everything but the confidence, whose largest
change it prints.
"""
import argparse, concurrent.futures, glob, json, os, re, urllib.request, uuid

RESOURCES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources")
FIELDS = ["intent", "triage", "rule", "sources", "reply", "suggestions"]


def post(url, body):
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read().decode("utf-8"))


def conversations():
    """(case id, turns) for every case; the id is the file under src/test/resources and the line number."""
    def lines(pattern):
        for path in sorted(glob.glob(os.path.join(RESOURCES, pattern))):
            name = os.path.relpath(path, RESOURCES)
            for number, line in enumerate(open(path, encoding="utf-8"), 1):
                if line.strip() and not line.startswith("#"):
                    yield f"{name}:{number}", line.rstrip("\n")
    for case, line in lines("answers/*/*.jsonl"):
        yield case, [json.loads(line)["text"]]
    for case, line in lines("answers/*/dialogues/*.jsonl"):
        yield case, [turn["text"] for turn in json.loads(line)["turns"]]
    for case, line in lines("safety/*/*.tsv"):
        yield case, [turn.strip() for turn in line.split("\t", 1)[1].split(" || ")]


def passes(url):
    text = urllib.request.urlopen(url.split("/api/")[0] + "/actuator/prometheus").read().decode()
    return {m.group(1): float(m.group(2)) for m in
            re.finditer(r'^assistant_nlu_encoder_passes_total\{[^}]*model="([^"]+)"[^}]*\} (\S+)', text, re.M)}


def converse(url, case, turns):
    session = "compare-" + uuid.uuid4().hex
    recorded = []
    for number, text in enumerate(turns):
        reply = post(url, {"sessionId": session, "message": text})
        recorded.append({"turn": f"{case}#{number}", "intent": reply.get("intent"), "triage": reply.get("triage"),
                         "rule": (reply.get("safety") or {}).get("rule"),
                         "sources": [source.get("passage") for source in reply.get("sources") or []],
                         "reply": reply.get("reply"), "suggestions": reply.get("suggestions"),
                         "confidence": reply.get("confidence")})
    return recorded


def record(url, out, only):
    cases = [case for case in conversations() if only in case[0]]
    before = passes(url)
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        turns = [turn for turns in pool.map(lambda case: converse(url, *case), cases) for turn in turns]
    after = passes(url)
    with open(out, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(turn) + "\n" for turn in turns)
    print(f"{len(turns)} turns of {len(cases)} cases -> {out}")
    for model in sorted(after):
        count = after[model] - before.get(model, 0)
        print(f"{model}: {count:.0f} forward passes, {count / len(turns):.3f} a turn")


def diff(before, after):
    old = {turn["turn"]: turn for turn in map(json.loads, open(before, encoding="utf-8"))}
    new = {turn["turn"]: turn for turn in map(json.loads, open(after, encoding="utf-8"))}
    if old.keys() != new.keys():
        raise SystemExit("the records are of different turns: record both with the same sets and --only")
    differing = 0
    confidence = 0.0
    for key, turn in old.items():
        changed = [field for field in FIELDS if turn[field] != new[key][field]]
        if changed:
            differing += 1
            print(key, {field: (turn[field], new[key][field]) for field in changed})
        if turn["confidence"] is not None and new[key]["confidence"] is not None:
            confidence = max(confidence, abs(turn["confidence"] - new[key]["confidence"]))
    print(f"{differing} of {len(old)} turns differ; largest change of confidence {confidence:.2g}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    recording = commands.add_parser("record")
    recording.add_argument("--only", default="")
    recording.add_argument("url")
    recording.add_argument("out")
    comparing = commands.add_parser("diff")
    comparing.add_argument("before")
    comparing.add_argument("after")
    args = parser.parse_args()
    if args.command == "record":
        record(args.url, args.out, args.only)
    else:
        diff(args.before, args.after)


if __name__ == "__main__":
    main()
