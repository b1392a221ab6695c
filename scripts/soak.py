#!/usr/bin/env python3
"""Soak driver for scripts/soak.sh: a steady mix of traffic on long-lived keep-alive connections, loopback only.

Chat turns (every message unique), signed Twilio webhooks and portal messages with valid tokens go out at a fixed
total rate (open loop: each request has a scheduled time, and a late answer does not slow the schedule); health
probes run on their own connections. Reports errors by status, stalls (no answer within 5 s), p50/p99 per endpoint,
the rate reached, heap after GC, RSS, open file descriptors and every Caffeine cache's size at start, every
minute and at the end. Stops by itself after the warm-up and the measured duration.
"""
import argparse
import base64
import hashlib
import hmac
import http.client
import json
import queue
import random
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.parse

HOST = "127.0.0.1"  # loopback only: this script never sends traffic anywhere else
STALL_SECONDS = 5.0

TOPICS = ["liver metastases", "liver mets", "secondary liver cancer", "spots on the liver", "tumours in my liver",
          "cancer that spread to the liver", "my mom's liver mets", "my husband's liver metastases"]
QUESTIONS = ["what are {t}", "how are {t} treated", "can {t} be cured", "what causes {t}", "how do doctors find {t}",
             "is surgery possible for {t}", "what is ablation for {t}", "what does embolization do for {t}",
             "where do {t} come from", "when do {t} show up", "what tests find {t}", "can chemo help {t}"]
FILLERS = ["please", "thanks", "quick question", "sorry to ask", "wondering", "asking for my dad", "honestly",
           "today", "again", "just checking", "if you know", "in simple words"]


class Messages:
    """Unique questions: a template, a filler and a running number, so no message repeats in a run."""

    def __init__(self, seed):
        self.random = random.Random(seed)
        self.count = 0
        self.lock = threading.Lock()

    def next(self):
        with self.lock:
            self.count += 1
            n = self.count
            question = self.random.choice(QUESTIONS).format(t=self.random.choice(TOPICS))
            filler = self.random.choice(FILLERS)
        return f"{question}, {filler}, question {n}"


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = {}
        self.statuses = {}
        self.stalls = {}
        self.errors = {}

    def record(self, endpoint, status, seconds):
        with self.lock:
            self.latencies.setdefault(endpoint, []).append(seconds)
            self.statuses.setdefault(endpoint, {}).setdefault(status, 0)
            self.statuses[endpoint][status] += 1

    def stall(self, endpoint):
        with self.lock:
            self.stalls[endpoint] = self.stalls.get(endpoint, 0) + 1

    def error(self, endpoint, kind):
        with self.lock:
            key = (endpoint, kind)
            self.errors[key] = self.errors.get(key, 0) + 1

    def reset(self):
        with self.lock:
            self.latencies, self.statuses, self.stalls, self.errors = {}, {}, {}, {}


class Connection:
    """One keep-alive connection; reopened only after a stall or a close, which is counted."""

    def __init__(self, port, stats, endpoint):
        self.port, self.stats, self.endpoint = port, stats, endpoint
        self.conn = None

    def request(self, method, path, body=None, headers=None):
        if self.conn is None:
            self.conn = http.client.HTTPConnection(HOST, self.port, timeout=STALL_SECONDS)
        start = time.monotonic()
        try:
            self.conn.request(method, path, body=body, headers=headers or {})
            response = self.conn.getresponse()
            data = response.read()
            self.stats.record(self.endpoint, response.status, time.monotonic() - start)
            if response.will_close:
                self.stats.error(self.endpoint, "server closed the connection")
                self.conn.close()
                self.conn = None
            return response.status, data
        except socket.timeout:
            self.stats.stall(self.endpoint)
        except (ConnectionError, http.client.HTTPException, OSError) as ex:
            self.stats.error(self.endpoint, type(ex).__name__)
        if self.conn is not None:
            self.conn.close()
        self.conn = None
        return None, b""


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def portal_token(key_file, patient, issuer, audience, lifetime):
    now = int(time.time())
    header = b64url(json.dumps({"alg": "RS256", "typ": "JWT"}).encode())
    claims = b64url(json.dumps({"iss": issuer, "aud": audience, "sub": "soak-user", "patient": patient,
                                "scope": "launch/patient patient/Communication.c", "iat": now,
                                "exp": now + lifetime}).encode())
    signing_input = f"{header}.{claims}".encode()
    signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", key_file], input=signing_input,
                               capture_output=True, check=True).stdout
    return f"{header}.{claims}.{b64url(signature)}"


def twilio_signature(token, url, params):
    data = url + "".join(k + params[k] for k in sorted(params))
    return base64.b64encode(hmac.new(token.encode(), data.encode(), hashlib.sha1).digest()).decode()


