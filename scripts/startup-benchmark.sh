#!/usr/bin/env bash
# Startup benchmark: the service's jar and a bare Spring Boot app with the same starters (scripts/bare-app), started
# alternately RUNS times each; prints the seconds from launch to readiness of every run, both medians and their
# ratio, and the same for the CPU seconds (user + sys, every thread) each process had used when it became ready: on
# a shared machine the wall times jump with other jobs' load, the CPU times hardly. Run after ./mvnw package.
# Loopback only.
#   scripts/startup-benchmark.sh [RUNS]        (default 5; JVM_OPTS applies to every app)
#   BASELINE_JAR=/tmp/old.jar scripts/startup-benchmark.sh   # also starts an older build in every round, so a change
#                                                            # is compared with the bare app and the old build in one run
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

# Seconds from launch until the readiness probe answers 200, the process's CPU seconds by then, and its RSS in MB;
# stops the process.
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
  local rss cpu
  cpu=$(awk -v tick="$(getconf CLK_TCK)" '{ sub(/.*\) /, ""); printf "%.2f", ($12 + $13) / tick }' "/proc/$PID/stat")
  rss=$(( $(ps -o rss= -p "$PID") / 1024 ))
  kill "$PID"; wait "$PID" 2>/dev/null || true
  printf '%s %s %s\n' "$(awk -v a="$start" -v b="$now" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')" "$cpu" "$rss"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

baseline=${BASELINE_JAR:-}
[ -z "$baseline" ] || [ -f "$baseline" ] || { echo "BASELINE_JAR $baseline is not a file" >&2; exit 1; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $(java -version 2>&1 | head -1)"
for app in bare ours base; do : > "$log/$app"; : > "$log/$app-cpu"; done
for run in $(seq 1 "$RUNS"); do
  read -r b bcpu brss < <(ready_after "$bare"); echo "$b" >> "$log/bare"; echo "$bcpu" >> "$log/bare-cpu"
  line="run $run: bare ${b} s (CPU ${bcpu} s, ${brss} MB)"
  if [ -n "$baseline" ]; then
    read -r p pcpu prss < <(ready_after "$baseline"); echo "$p" >> "$log/base"; echo "$pcpu" >> "$log/base-cpu"
    line="$line, baseline ${p} s (CPU ${pcpu} s, ${prss} MB)"
  fi
  read -r o ocpu orss < <(ready_after "$ours"); echo "$o" >> "$log/ours"; echo "$ocpu" >> "$log/ours-cpu"
  echo "$line, service ${o} s (CPU ${ocpu} s, ${orss} MB)"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
mb=$(median < "$log/bare"); mo=$(median < "$log/ours")
echo "median readiness: bare ${mb} s, service ${mo} s, ratio $(ratio "$mo" "$mb")"
cb=$(median < "$log/bare-cpu"); co=$(median < "$log/ours-cpu")
echo "median CPU by readiness: bare ${cb} s, service ${co} s, ratio $(ratio "$co" "$cb")"
if [ -n "$baseline" ]; then
  mp=$(median < "$log/base"); cp=$(median < "$log/base-cpu")
  echo "baseline: median readiness ${mp} s, ratio to bare $(ratio "$mp" "$mb"); median CPU ${cp} s, ratio $(ratio "$cp" "$cb")"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
