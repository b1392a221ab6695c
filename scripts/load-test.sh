#!/usr/bin/env bash
# Load test on loopback: POST /api/chat against /actuator/health/liveness of the same service, with wrk.
# Bounded: a short warm-up and DURATION per endpoint. Rate limits are raised (not switched off) so their cost
# is measured too. Results go to stdout as a Markdown table; copy them into docs/performance.md.
#
#   scripts/load-test.sh                     # port 18080, 20 s per endpoint, 2 threads, 16 connections
#   PORT=8087 DURATION=20s scripts/load-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-18080}"
DURATION="${DURATION:-20s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
HOST=127.0.0.1   # loopback only: this script never sends load anywhere else
# A fixed heap makes memory comparable between runs (the JVM default is a quarter of the machine's RAM).
read -r -a JVM_OPTS <<< "${JAVA_OPTS:--Xms256m -Xmx512m}"
BASE="http://${HOST}:${PORT}"
OUT="target/load-test"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
mkdir -p "$OUT"

./mvnw -B -q -DskipTests package   # always the current code
. scripts/service.sh
trap stop_service EXIT
start_service "$OUT/service.log" \
  --assistant.rate-limit.per-session.limit=100000000 \
  --assistant.rate-limit.per-client.limit=100000000

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$PID/status"; }
heap_mb() {
  curl -fs "$BASE/actuator/prometheus" |
    awk '/^jvm_memory_used_bytes\{.*area="heap"/ { sum += $NF } END { printf "%.0f", sum / 1048576 }'
}

run() { # name, file, url, extra wrk args...
  local name="$1" file="$OUT/$2.txt" url="$3"; shift 3
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$@" "$url" >/dev/null    # warm-up: JIT, caches
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" > "$file"
  local rps p50 p99 non2xx
  rps=$(awk '/^Requests\/sec/ { print $2 }' "$file")
  p50=$(awk '$1 == "50%" { print $2 }' "$file")
  p99=$(awk '$1 == "99%" { print $2 }' "$file")
  non2xx=$(awk '/Non-2xx/ { print $NF }' "$file")
  printf '| %s | %s | %s | %s | %s | %s MB | %s MB |\n' "$name" "$rps" "$p50" "$p99" "${non2xx:-0}" "$(rss_mb)" "$(heap_mb)"
}

echo "Idle after start: RSS $(rss_mb) MB, heap used $(heap_mb) MB"
echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per endpoint after a 5 s warm-up; $(nproc) cores"
echo
echo "| endpoint | requests/s | p50 | p99 | non-2xx | RSS after | heap used after |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
run "GET /actuator/health/liveness" liveness "$BASE/actuator/health/liveness"
run "POST /api/chat" chat "$BASE/api/chat" -s scripts/load-test-chat.lua
pipeline=$(curl -fs "$BASE/actuator/prometheus" | awk '
  /^assistant_turn_duration_seconds_sum\{.*channel="web"/ { sum = $NF }
  /^assistant_turn_duration_seconds_count\{.*channel="web"/ { count = $NF }
  END { if (count > 0) printf "%.3f ms mean over %d turns", 1000 * sum / count, count }')
echo
echo "Pipeline time inside the service (assistant_turn_duration_seconds, web): $pipeline"
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews the numbers)"
echo "Raw wrk output: $OUT/"
