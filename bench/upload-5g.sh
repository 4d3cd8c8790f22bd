#!/usr/bin/env bash
# Benchmark: one file of SIZE_GB gigabytes (default 5) through the resumable upload protocol (tus 1.0), the connection
# cut twice (issue 23: completes with the right checksum, heap under 512 MB throughout). Checks the free disk first
# (the source file, the upload while it arrives, then the stored object, which the upload becomes by a rename: about
# 2 x SIZE + 2 GB), writes a tar archive of random bytes (random, so that nothing on the way can compress it), starts
# the packaged platform with -Xmx512m and a GC log on a fresh data directory and a free loopback port, and sends the
# file as the demo Secretariat (bench/TusUpload.java: creation, PATCH cut at a third and two thirds, HEAD, resume),
# then deposits it in a new draft dataset, where the platform compares the declared SHA-256 with the one it computed
# while receiving. Meanwhile jstat samples the heap every second: the largest heap in use and the largest after a
# collection are reported with the process's peak resident memory. The stored object is hashed again at the end and
# must equal the source's SHA-256. The reference of the same run: curl sending the same file to a local file
# (the disk's own speed, which bounds the upload's).
# Bounded: one start (at most 300 s), the upload at most 2 h, SIZE_GB at most 20.
# Prerequisites: jstat (in the JDK), sha256sum, python3.
# Usage: mvn -q -DskipTests package && bench/upload-5g.sh [SIZE_GB] [INTERRUPTIONS]   (builds nothing)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_GB=${1:-5}; INTERRUPTIONS=${2:-2}
[ "$SIZE_GB" -ge 1 ] && [ "$SIZE_GB" -le 20 ] || { echo "bench: SIZE_GB between 1 and 20" >&2; exit 1; }
. bench/common.sh
need java jstat sha256sum python3 curl
SIZE=$((SIZE_GB * 1024 * 1024 * 1024))
NEEDED_KB=$(( (2 * SIZE + 2 * 1024 * 1024 * 1024) / 1024 ))
FREE_KB=$(df -Pk "${TMPDIR:-/tmp}" | awk 'NR == 2 {print $4}')
[ "$FREE_KB" -ge "$NEEDED_KB" ] || fail "needs $((NEEDED_KB / 1048576)) GB free under ${TMPDIR:-/tmp}, has $((FREE_KB / 1048576)) GB"
machine
JAVA_OPTS="-Xmx512m -Xlog:gc ${JAVA_OPTS:-}" start_app
JAVA_OPTS_USED="-Xmx512m"
SOURCE="$WORK/observations-${SIZE_GB}g.tar"
echo "writing $SIZE_GB GB of random bytes as a tar archive ..."
python3 - "$SOURCE" "$SIZE" <<'PY'
import sys, tarfile
path, size = sys.argv[1], int(sys.argv[2]) - 3 * 512 * 2 - 10240  # the archive's headers and end blocks count too
with open('/dev/urandom', 'rb') as random, tarfile.open(path, 'w', format=tarfile.USTAR_FORMAT) as tar:
    info = tarfile.TarInfo('observations.bin'); info.size = size - size % 512
    tar.addfile(info, random)
PY
SHA=$(sha256sum "$SOURCE" | cut -d' ' -f1)
echo "source: $(stat -c %s "$SOURCE") bytes, sha256 $SHA"
# heap samples: used = S0U + S1U + EU + OU (KB), every second, while the upload runs
jstat -gc "$APP_PID" 1000 >"$WORK/jstat.log" 2>&1 &
JSTAT=$!
java bench/TusUpload.java "$BASE" secretariat@example.org anso-demo-2026 "$SOURCE" "$SHA" "$INTERRUPTIONS" | tee "$WORK/upload.log"
kill "$JSTAT" 2>/dev/null || true
PEAK_RSS=$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$APP_PID/status")
python3 - "$WORK/jstat.log" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1])]
head = rows[0]; used = []; samples = 0
for r in rows[1:]:
    if len(r) != len(head) or not r[0].replace('.', '').isdigit():
        continue
    v = dict(zip(head, map(float, r))); samples += 1
    used.append((v['S0U'] + v['S1U'] + v['EU'] + v['OU']) / 1024)
print(f"heap samples={samples} max_used_mb={max(used):.0f} median_used_mb={sorted(used)[len(used)//2]:.0f} "
      f"capacity_mb={(v['S0C'] + v['S1C'] + v['EC'] + v['OC']) / 1024:.0f}")
PY
echo "GC log: $(grep -c 'Pause' "$WORK/app.log" || true) pauses, largest heap after a collection $(grep -o '[0-9]*M->[0-9]*M' "$WORK/app.log" | sed 's/.*->//; s/M//' | sort -n | tail -1 || echo n/a) MB, before one $(grep -o '[0-9]*M->[0-9]*M' "$WORK/app.log" | sed 's/->.*//; s/M//' | sort -n | tail -1 || echo n/a) MB"
echo "process peak resident memory: $PEAK_RSS MB ($JAVA_OPTS_USED)"
STORED="$WORK/data/files/${SHA:0:2}/${SHA:2:2}/$SHA"
[ -f "$STORED" ] || fail "no stored object at $STORED"
echo "stored object: $(stat -c %s "$STORED") bytes, sha256 $(sha256sum "$STORED" | cut -d' ' -f1)"
[ "$(sha256sum "$STORED" | cut -d' ' -f1)" = "$SHA" ] || fail "the stored object's SHA-256 differs from the source's"
started=$(date +%s.%N)
curl -s -o "$WORK/reference.copy" "file://$SOURCE"
echo "reference: curl copies the file on the same disk in $(python3 -c "print(f'{$(date +%s.%N) - $started:.1f}')") s"
rm -f "$WORK/reference.copy"
