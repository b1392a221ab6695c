#!/usr/bin/env bash
# Soak test on loopback: the packaged jar under a steady mix of chat turns, signed SMS webhooks, portal messages and
# health probes on long-lived keep-alive connections (scripts/soak.py). Bounded: a warm-up, then the measured time,
# then it stops the service. Reports errors by status, stalls, p50/p99 per endpoint, heap after GC, RSS, open file
# descriptors and every cache's size; exits non-zero on a stall, a 5xx or heap growth over 10%.
# Expiring caches are set to expire after 2 minutes (defaults: 30 min to 1 h), so within the run each one must
# level off at a steady size; the warm-up lets them reach it before the start figures are taken.
#
#   scripts/soak.sh                  # 10 minutes at up to 100 turns/s after a 3-minute warm-up, port 18090
#   scripts/soak.sh --minutes 2      # shorter
#   scripts/soak.sh --seconds 30 --warmup 10 --rate 50 --no-build
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_TO_RUN=600
WARMUP=180
RATE=100
PORT="${PORT:-18090}"
BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) SECONDS_TO_RUN=$(( $2 * 60 )); shift 2 ;;
    --seconds) SECONDS_TO_RUN="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --rate) RATE="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
# Hard ceiling so a mistaken argument cannot leave load running for hours.
[ "$SECONDS_TO_RUN" -le 7200 ] || { echo "at most 2 hours" >&2; exit 2; }

HOST=127.0.0.1   # loopback only: this script never sends load anywhere else
OUT="target/soak"
WORK=$(mktemp -d)
mkdir -p "$OUT"
read -r -a JVM_OPTS <<< "${JAVA_OPTS:--Xms512m -Xmx512m}"

[ "$BUILD" = 1 ] && ./mvnw -B -q -DskipTests package
# The portal's authorization server, played locally: a fresh RSA key signs the tokens.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/portal.key" 2>/dev/null
openssl pkey -in "$WORK/portal.key" -pubout -out "$WORK/portal.pub"
SMS_TOKEN="soak-$(openssl rand -hex 16)"
SMS_URL="https://soak.example.org/sms/twilio"
ISSUER="https://auth.soak.test"
AUDIENCE="https://assistant.soak.test/fhir"

. scripts/service.sh
trap 'stop_service; rm -rf "$WORK"' EXIT
start_service "$OUT/service.log" \
  --assistant.sms.auth-token="$SMS_TOKEN" --assistant.sms.public-url="$SMS_URL" \
  --assistant.sms.suppression-file="$WORK/sms-suppression.mv.db" \
  --assistant.portal.issuer="$ISSUER" --assistant.portal.audience="$AUDIENCE" \
  --assistant.portal.public-key-location="file:$WORK/portal.pub" \
  --assistant.sessions.idle-expiry=2m --assistant.sms.duplicate-window=2m

echo "soak: $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, JVM ${JVM_OPTS[*]}, load average $(cut -d" " -f1-3 /proc/loadavg)"
set +e   # report the service's error lines even when the verdict fails
python3 scripts/soak.py --port "$PORT" --pid "$PID" --seconds "$SECONDS_TO_RUN" --warmup "$WARMUP" --rate "$RATE" \
  --sms-token "$SMS_TOKEN" --sms-url "$SMS_URL" --portal-key "$WORK/portal.key" \
  --portal-issuer "$ISSUER" --portal-audience "$AUDIENCE" | tee "$OUT/report.txt"
status=${PIPESTATUS[0]}
{ grep -c '"level":"ERROR"' "$OUT/service.log" || true; } | sed 's/^/service ERROR log lines: /' | tee -a "$OUT/report.txt"
exit "$status"
