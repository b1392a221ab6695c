#!/usr/bin/env bash
# Startup benchmark: the service's jar and a bare Spring Boot app with the same starters (scripts/bare-app), started
# alternately RUNS times each; prints the seconds from launch to readiness of every run, both medians and their
# ratio. Run after ./mvnw package. Loopback only.
#   scripts/startup-benchmark.sh [RUNS]        (default 5; JVM_OPTS applies to both apps)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
PORT=${PORT:-18080}
read -r -a JVM_OPTS <<< "${JVM_OPTS:-}"
ours=$(ls target/liver-mets-assistant-*.jar 2>/dev/null | grep -v original | head -1) \
  || { echo "no service jar: run ./mvnw package first" >&2; exit 1; }
bare=scripts/bare-app/target/bare-app-0.jar
[ -f "$bare" ] || ./mvnw -q -f scripts/bare-app/pom.xml -DskipTests package
log=$(mktemp -d)
trap 'kill $PID 2>/dev/null || true; rm -rf "$log"' EXIT
PID=

# Seconds from launch until the readiness probe answers 200, then the process's RSS in MB; stops the process.
ready_after() {
  local jar="$1" start now
  start=$(date +%s%N)
  java "${JVM_OPTS[@]}" -jar "$jar" --server.address=127.0.0.1 --server.port="$PORT" --spring.profiles.active=dev > "$log/out" 2>&1 &
  PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness"; do
    kill -0 "$PID" 2>/dev/null || { echo "$jar did not start:" >&2; tail -20 "$log/out" >&2; exit 1; }
    sleep 0.05
  done
  now=$(date +%s%N)
  local rss
  rss=$(( $(ps -o rss= -p "$PID") / 1024 ))
  kill "$PID"; wait "$PID" 2>/dev/null || true
  printf '%s %s\n' "$(awk -v a="$start" -v b="$now" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')" "$rss"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $(java -version 2>&1 | head -1)"
: > "$log/bare"; : > "$log/ours"
for run in $(seq 1 "$RUNS"); do
  read -r b brss < <(ready_after "$bare"); echo "$b" >> "$log/bare"
  read -r o orss < <(ready_after "$ours"); echo "$o" >> "$log/ours"
  echo "run $run: bare ${b} s (${brss} MB), service ${o} s (${orss} MB)"
done
mb=$(median < "$log/bare"); mo=$(median < "$log/ours")
echo "median readiness: bare ${mb} s, service ${mo} s, ratio $(awk -v a="$mo" -v b="$mb" 'BEGIN { printf "%.2f", a / b }')"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
