#!/usr/bin/env bash
# The public front page / (issue 21, item 7; target p95 <= 50 ms with the demo data) beside the cheapest page of the
# same run. Starts the packaged platform on a fresh data directory and a free loopback port with the demo data,
# then per run sends REQUESTS anonymous requests (default 1000, CONCURRENCY 4) to / with the readers' languages
# taking turns (en, zh, ru, es, fr), then as many to the reference GET /login with the same client; RUNS times
# (default 5), medians at the end. Checks every body (the front page's JSON-LD, the sign-in form).
# Bounded: one start (at most 300 s), RUNS (at most 20) x 2 x REQUESTS (at most 100,000) requests, 30 s timeout each.
# Usage: mvn -q -DskipTests package && bench/front-page.sh [RUNS] [REQUESTS] [CONCURRENCY]   (builds nothing)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}; REQUESTS=${2:-1000}; CONCURRENCY=${3:-4}
[ "$RUNS" -le 20 ] || RUNS=20
. bench/common.sh
need java curl python3
machine
start_app
curl -sf -H 'Accept-Language: en' "$BASE/" | grep -o 'data-figure="[^"]*" data-count="[0-9]*"' | sed 's/^/front page figure: /' || true
java bench/FrontLoad.java "$BASE" 50 1 >/dev/null # compiles the client and warms the JIT
: >"$WORK/results"
for run in $(seq 1 "$RUNS"); do
  java bench/FrontLoad.java "$BASE" "$REQUESTS" "$CONCURRENCY" | tee -a "$WORK/results" | sed "s/^/run $run: /"
done
for name in front reference; do
  for q in p50 p95 p99; do
    printf '%s %s median of %s runs: %s ms\n' "$name" "$q" "$RUNS" \
      "$(grep "^$name " "$WORK/results" | grep -o "$q=[0-9.]*" | cut -d= -f2 | median)"
  done
done
echo "errors: $(grep -o 'errors=[0-9]*' "$WORK/results" | cut -d= -f2 | awk '{n += $1} END {print n + 0}')"
