#!/usr/bin/env bash
# Scripted fault check (issue 19) for what a test cannot do portably: the SMS opt-out store on a full disk.
# Needs root (it mounts a small tmpfs); loopback only; bounded (two service starts, a few requests).
#   1. The store's directory is full at startup: the service must refuse to start, naming the setting.
#   2. The disk fills while running: STOP must not be acknowledged (503 to the provider), the failure counter
#      must count it, and the number must get no texts afterwards (fail closed).
set -euo pipefail
cd "$(dirname "$0")/.."

[ "$(id -u)" = 0 ] || { echo "needs root to mount a tmpfs" >&2; exit 2; }
HOST=127.0.0.1
PORT="${PORT:-18091}"
OUT="target/fault-disk-full"
DISK=$(mktemp -d)
mkdir -p "$OUT"
read -r -a JVM_OPTS <<< "${JAVA_OPTS:--Xms256m -Xmx512m}"
[ "${1:-}" = "--no-build" ] || ./mvnw -B -q -DskipTests package
JAR=$(ls target/liver-mets-assistant-*.jar | grep -v original | head -1)
mount -t tmpfs -o size=256k tmpfs "$DISK"
cleanup() { [ -n "${PID:-}" ] && { kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; }; umount "$DISK" 2>/dev/null || true; rmdir "$DISK"; }
trap cleanup EXIT
fill() { dd if=/dev/zero of="$DISK/filler" bs=4k 2>/dev/null || true; }

echo "1. full at startup"
fill
if java "${JVM_OPTS[@]}" -jar "$JAR" --server.address="$HOST" --server.port="$PORT" --spring.profiles.active=dev \
    --assistant.sms.suppression-file="$DISK/sms.mv.db" > "$OUT/startup.log" 2>&1; then
  echo "FAIL: the service started on a full disk"; exit 1
fi
grep -q 'assistant.sms.suppression-file' "$OUT/startup.log" && echo "   PASS: refused to start, naming assistant.sms.suppression-file" \
  || { echo "FAIL: the startup error does not name the setting; see $OUT/startup.log"; exit 1; }
grep -o 'Cannot open the SMS suppression store[^"\\]*' "$OUT/startup.log" | head -1 | sed 's/^/   /'
rm -f "$DISK/filler" "$DISK"/sms.mv.db*

echo "2. full while running"
TOKEN="fault-$(openssl rand -hex 8)"
URL="https://fault.example.org/sms/twilio"
. scripts/service.sh
start_service "$OUT/service.log" --assistant.sms.auth-token="$TOKEN" --assistant.sms.public-url="$URL" \
  --assistant.sms.suppression-file="$DISK/sms.mv.db"
sms() { # MessageSid Body -> prints "status body"
  python3 - "$TOKEN" "$URL" "$1" "$2" "$HOST" "$PORT" <<'PY'
import sys, urllib.parse, http.client
sys.path.insert(0, "scripts")
from soak import twilio_signature
token, url, sid, text, host, port = sys.argv[1:]
params = {"MessageSid": sid, "AccountSid": "AC" + "0" * 32, "From": "+15550009999", "To": "+15559870000", "Body": text}
conn = http.client.HTTPConnection(host, int(port), timeout=10)
conn.request("POST", "/sms/twilio", urllib.parse.urlencode(params), {
    "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": twilio_signature(token, url, params)})
r = conn.getresponse()
print(r.status, r.read().decode().replace("\n", " "))
PY
}
failures() { curl -fs "http://$HOST:$PORT/actuator/prometheus" | awk '/^assistant_sms_suppression_failures_total/ { print $NF }'; }
echo "   before: $(sms SM1 'what are liver mets' | cut -c1-80)..."
fill
stop=$(sms SM2 STOP); echo "   STOP on a full disk: $stop"
after=$(sms SM3 'what are liver mets'); echo "   a question afterwards: $after"
help=$(sms SM4 HELP); echo "   HELP afterwards: $(echo "$help" | cut -c1-80)..."
count=$(failures); echo "   assistant_sms_suppression_failures_total: $count"
grep -c 'SMS suppression store write failed' "$OUT/service.log" | sed 's/^/   ERROR log lines about it: /' || true
[[ "$stop" == 503* ]] || { echo "FAIL: STOP was acknowledged although it was not written"; exit 1; }
[[ "$after" == "200 "* && "$after" != *"<Message>"* ]] || { echo "FAIL: a text went to a number whose opt-out is not on disk"; exit 1; }
[[ "$help" == "200 "*"<Message>"* ]] || { echo "FAIL: HELP was not answered"; exit 1; }
awk -v c="$count" 'BEGIN { exit !(c >= 1) }' || { echo "FAIL: the failure was not counted"; exit 1; }
echo "   PASS: STOP refused with 503, counted, and the number gets no texts (HELP still answered)"