class Traffic:
    def __init__(self, args, stats):
        self.args, self.stats = args, stats
        self.messages = Messages(args.seed)
        self.counter = 0
        self.lock = threading.Lock()
        patients = [f"soak-{i:04d}" for i in range(args.patients)]
        lifetime = args.warmup + args.seconds + 600
        self.tokens = [(p, portal_token(args.portal_key, p, args.portal_issuer, args.portal_audience, lifetime))
                       for p in patients]

    def next_id(self):
        with self.lock:
            self.counter += 1
            return self.counter

    def chat(self, conn):
        n = self.next_id()
        # Conversations of a few turns each, so sessions come and go as with people.
        body = json.dumps({"sessionId": f"soak-{n // 4}", "message": self.messages.next()})
        conn.request("POST", "/api/chat", body, {"Content-Type": "application/json"})

    def sms(self, conn):
        n = self.next_id()
        params = {"MessageSid": f"SM{n:032x}", "AccountSid": "AC" + "0" * 32, "From": f"+1555{4000000 + n // 3:07d}",
                  "To": "+15559870000", "Body": self.messages.next()}
        body = urllib.parse.urlencode(params)
        headers = {"Content-Type": "application/x-www-form-urlencoded",
                   "X-Twilio-Signature": twilio_signature(self.args.sms_token, self.args.sms_url, params)}
        conn.request("POST", "/sms/twilio", body, headers)

    def portal(self, conn):
        n = self.next_id()
        patient, token = self.tokens[n % len(self.tokens)]
        body = json.dumps({"resourceType": "Communication", "status": "completed",
                           "identifier": [{"system": "https://soak.test/messages", "value": f"m-{n}"}],
                           "subject": {"reference": f"Patient/{patient}"},
                           "payload": [{"contentString": self.messages.next()}]})
        conn.request("POST", "/fhir/Communication", body,
                     {"Content-Type": "application/fhir+json", "Authorization": f"Bearer {token}"})


def turn_worker(port, stats, endpoint, send, tasks, stop):
    conn = Connection(port, stats, endpoint)
    while not stop.is_set():
        try:
            tasks.get(timeout=0.2)
        except queue.Empty:
            continue
        send(conn)


def probe_worker(port, stats, paths, interval, stop):
    conns = {path: Connection(port, stats, "GET " + path) for path in paths}
    i = 0
    while not stop.is_set():
        path = paths[i % len(paths)]
        conns[path].request("GET", path)
        i += 1
        stop.wait(interval)


def scrape(port):
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    conn.request("GET", "/actuator/prometheus")
    text = conn.getresponse().read().decode()
    conn.close()
    caches = {}
    for name, value in re.findall(r'^cache_size\{cache="([^"]+)"[^}]*\} (\S+)', text, re.M):
        caches[name] = int(float(value))
    return caches


def heap_after_gc_mb(pid):
    subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True, check=True)
    out = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True, check=True).stdout
    used = re.search(r"used (\d+)K", out)
    return int(used.group(1)) / 1024 if used else float("nan")


def process_figures(pid):
    with open(f"/proc/{pid}/status") as status:
        rss = int(re.search(r"VmRSS:\s+(\d+)", status.read()).group(1)) / 1024
    fds = len(list(__import__("os").listdir(f"/proc/{pid}/fd")))
    return rss, fds


