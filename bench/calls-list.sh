#!/usr/bin/env bash
# Benchmark A: the Secretariat's filtered list of applications with 6,000 submitted applications.
# Starts the packaged platform on a fresh data directory and a free loopback port with
# --demo-applicants=6000, signs in as the demo Secretariat and sends REQUESTS requests (default 2000,
# CONCURRENCY 4) to GET /api/v1/calls/{id}/applications with a fixed mix of filters (country, track,
# status, eligible, nominated) and pages 0..5, then as many to the reference GET /api/v1/calls with the same
# client; repeated RUNS times (default 5), medians at the end. Prints the query plan of a typical request.
# Bounded: one start (at most 300 s), RUNS x 2 x REQUESTS requests, each with a 30 s timeout.
# WITHOUT_LIST_INDEXES=1 measures with the indexes of calls V1 only, for comparison.
# Prerequisites: psql (Debian: apt-get install postgresql-client).
# Usage: mvn -q -DskipTests package && bench/calls-list.sh [RUNS] [REQUESTS] [CONCURRENCY]   (builds nothing)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}; REQUESTS=${2:-2000}; CONCURRENCY=${3:-4}
. bench/common.sh
need java curl python3 psql
machine
start_app --demo-applicants=6000
grep -o 'Demo applicants: .*' "$WORK/app.log" || true
CALL=$(curl -sf "$BASE/api/v1/calls" | python3 -c 'import json,sys; print(next(c["id"] for c in json.load(sys.stdin) if c["definition"]["code"].startswith("scholarship-") and c["accepting"]))') \
  || fail "no open scholarship round in GET $BASE/api/v1/calls"
echo "call $CALL: $(sql anso "select count(*) from calls.application where call_id = '$CALL' and status = 'SUBMITTED'") submitted applications"
if [ -n "${WITHOUT_LIST_INDEXES:-}" ]; then # for comparison: the indexes as they were before calls V2
  sql anso "drop index calls.application_list_order; drop index calls.application_list_counts;
    create index application_list on calls.application (call_id, status, track_code, country); analyze calls.application" >/dev/null
  echo "WITHOUT_LIST_INDEXES: measuring with the indexes of calls V1 only"
fi
echo "query plan of a typical page (country, track, status, eligible):"
sql anso "explain (analyze, buffers) select a.id, a.reference, a.applicant_name, a.applicant_email, a.country, a.track_code, a.status,
    coalesce(a.override_eligible, a.eligible) as eligible, a.override_eligible is not null as overridden,
    exists (select 1 from calls.nomination n where n.application_id = a.id and n.withdrawn_at is null) as nominated, a.submitted_at
  from calls.application a where a.call_id = '$CALL' and a.status = 'SUBMITTED' and a.track_code = 'PHD' and a.country = 'PK'
    and coalesce(a.override_eligible, a.eligible) = true order by a.submitted_at nulls last, a.id limit 20 offset 40" | sed 's/^/  /'
java bench/LoadClient.java list "$BASE" "$CALL" 50 1 >/dev/null # compiles the client and warms the JIT
: >"$WORK/results"
for run in $(seq 1 "$RUNS"); do
  java bench/LoadClient.java list "$BASE" "$CALL" "$REQUESTS" "$CONCURRENCY" | tee -a "$WORK/results" | sed "s/^/run $run: /"
done
for name in list reference; do
  for q in p50 p95 p99; do
    printf '%s %s median of %s runs: %s ms\n' "$name" "$q" "$RUNS" \
      "$(grep "^$name " "$WORK/results" | grep -o "$q=[0-9.]*" | cut -d= -f2 | median)"
  done
done
echo "errors: $(grep -o 'errors=[0-9]*' "$WORK/results" | cut -d= -f2 | awk '{n += $1} END {print n + 0}')"
