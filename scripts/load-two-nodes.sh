#!/usr/bin/env bash
# Load on two nodes sharing one Redis (issue 18), beside one node alone, in one run: never-repeated messages
# (scripts/unique-messages.py, sent by scripts/load-unique.lua, one new conversation per request), rate limits raised
# (not switched off), loopback only, bounded in time; everything it starts is stopped and its temporary directory
# removed on exit. Prints requests/s, p50, p99 and errors (non-2xx and socket errors) per row, RSS per node, and for
# Redis the commands and the Redis CPU time per turn.
#
#   scripts/load-two-nodes.sh               # STORE=redis: one node (embedded store), then two nodes on one Redis
#   STORE=embedded scripts/load-two-nodes.sh  # one node, then two nodes each with its own embedded store (no Redis)
#
# Rows, in this order, each after a 10 s warm-up on other messages:
#   1. one node, embedded store: wrk -t2 -c8 on its port;
#   2. two nodes: two wrk processes at once, -t1 -c4 each, one per port, so the two rows offer the same 8 connections.
# Redis (STORE=redis) is Debian's redis-server on a free port with the manifests' durability (appendonly yes,
# appendfsync always: deploy/k8s/redis.yaml), in a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/.."
STORE="${STORE:-redis}"
DURATION="${DURATION:-30s}"; CONNECTIONS="${CONNECTIONS:-8}"
HOST=127.0.0.1
read -r -a JVM_OPTS <<< "${JAVA_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m}"
export MALLOC_ARENA_MAX=2
case "$STORE" in redis|embedded) ;; *) echo "STORE is redis or embedded" >&2; exit 1 ;; esac
for tool in wrk curl python3; do command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 1; }; done
[ "$STORE" = embedded ] || command -v redis-server >/dev/null || { echo "redis-server is missing: apt-get install redis-server" >&2; exit 1; }
JAR="${JAR:-$(ls target/liver-mets-assistant-*.jar 2>/dev/null | grep -v original | head -1)}"
[ -f "$JAR" ] || { echo "no service jar: run ./mvnw -DskipTests package first" >&2; exit 1; }
OUT=target/load-two-nodes
mkdir -p "$OUT"
TMP=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$TMP"
}
trap cleanup EXIT

. scripts/service.sh  # wait_ready
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Each measured run takes a block of messages no other run uses; a warm-up takes a smaller one.
BLOCK=20000; WARM=4000; NEXT=0
export MESSAGES="$OUT/messages.txt"
python3 scripts/unique-messages.py $((5 * (BLOCK + WARM))) > "$MESSAGES"

