#!/usr/bin/env bash
# Builds the container's base image from Debian packages, with no Docker daemon and no container registry: a Debian
# bookworm root filesystem with openjdk-17-jre-headless (mmdebstrap), packed as a docker-archive tarball that Jib
# reads as its base (`tar://...`, the `image` profile of the pom). Why not eclipse-temurin or distroless: this
# project's machines and CI reach Debian's and Maven's package registries but no container registry; where one is
# reachable, `-Dimage.base=<registry image>` skips this script (docs/deployment.md, "Image").
#
#   deploy/base-image.sh [OUT]      # default target/base-image/assistant-base.tar; needs root (or mmdebstrap's
#                                   # unshare mode: MODE=unshare) and mmdebstrap (apt-get install mmdebstrap)
#
# The image: Debian's "essential" set plus the JRE and CA certificates, no docs, man pages or apt lists; a user
# `assistant` (uid and gid 10001, written into /etc/passwd and /etc/group: the essential set has no useradd) that the service runs as; /var/lib/assistant, owned by it, as the working
# directory (the embedded store's ./data lands there). SOURCE_DATE_EPOCH (default: the last commit's time) fixes the
# files' times, so the same packages give the same layer.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-target/base-image/assistant-base.tar}"
SUITE="${SUITE:-bookworm}"
MODE="${MODE:-auto}"
APP_UID=10001
command -v mmdebstrap >/dev/null || { echo "mmdebstrap is missing: apt-get install mmdebstrap" >&2; exit 1; }
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$(dirname "$OUT")"

# Device nodes stay out of the layer (--skip=output/dev): the container runtime makes /dev, and an unprivileged
# runtime could not unpack them. Documentation is dropped except the copyright files, which the packages' licences ask to ship; man1 stays as an
# empty folder because the JRE's post-install script links its man pages there (update-alternatives).
mmdebstrap --mode="$MODE" --variant=essential --format=tar --skip=output/dev \
  --include=openjdk-17-jre-headless,ca-certificates \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
  --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/info/*' \
  --dpkgopt='path-exclude=/usr/share/locale/*' --dpkgopt='path-exclude=/usr/share/lintian/*' \
  --essential-hook='mkdir -p "$1/usr/share/man/man1"' \
  --customize-hook="echo 'assistant:x:$APP_UID:' >> \"\$1/etc/group\"" \
  --customize-hook="echo 'assistant:x:$APP_UID:$APP_UID::/var/lib/assistant:/usr/sbin/nologin' >> \"\$1/etc/passwd\"" \
  --customize-hook="mkdir -p \"\$1/var/lib/assistant\" && chown $APP_UID:$APP_UID \"\$1/var/lib/assistant\"" \
  --customize-hook="rm -rf \"\$1\"/var/lib/apt/lists/* \"\$1\"/var/cache/apt/* \"\$1\"/var/log/*.log \"\$1\"/var/cache/ldconfig/aux-cache" \
  "$SUITE" "$WORK/layer.tar"

# A docker-archive ("docker save" layout): manifest.json, the image config, one uncompressed layer. Jib reads it as
# is; the config carries what the JVM needs (PATH, JAVA_HOME, a UTF-8 locale) and the non-root user.
python3 - "$WORK" "$OUT" "$SUITE" "$APP_UID" <<'PY'
import hashlib, json, os, sys, tarfile, time
work, out, suite, uid = sys.argv[1:5]
layer = os.path.join(work, "layer.tar")
digest = hashlib.sha256()
with open(layer, "rb") as f:
    for block in iter(lambda: f.read(1 << 20), b""):
        digest.update(block)
created = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(os.environ["SOURCE_DATE_EPOCH"])))
config = {
    "architecture": "amd64", "os": "linux", "created": created,
    "config": {
        "Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64", "LANG=C.UTF-8"],
        "User": f"{uid}:{uid}", "WorkingDir": "/var/lib/assistant",
    },
    "rootfs": {"type": "layers", "diff_ids": ["sha256:" + digest.hexdigest()]},
    "history": [{"created": created,
                 "created_by": f"deploy/base-image.sh: mmdebstrap --variant=essential {suite} openjdk-17-jre-headless"}],
}
config_bytes = json.dumps(config, indent=1).encode()
config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
manifest = json.dumps([{"Config": config_name, "RepoTags": [f"liver-mets-assistant-base:{suite}"],
                        "Layers": ["layer.tar"]}]).encode()
import io
with tarfile.open(out, "w", format=tarfile.PAX_FORMAT) as archive:
    for name, data in ((config_name, config_bytes), ("manifest.json", manifest)):
        info = tarfile.TarInfo(name); info.size = len(data); info.mtime = int(os.environ["SOURCE_DATE_EPOCH"])
        archive.addfile(info, io.BytesIO(data))
    info = archive.gettarinfo(layer, "layer.tar"); info.mtime = int(os.environ["SOURCE_DATE_EPOCH"])
    info.uid = info.gid = 0; info.uname = info.gname = ""
    with open(layer, "rb") as f:
        archive.addfile(info, f)
PY
echo "$OUT: $(du -h "$OUT" | cut -f1)"
