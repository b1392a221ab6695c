# Sourced by the load and soak scripts: starts the packaged jar on loopback and waits until it is ready.
#   start_service LOG ARGS...   sets PID; the caller's EXIT trap should call stop_service
#   wait_ready URL PID LOG      returns once URL answers 2xx; exits naming LOG if PID ends first or after 180 s
# start_service needs HOST, PORT and JVM_OPTS (an array) set by the caller.

wait_ready() {
  for _ in $(seq 1 900); do
    curl -fs -o /dev/null "$1" && return 0
    kill -0 "$2" 2>/dev/null || { echo "did not start; see $3" >&2; exit 1; }
    sleep 0.2
  done
  echo "not ready after 180 s; see $3" >&2; exit 1
}

start_service() {
  local log="$1"; shift
  local jar
  jar=$(ls target/liver-mets-assistant-*.jar | grep -v original | head -1)
  java "${JVM_OPTS[@]}" -jar "$jar" --server.address="$HOST" --server.port="$PORT" --spring.profiles.active=dev "$@" > "$log" 2>&1 &
  PID=$!
  for _ in $(seq 1 180); do
    curl -fs "http://$HOST:$PORT/actuator/health/readiness" >/dev/null 2>&1 && return 0
    kill -0 "$PID" 2>/dev/null || { echo "service did not start; see $log" >&2; exit 1; }
    sleep 1
  done
  echo "service not ready after 180 s; see $log" >&2
  exit 1
}

stop_service() {
  kill "$PID" 2>/dev/null
  wait "$PID" 2>/dev/null || true
}
