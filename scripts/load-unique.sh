#!/usr/bin/env bash
# Load test with messages that never repeat (scripts/unique-messages.py, 250,000 of them), so every turn pays for a
# new message: POST /api/chat, then the same service's liveness endpoint, then nlp.js trained on the same intents/
# (installed from the npm registry into target/nlpjs), one after another, with the same wrk settings. Prints
# requests/s, p50, p99, errors, the classification cache's hits, RSS, and the ratios. Loopback only, bounded.
#
#   scripts/load-unique.sh                          # 30 s per run, 2 wrk threads, 8 connections
#   BASELINE_JAR=/tmp/old.jar scripts/load-unique.sh  # also measures an older build first, in the same run
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-18080}"; NLP_PORT="${NLP_PORT:-18099}"
DURATION="${DURATION:-30s}"; THREADS="${THREADS:-2}"; CONNECTIONS="${CONNECTIONS:-8}"
HOST=127.0.0.1
read -r -a JVM_OPTS <<< "${JAVA_OPTS:-}"
OUT=target/load-unique
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
JAR="${JAR:-$(ls target/liver-mets-assistant-*.jar 2>/dev/null | grep -v original | head -1)}"
[ -f "$JAR" ] || { echo "no service jar: run ./mvnw package first" >&2; exit 1; }
COUNT="${COUNT:-250000}"   # nlp.js gets through about 6,000 a second: enough that no run repeats one
python3 scripts/unique-messages.py "$COUNT" > "$OUT/messages.txt"
export MESSAGES="$OUT/messages.txt" THREADS
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null || true' EXIT

. scripts/service.sh  # wait_ready

# The warm-up takes the last 10,000 messages and the measured run the rest, so measured messages are all new.
measure() { # name url file
  START=$((COUNT - 10000)) LIMIT=10000 wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s scripts/load-unique.lua "$2" > /dev/null 2>&1
  START=0 LIMIT=$((COUNT - 10000)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s scripts/load-unique.lua "$2" > "$3"
  report "$1" "$3"
}
report() { # name file
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ { print $2 }' "$2"); p50=$(awk '$1 == "50%" { print $2 }' "$2")
  p99=$(awk '$1 == "99%" { print $2 }' "$2")
  errors=$(awk '/Non-2xx|Socket errors/ { printf "%s ", $0 }' "$2")
  printf '| %s | %s | %s | %s | %s | %s MB |\n' "$1" "$rps" "$p50" "$p99" "${errors:-0}" \
    "$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$PID/status")"
  echo "$rps" > "$2.rps"
}

service() { # name jar
  java "${JVM_OPTS[@]}" -jar "$2" --server.address="$HOST" --server.port="$PORT" --spring.profiles.active=dev \
    --assistant.rate-limit.per-session.limit=100000000 --assistant.rate-limit.per-client.limit=100000000 \
    > "$OUT/$1.log" 2>&1 &
  PID=$!
  wait_ready "http://$HOST:$PORT/actuator/health/readiness" "$PID" "$OUT/$1.log"
  measure "$1: POST /api/chat" "http://$HOST:$PORT/api/chat" "$OUT/$1-chat.txt"
  local hits
  hits=$(curl -fs "http://$HOST:$PORT/actuator/prometheus" |
    awk '/^cache_gets_total\{.*cache="nlu-classifications".*result="hit"/ { print $NF }')
  echo "|   classification cache hits during the runs: ${hits:-?} |"
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; wrk $THREADS threads, $CONNECTIONS connections, $DURATION after a 10 s warm-up on other messages"
echo
echo "| run | requests/s | p50 | p99 | errors | RSS after |"
echo "| --- | ---: | ---: | ---: | --- | ---: |"
[ -n "${BASELINE_JAR:-}" ] && service baseline "$BASELINE_JAR"
service service "$JAR"
# liveness of the same build, for what the HTTP stack alone costs
java "${JVM_OPTS[@]}" -jar "$JAR" --server.address="$HOST" --server.port="$PORT" --spring.profiles.active=dev > "$OUT/liveness.log" 2>&1 &
PID=$!
wait_ready "http://$HOST:$PORT/actuator/health/readiness" "$PID" "$OUT/liveness.log"
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "http://$HOST:$PORT/actuator/health/liveness" > /dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://$HOST:$PORT/actuator/health/liveness" > "$OUT/liveness.txt"
report "service: GET /actuator/health/liveness" "$OUT/liveness.txt"
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=

[ -d target/nlpjs/node_modules/node-nlp ] ||
  npm install --prefix target/nlpjs --no-audit --no-fund --silent node-nlp@4.27.0 > /dev/null
NODE_PATH=target/nlpjs/node_modules node scripts/nlpjs/server.js intents "$NLP_PORT" > "$OUT/nlpjs.log" 2>&1 &
PID=$!
for _ in $(seq 1 300); do grep -q listening "$OUT/nlpjs.log" && break; sleep 0.2; done
measure "nlp.js (node-nlp 4.27): POST /api/chat" "http://$HOST:$NLP_PORT/api/chat" "$OUT/nlpjs.txt"
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=

ratio() { awk -v a="$(cat "$1")" -v b="$(cat "$2")" 'BEGIN { printf "%.3f", a / b }'; }
echo
echo "chat / liveness: $(ratio "$OUT/service-chat.txt.rps" "$OUT/liveness.txt.rps")"
echo "chat / nlp.js: $(ratio "$OUT/service-chat.txt.rps" "$OUT/nlpjs.txt.rps")"
[ -n "${BASELINE_JAR:-}" ] && echo "chat / baseline chat: $(ratio "$OUT/service-chat.txt.rps" "$OUT/baseline-chat.txt.rps")"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
