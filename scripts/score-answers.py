#!/usr/bin/env python3
"""Score a running service on answer sets written like ../shared/eval/public.jsonl, and on dialogues.

Usage: score-answers.py [--url http://localhost:8080/api/chat] [--show-misses] DIR

DIR holds single-turn sets (*.jsonl, one case a line: id, text, expect, facts) and dialogues in DIR/dialogues/
(*.jsonl, one dialogue a line: id, turns: [{text, expect, facts}]). Single turns are judged exactly as
../shared/eval/score.py judges them (its code is imported). A dialogue is one conversation; it passes when every
turn passes. Two more expectations exist for turns: "any" (not judged) and "different" (the user rejected the
previous reply; this one must not repeat it). Also prints the clarification rate: the share of "answer" cases
whose reply was a "Did you mean...?" (intent "clarify"). Read-only: it never changes a set.
"""
import argparse, collections, glob, json, os, sys, uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"))
from score import judge, post  # noqa: E402  the shared scorer is the one definition of each expectation


def load(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def turn_ok(turn, reply, previous, facts):
    expect = turn["expect"]
    if expect == "any":
        return True, ""
    if expect == "different":
        same = previous is not None and reply.get("reply") == previous.get("reply")
        return not same, "repeated the rejected reply" if same else ""
    return judge({"id": "", **turn, "facts": turn.get("facts", [])}, reply, facts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", default=os.environ.get("CHAT_URL", "http://localhost:8080/api/chat"))
    ap.add_argument("--facts", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                                    "shared", "eval", "facts.json"))
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("dir")
    a = ap.parse_args()
    facts = {k: v for k, v in json.load(open(a.facts)).items() if not k.startswith("_")}
    per_kind = collections.defaultdict(lambda: [0, 0])
    per_file = collections.defaultdict(lambda: [0, 0])
    clarified = answers = 0
    for path in sorted(glob.glob(os.path.join(a.dir, "*.jsonl"))):
        name = os.path.basename(path)
        for case in load(path):
            try:
                reply = post(a.url, {"sessionId": "blind-" + uuid.uuid4().hex, "message": case["text"]})
                ok, why = judge({**case, "facts": case.get("facts", [])}, reply, facts)
            except Exception as ex:  # a failed request is a miss, not a crash
                reply, ok, why = {}, False, str(ex)
            per_kind[case["expect"]][0] += ok; per_kind[case["expect"]][1] += 1
            per_file[name][0] += ok; per_file[name][1] += 1
            if case["expect"] == "answer":
                answers += 1
                clarified += reply.get("intent") == "clarify"
            if not ok and a.show_misses:
                print("MISS", case["id"], case["expect"], case["text"][:160], why, reply.get("intent"),
                      (reply.get("reply") or "")[:80], sep=" | ")
    dialogues = [0, 0]
    for path in sorted(glob.glob(os.path.join(a.dir, "dialogues", "*.jsonl"))):
        for dialogue in load(path):
            session, previous, passed = "blind-" + uuid.uuid4().hex, None, True
            for number, turn in enumerate(dialogue["turns"], 1):
                try:
                    reply = post(a.url, {"sessionId": session, "message": turn["text"]})
                    ok, why = turn_ok(turn, reply, previous, facts)
                except Exception as ex:
                    reply, ok, why = {}, False, str(ex)
                if not ok:
                    passed = False
                    if a.show_misses:
                        print("MISS", dialogue["id"], f"turn {number}", turn["expect"], turn["text"][:120], why,
                              reply.get("intent"), (reply.get("reply") or "")[:80], sep=" | ")
                previous = reply
            dialogues[0] += passed; dialogues[1] += 1
    for kind in sorted(per_kind):
        p, n = per_kind[kind]; print(f"{kind:10s} {p:4d}/{n:<4d} {100 * p / n:5.1f}%")
    for name in sorted(per_file):
        p, n = per_file[name]; print(f"  {name:20s} {p:4d}/{n:<4d}")
    if answers:
        print(f"clarification on answer cases: {clarified}/{answers} = {100 * clarified / answers:.1f}%")
    if dialogues[1]:
        print(f"dialogues  {dialogues[0]:4d}/{dialogues[1]:<4d} {100 * dialogues[0] / dialogues[1]:5.1f}%")


if __name__ == "__main__":
    main()
