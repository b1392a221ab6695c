#!/usr/bin/env bash
# Scores every read set of one kind against a running service, one file of results per set, and prints the totals.
# For a round's side-by-side comparison: run it against two jars on two ports, then diff the MISS lines of the two
# output folders. Unread blind sets must be skipped by name: their misses are for after their one after-score.
#
#   scripts/score-sets.sh safety  http://127.0.0.1:8081/api/chat target/score/base  --skip blind-34 dev-35
#   scripts/score-sets.sh answers http://127.0.0.1:8082/api/chat target/score/round --skip blind-29
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: $0 safety|answers URL OUTDIR [--skip SET ...]" >&2; exit 2; }
[ $# -ge 3 ] || usage
KIND="$1"; URL="$2"; OUT="$3"; shift 3
case "$KIND" in
  safety) SCORER=scripts/score-safety.py ;;
  answers) SCORER=scripts/score-answers.py ;;
  *) usage ;;
esac
SKIP=()
if [ $# -gt 0 ]; then
  [ "$1" = "--skip" ] || usage
  shift
  SKIP=("$@")
fi
curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"sessionId":"score-sets-check","message":"hello"}' "$URL" \
  || { echo "no service answers at $URL" >&2; exit 1; }

SETS="src/test/resources/$KIND"
mkdir -p "$OUT"
skipped() { local s; for s in "${SKIP[@]}"; do [ "$s" = "$1" ] && return 0; done; return 1; }
targets=()
for dir in "$SETS"/*/; do
  name=$(basename "$dir")
  skipped "$name" || targets+=("$dir")
done
# the hand-written safety files beside the folders
[ "$KIND" = safety ] && targets+=("$SETS/near-misses.tsv" "$SETS/urgent.tsv")

# four sets at a time: each scorer waits on the service, which uses the cores
for target in "${targets[@]}"; do
  name=$(basename "${target%/}" .tsv)
  python3 "$SCORER" --url "$URL" --show-misses "$target" > "$OUT/$name.txt" 2>&1 &
  while [ "$(jobs -rp | wc -l)" -ge 4 ]; do sleep 0.2; done
done
wait

python3 - "$KIND" "$OUT" <<'EOF'
import glob, os, re, sys
kind, out = sys.argv[1], sys.argv[2]
total, failed = {}, []
for path in sorted(glob.glob(os.path.join(out, "*.txt"))):
    text = open(path, encoding="utf-8").read()
    if kind == "safety":
        rows = re.findall(r"^(crisis|emergency|symptom)\s+recall (\d+)/(\d+)", text, re.M)
        rows += [("false_alarms",) + m for m in re.findall(r"^near_miss\s+false alarms (\d+)/(\d+)", text, re.M)]
        rows += [("urgent_on_not_urgent",) + m for m in re.findall(r"^not_urgent false alarms (\d+)/(\d+)", text, re.M)]
    else:
        rows = re.findall(r"^(\w+)\s+(\d+)/(\d+)\s", text, re.M)
        rows += [("clarified",) + m for m in re.findall(r"clarification on answer cases: (\d+)/(\d+)", text)]
    if not rows:
        failed.append(os.path.basename(path))
    for label, passed, count in rows:
        p, n = total.get(label, (0, 0))
        total[label] = (p + int(passed), n + int(count))
print(f"{len(glob.glob(os.path.join(out, '*.txt')))} files in {out}")
for label, (p, n) in total.items():
    print(f"  {label:14s} {p}/{n}")
if failed:
    print("no result (see the file):", ", ".join(failed))
    sys.exit(1)
EOF