def snapshot(label, pid, port, with_gc):
    rss, fds = process_figures(pid)
    figures = {"label": label, "rss_mb": round(rss), "fds": fds, "caches": scrape(port)}
    if with_gc:
        figures["heap_after_gc_mb"] = round(heap_after_gc_mb(pid), 1)
        figures["rss_mb"], figures["fds"] = [round(x) for x in process_figures(pid)]
    print(json.dumps(figures), flush=True)
    return figures


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p / 100))] * 1000 if values else float("nan")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--seconds", type=int, default=600)
    parser.add_argument("--warmup", type=int, default=180)
    parser.add_argument("--rate", type=float, default=100.0, help="turns per second, all channels together")
    parser.add_argument("--patients", type=int, default=200)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--sms-token", required=True)
    parser.add_argument("--sms-url", required=True)
    parser.add_argument("--portal-key", required=True)
    parser.add_argument("--portal-issuer", required=True)
    parser.add_argument("--portal-audience", required=True)
    args = parser.parse_args()

    stats = Stats()
    traffic = Traffic(args, stats)
    stop = threading.Event()
    # Half chat, a quarter SMS, a quarter portal.
    mix = [("POST /api/chat", traffic.chat, 0.5, 6), ("POST /sms/twilio", traffic.sms, 0.25, 4),
           ("POST /fhir/Communication", traffic.portal, 0.25, 4)]
    queues, threads = {}, []
    for endpoint, send, _, workers in mix:
        queues[endpoint] = queue.Queue()
        for _ in range(workers):
            t = threading.Thread(target=turn_worker, args=(args.port, stats, endpoint, send, queues[endpoint], stop),
                                 daemon=True)
            t.start()
            threads.append(t)
    probes = ["/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health"]
    for _ in range(2):
        t = threading.Thread(target=probe_worker, args=(args.port, stats, probes, 0.1, stop), daemon=True)
        t.start()
        threads.append(t)

    shed = [0]

    def schedule(seconds, phase):
        interval = 1.0 / args.rate
        weights = [m[2] for m in mix]
        start = time.monotonic()
        next_at, sent, minute = start, 0, 1
        while time.monotonic() - start < seconds:
            now = time.monotonic()
            while next_at <= now:
                endpoint, _, _, workers = random.choices(mix, weights)[0]
                # Past a short backlog the machine is not keeping up: the turn is shed here and counted, so the
                # latencies stay the service's own and the rate reached is the rate the machine sustains.
                if queues[endpoint].qsize() < workers:
                    queues[endpoint].put(next_at)
                    sent += 1
                else:
                    shed[0] += 1
                next_at += interval
            if phase == "measured" and now - start >= 60 * minute:
                backlog = sum(q.qsize() for q in queues.values())
                figures = snapshot(f"minute {minute}", args.pid, args.port, with_gc=False)
                figures["backlog"] = backlog
                minute += 1
            time.sleep(min(0.01, max(0.0, next_at - time.monotonic())))
        return sent

    print(f"warm-up {args.warmup} s at {args.rate} turns/s", flush=True)
    schedule(args.warmup, "warm-up")
    stats.reset()
    shed[0] = 0
    start = snapshot("start", args.pid, args.port, with_gc=True)
    began = time.monotonic()
    sent = schedule(args.seconds, "measured")
    backlog = sum(q.qsize() for q in queues.values())
    stop.set()
    for t in threads:
        t.join(timeout=STALL_SECONDS + 2)
    elapsed = time.monotonic() - began
    time.sleep(2)
    end = snapshot("end", args.pid, args.port, with_gc=True)

    print()
    turns = sum(len(stats.latencies.get(m[0], [])) for m in mix)
    print(f"Measured {elapsed:.0f} s after a {args.warmup} s warm-up at a target of {args.rate:g} turns/s: "
          f"{turns} turns answered ({turns / elapsed:.1f}/s), {shed[0]} shed by the client because the machine "
          f"was not keeping up, {backlog} queued at the end")
    print()
    print("| endpoint | requests | rate /s | p50 ms | p99 ms | max ms | statuses | stalls (no answer in 5 s) |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    total_5xx = 0
    total_stalls = sum(stats.stalls.values())
    for endpoint in sorted(set(stats.latencies) | set(stats.stalls)):
        lat = stats.latencies.get(endpoint, [])
        statuses = stats.statuses.get(endpoint, {})
        total_5xx += sum(c for s, c in statuses.items() if s >= 500)
        status_text = ", ".join(f"{s}: {c}" for s, c in sorted(statuses.items()))
        print(f"| {endpoint} | {len(lat)} | {len(lat) / elapsed:.1f} | {percentile(lat, 50):.1f} | "
              f"{percentile(lat, 99):.1f} | {max(lat) * 1000 if lat else float('nan'):.0f} | {status_text} | "
              f"{stats.stalls.get(endpoint, 0)} |")
    for (endpoint, kind), count in sorted(stats.errors.items()):
        print(f"connection error: {endpoint}: {kind} x {count}")
    print()
    print("| figure | start | end | change |")
    print("| --- | --- | --- | --- |")
    heap_change = (end["heap_after_gc_mb"] - start["heap_after_gc_mb"]) / start["heap_after_gc_mb"] * 100
    print(f"| heap after GC (MB) | {start['heap_after_gc_mb']} | {end['heap_after_gc_mb']} | {heap_change:+.1f}% |")
    print(f"| RSS (MB) | {start['rss_mb']} | {end['rss_mb']} | {end['rss_mb'] - start['rss_mb']:+d} |")
    print(f"| open file descriptors | {start['fds']} | {end['fds']} | {end['fds'] - start['fds']:+d} |")
    for name in sorted(set(start["caches"]) | set(end["caches"])):
        a, b = start["caches"].get(name, 0), end["caches"].get(name, 0)
        print(f"| cache `{name}` entries | {a} | {b} | {b - a:+d} |")
    print()
    # A leak shows as growth; less heap at the end than at the start is not a failure.
    verdict = total_stalls == 0 and total_5xx == 0 and heap_change <= 10
    print(f"stalls {total_stalls}, 5xx {total_5xx}, heap after GC {heap_change:+.1f}%: "
          f"{'PASS' if verdict else 'FAIL'} (cache growth: see the per-minute lines and the bounds in docs/configuration.md)")
    sys.exit(0 if verdict else 1)


if __name__ == "__main__":
    main()
