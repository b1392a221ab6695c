#!/usr/bin/env bash
# Runs the image that `./mvnw -Pimage package` wrote (target/jib-image.tar) without a container runtime: unpacks its
# layers into a temporary root filesystem and starts its entrypoint there with chroot, as the image's user, with the
# image's environment and working directory, in mount and PID namespaces of its own (so the JVM is PID 1, as in a
# container). A check that the image starts, for machines without Docker; needs root. The service listens on the
# host's loopback (no network namespace).
#
#   deploy/run-image.sh [PORT]     # default 18781; Ctrl-C (or SIGTERM to the printed PID) stops it and removes the tree
set -euo pipefail
cd "$(dirname "$0")/.."
IMAGE="${IMAGE:-target/jib-image.tar}"
PORT="${1:-18781}"
[ -f "$IMAGE" ] || { echo "no $IMAGE: deploy/base-image.sh && ./mvnw -Pimage -DskipTests package" >&2; exit 1; }
ROOT=$(mktemp -d)
trap 'rm -rf "$ROOT"' EXIT
mkdir -p "$ROOT/image" "$ROOT/rootfs"
tar xf "$IMAGE" -C "$ROOT/image"
# Layers in the manifest's order; each later one overlays the ones before (Jib's layers add files, they never delete).
for layer in $(python3 -c 'import json, sys; print(" ".join(json.load(open(sys.argv[1]))[0]["Layers"]))' "$ROOT/image/manifest.json"); do
  tar xzf "$ROOT/image/$layer" -C "$ROOT/rootfs" --warning=no-unknown-keyword
done
mkdir -p "$ROOT/rootfs/dev" "$ROOT/rootfs/proc"
# The image config as shell words: the user, the working directory, the environment, the entrypoint.
python3 - "$ROOT/image/config.json" "$PORT" > "$ROOT/entry.sh" <<'PY'
import json, shlex, sys
config = json.load(open(sys.argv[1]))["config"]
env = config.get("Env", []) + ["PORT=" + sys.argv[2],
                               # Not the dev profile: the service refuses the public default key elsewhere.
                               "ASSISTANT_PRIVACY_HASH_KEY=run-image-smoke-test-key-0123456789"]
print("USERSPEC=" + shlex.quote(config.get("User", "0:0")))
print("WORKDIR=" + shlex.quote(config.get("WorkingDir", "/")))
print("ENTRY=" + shlex.quote("exec env -i " + " ".join(map(shlex.quote, env)) + " " + " ".join(map(shlex.quote, config["Entrypoint"]))))
PY
. "$ROOT/entry.sh"
echo "user $USERSPEC, working directory $WORKDIR, port $PORT; $(du -sh "$ROOT/rootfs" | cut -f1) unpacked"
unshare --mount --pid --fork --kill-child sh -c '
  mount -t proc proc "$1/proc" && mount --bind /dev "$1/dev" &&
  exec chroot --userspec="$2" "$1" /bin/sh -c "cd \"$3\" && $4"' run-image "$ROOT/rootfs" "$USERSPEC" "$WORKDIR" "$ENTRY"
