#!/usr/bin/env bash
# The Annual Report (issue 24): p95 of the 2021 draft page (every figure live, target <= 1 s) and of the published
# edition page (stored, target <= 100 ms) beside the cheapest page of the same run, then the print PDF in English
# and Chinese (target <= 10 s each) with the heap (-Xmx512m, target under 512 MB, sampled by jstat every second).
# Starts the packaged platform with -Xmx512m and a GC log on a fresh data directory and a free loopback port with the
# demo and its 2021 history loaded before readiness (anso.demo.history=sync), waits until the published edition of
# 2021 answers (the history ends by freezing and publishing it), then per run sends REQUESTS requests (default 200,
# CONCURRENCY 2) to each page and PDFS (default 3) downloads of each PDF (bench/AnnualReportLoad.java); RUNS times
# (default 3), medians at the end.
# Bounded: one start (at most 600 s), the edition at most 600 s more, RUNS (at most 10) x 3 x REQUESTS (at most 20,000)
# requests (30 s timeout each), RUNS x 2 x PDFS (at most 20) PDFs (120 s timeout each).
# Prerequisites: jstat (in the JDK), python3, curl.
# Usage: mvn -q -DskipTests package && bench/annual-report.sh [RUNS] [REQUESTS] [CONCURRENCY] [PDFS]   (builds nothing)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}; REQUESTS=${2:-200}; CONCURRENCY=${3:-2}; PDFS=${4:-3}
[ "$RUNS" -le 10 ] || RUNS=10
. bench/common.sh
need java jstat curl python3
machine
READY_TIMEOUT=${READY_TIMEOUT:-600} JAVA_OPTS="-Xmx512m -Xlog:gc ${JAVA_OPTS:-}" start_app --anso.demo.history=sync
grep -o 'demo history[^"]*' "$WORK/app.log" | tail -n 3 || true
waited=0
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/annual-report/2021")" = 200 ]; do
  sleep 2; waited=$((waited + 2))
  [ "$waited" -lt 600 ] || fail "no published edition at $BASE/annual-report/2021 after 600 s"
done
echo "published edition of 2021 answers ${waited} s after readiness"
jstat -gc "$APP_PID" 1000 >"$WORK/jstat.log" 2>&1 &
JSTAT=$!
java bench/AnnualReportLoad.java "$BASE" 10 1 1 >/dev/null # compiles the client and warms the JIT
: >"$WORK/results"
for run in $(seq 1 "$RUNS"); do
  java bench/AnnualReportLoad.java "$BASE" "$REQUESTS" "$CONCURRENCY" "$PDFS" | tee -a "$WORK/results" | sed "s/^/run $run: /"
done
kill "$JSTAT" 2>/dev/null || true
for name in draft frozen reference pdf-en pdf-zh; do
  for q in p50 p95 max; do
    printf '%s %s median of %s runs: %s ms\n' "$name" "$q" "$RUNS" \
      "$(grep "^$name " "$WORK/results" | grep -o "$q=[0-9.]*" | cut -d= -f2 | median)"
  done
done
echo "errors: $(grep -o 'errors=[0-9]*' "$WORK/results" | cut -d= -f2 | awk '{n += $1} END {print n + 0}')"
python3 - "$WORK/jstat.log" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1])]
head = rows[0]; used = []; v = None
for r in rows[1:]:
    if len(r) != len(head) or not r[0].replace('.', '').isdigit():
        continue
    v = dict(zip(head, map(float, r)))
    used.append((v['S0U'] + v['S1U'] + v['EU'] + v['OU']) / 1024)
if used:
    print(f"heap samples={len(used)} max_used_mb={max(used):.0f} median_used_mb={sorted(used)[len(used)//2]:.0f} "
          f"capacity_mb={(v['S0C'] + v['S1C'] + v['EC'] + v['OC']) / 1024:.0f} (-Xmx512m)")
PY
echo "GC log: $(grep -c 'Pause' "$WORK/app.log" || true) pauses, largest heap after a collection $(grep -o '[0-9]*M->[0-9]*M' "$WORK/app.log" | sed 's/.*->//; s/M//' | sort -n | tail -1 || echo n/a) MB"
echo "process peak resident memory: $(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$APP_PID/status") MB"