start_node() { # name port args... ; appends to PIDS, sets NODE_PID
  local name="$1" port="$2"; shift 2
  java "${JVM_OPTS[@]}" -jar "$JAR" --server.address="$HOST" --server.port="$port" --spring.profiles.active=dev \
    --assistant.rate-limit.per-session.limit=100000000 --assistant.rate-limit.per-client.limit=100000000 \
    --assistant.sms.suppression-file="$TMP/$name-suppression.mv.db" "$@" > "$OUT/$name.log" 2>&1 &
  NODE_PID=$!
  PIDS+=("$NODE_PID")
}
# wrk on one port in the background: warm-up, then the measured run into FILE. Sets WRK_PID.
load() { # port threads connections file
  local warm=$NEXT measured=$((NEXT + WARM)); NEXT=$((NEXT + WARM + BLOCK))
  ( THREADS=$2 START=$warm LIMIT=$WARM wrk -t"$2" -c"$3" -d10s -s scripts/load-unique.lua "http://$HOST:$1/api/chat" > /dev/null 2>&1
    THREADS=$2 START=$measured LIMIT=$BLOCK wrk -t"$2" -c"$3" -d"$DURATION" --latency -s scripts/load-unique.lua \
      "http://$HOST:$1/api/chat" > "$4" 2>&1 ) &
  WRK_PID=$!
}
field() { # file: requests requests/s p50 p99 errors
  awk '/ requests in / { n = $1 } /^Requests\/sec/ { r = $2 } $1 == "50%" { p50 = $2 } $1 == "99%" { p99 = $2 }
       /Non-2xx/ { e += $NF } /Socket errors/ { gsub(",", ""); e += $4 + $6 + $8 + $10 }
       END { printf "%s %s %s %s %d\n", n, r, p50, p99, e }' "$1"
}
rss() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
stop() { kill "$@" 2>/dev/null || true; for pid in "$@"; do wait "$pid" 2>/dev/null || true; done; }
redis_totals() { # calls usec, summed over the commands turns send (not this script's INFO, nor health checks')
  redis-cli -p "$REDIS_PORT" info commandstats |
    awk -F'[:=,]' '/^cmdstat_/ && !/^cmdstat_(info|ping)[:|]/ { calls += $3; usec += $5 } END { printf "%d %d\n", calls, usec }'
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $DURATION per row after a 10 s warm-up; store $STORE"
echo
echo "| run | requests/s | p50 | p99 | errors | RSS after |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"

# 1. One node, embedded store.
PORT_A=$(free_port)
start_node single "$PORT_A" --assistant.state.store=embedded; SINGLE=$NODE_PID
wait_ready "http://$HOST:$PORT_A/actuator/health/readiness" "$SINGLE" "$OUT/single.log"
load "$PORT_A" 2 "$CONNECTIONS" "$OUT/single.txt"; wait "$WRK_PID"
read -r n rps p50 p99 errors <<< "$(field "$OUT/single.txt")"
echo "| one node, embedded store | $rps | $p50 | $p99 | $errors | $(rss "$SINGLE") MB |"
stop "$SINGLE"

# 2. Two nodes at once.
NODE_ARGS=(--assistant.state.store="$STORE")
if [ "$STORE" = redis ]; then
  REDIS_PORT=$(free_port)
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$TMP" --appendonly yes --appendfsync always --save '' \
    --daemonize no --logfile "$PWD/$OUT/redis.log" &
  PIDS+=("$!"); REDIS_PID=$!
  for _ in $(seq 1 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 || { echo "redis-server did not start; see $OUT/redis.log" >&2; exit 1; }
  NODE_ARGS+=(--spring.data.redis.host="$HOST" --spring.data.redis.port="$REDIS_PORT")
fi
PORT_A=$(free_port); PORT_B=$(free_port)
start_node node-a "$PORT_A" "${NODE_ARGS[@]}"; NODE_A=$NODE_PID
start_node node-b "$PORT_B" "${NODE_ARGS[@]}"; NODE_B=$NODE_PID
wait_ready "http://$HOST:$PORT_A/actuator/health/readiness" "$NODE_A" "$OUT/node-a.log"; wait_ready "http://$HOST:$PORT_B/actuator/health/readiness" "$NODE_B" "$OUT/node-b.log"
[ "$STORE" = redis ] && BEFORE=$(redis_totals)
load "$PORT_A" 1 $((CONNECTIONS / 2)) "$OUT/node-a.txt"; WRK_A=$WRK_PID
load "$PORT_B" 1 $((CONNECTIONS / 2)) "$OUT/node-b.txt"; WRK_B=$WRK_PID
wait "$WRK_A" "$WRK_B"
read -r n_a rps_a p50_a p99_a errors_a <<< "$(field "$OUT/node-a.txt")"
read -r n_b rps_b p50_b p99_b errors_b <<< "$(field "$OUT/node-b.txt")"
echo "| node A of two, $STORE store | $rps_a | $p50_a | $p99_a | $errors_a | $(rss "$NODE_A") MB |"
echo "| node B of two, $STORE store | $rps_b | $p50_b | $p99_b | $errors_b | $(rss "$NODE_B") MB |"
total=$(awk -v a="$rps_a" -v b="$rps_b" 'BEGIN { printf "%.2f", a + b }')
echo "| **two nodes together** | **$total** | | | **$((errors_a + errors_b))** | |"
echo
echo "two nodes / one node: $(awk -v t="$total" -v s="$rps" 'BEGIN { printf "%.2f", t / s }')"
if [ "$STORE" = redis ]; then
  read -r calls usec <<< "$(redis_totals)"; read -r calls0 usec0 <<< "$BEFORE"
  turns=$((n_a + n_b))
  if [ "$((calls - calls0))" -eq 0 ]; then
    echo "Redis received no command: these nodes do not use it (is the Redis store of issue 18 in this build?)"
  else
    echo "Redis per turn (measured runs, $turns turns): $(awk -v c=$((calls - calls0)) -v u=$((usec - usec0)) -v t="$turns" \
      'BEGIN { printf "%.1f commands, %.0f us of Redis CPU", c / t, u / t }'); Redis RSS $(rss "$REDIS_PID") MB"
  fi
fi
stop "$NODE_A" "$NODE_B"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
