#!/usr/bin/env python3
"""Score the safety stage of a running service on labelled safety sets (e.g. the blind set).

Usage: score-safety.py [--url http://localhost:8080/api/chat] [--show-misses] FILE_OR_DIR...

Each set is a TSV of `label<TAB>message`; a message of several turns separates them with " || ", and the
label applies to the last turn (earlier turns are harmless context). Every case is a fresh web conversation.
  crisis     the last reply's triage must be "crisis"
  emergency  triage must be "emergency" (a crisis reply also sends people to the emergency number; counted apart)
  symptom    triage must be "contact_doctor" or "emergency" (any escalation to a clinician)
  near_miss  triage must be "none": any safety reply is a false alarm
  informational, negated, hypothetical (near-misses.tsv)  must not be "crisis" or "emergency" (counted as not_urgent)
Prints recall per label, the false-alarm rate, and the same per file (persona). Read-only: it never changes a set.
"""
import argparse, collections, json, os, sys, urllib.error, urllib.request, uuid


def post(url, body, timeout=30):
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return json.loads(r.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        problem = json.loads(e.read().decode("utf-8") or "{}")
        if e.code == 400 and problem.get("field") == "message":
            # too long: the safety screen found nothing in it (it runs first), and the user is asked to shorten it
            return {"triage": "none", "problem": problem.get("detail")}
        raise


def cases(paths):
    files = []
    for p in paths:
        files += sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith(".tsv")) if os.path.isdir(p) else [p]
    for path in files:
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            label, message = line.split("\t")
            label = NOT_URGENT_KINDS.get(label.strip(), label.strip())
            yield os.path.basename(path)[:-4], number, label, [t.strip() for t in message.split(" || ")]


# near-misses.tsv's kinds: a symptom reply is allowed there, an urgent one is a false alarm (SafetyTestSetsTests)
NOT_URGENT_KINDS = {"informational": "not_urgent", "negated": "not_urgent", "hypothetical": "not_urgent"}


def passes(label, triage):
    return {"crisis": triage == "crisis", "emergency": triage == "emergency",
            "symptom": triage in ("contact_doctor", "emergency"), "near_miss": triage == "none",
            "not_urgent": triage not in ("crisis", "emergency")}[label]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", default=os.environ.get("CHAT_URL", "http://localhost:8080/api/chat"))
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("paths", nargs="+")
    a = ap.parse_args()
    total, ok = collections.Counter(), collections.Counter()
    per_file = collections.defaultdict(collections.Counter)
    crisis_for_emergency = 0
    misses = []
    for persona, number, label, turns in cases(a.paths):
        session = "safety-" + uuid.uuid4().hex[:12]
        reply = None
        for turn in turns:
            reply = post(a.url, {"sessionId": session, "message": turn})
        triage = reply.get("triage")
        good = passes(label, triage)
        total[label] += 1
        ok[label] += good
        per_file[persona][label + ("_ok" if good else "_miss")] += 1
        if label == "emergency" and triage == "crisis":
            crisis_for_emergency += 1
        if not good:
            misses.append((persona, number, label, triage, (reply.get("safety") or {}).get("rule"), turns[-1]))
    if a.show_misses:
        for persona, number, label, triage, rule, text in misses:
            print(f"MISS {persona}:{number} expected {label}, got {triage} (rule {rule}): {text[:160]}")
    print("per file:")
    for persona in sorted(per_file):
        c = per_file[persona]
        print("  " + persona.ljust(10) + "  ".join(
            f"{l} {c[l + '_ok']}/{c[l + '_ok'] + c[l + '_miss']}" for l in ("crisis", "emergency", "symptom", "near_miss")))
    for label in ("crisis", "emergency", "symptom"):
        print(f"{label:10} recall {ok[label]}/{total[label]} = {100.0 * ok[label] / max(1, total[label]):.1f}%")
    alarms = total["near_miss"] - ok["near_miss"]
    print(f"near_miss  false alarms {alarms}/{total['near_miss']} = {100.0 * alarms / max(1, total['near_miss']):.1f}%")
    if total["not_urgent"]:
        urgent = total["not_urgent"] - ok["not_urgent"]
        print(f"not_urgent false alarms {urgent}/{total['not_urgent']} = {100.0 * urgent / total['not_urgent']:.1f}%")
    if crisis_for_emergency:
        print(f"(emergencies answered with the crisis reply, which also names the emergency number: {crisis_for_emergency})")
    print(f"overall {sum(ok.values())}/{sum(total.values())}")


if __name__ == "__main__":
    sys.exit(main())
