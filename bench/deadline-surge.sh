#!/usr/bin/env bash
# Benchmark B: the deadline surge. 64 applicants submit at once for SECONDS seconds (default 60), against
# pgbench -N with 64 clients on the same embedded PostgreSQL in the same run as the reference; ROUNDS
# rounds (default 3), pgbench and the platform alternately; medians at the end. Afterwards SQL counts
# prove that no submission answered 2xx was lost and none was duplicated. Each round ends with READS (default 20)
# seconds of the cheapest authenticated request, the same 64 workers reading their own application
# (GET /api/v1/applications/{id}): what any HTTP request of the API reaches on this stack and machine.
# The platform starts on a fresh data directory and a free loopback port with
# --anso.demo.load-applicants=LOAD (default 100000): LOAD applicant accounts with an API token each
# (<data-dir>/load-tokens.csv) and one complete draft each (<data-dir>/load-applications.csv).
# The embedded server gets max_connections=150 (system property anso.embedded.max-connections) so that
# pgbench's 64 clients fit next to the platform's pool.
# Bounded: one start (at most 600 s), a WARMUP (default 60) s warm-up, pgbench -i -s 10, then ROUNDS x (SECONDS of pgbench + SECONDS of
# submissions); about 5 + ROUNDS x 2.6 minutes in all with the defaults. Loopback only.
# Prerequisites: pgbench, psql and createdb (Debian: apt-get install postgresql-client).
# Usage: mvn -q -DskipTests package && bench/deadline-surge.sh [ROUNDS] [SECONDS] [LOAD]   (builds nothing)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}; SECONDS_PER_RUN=${2:-60}; LOAD=${3:-100000}; CLIENTS=64
. bench/common.sh
need java curl python3 pgbench psql createdb
machine
JAVA_OPTS="-Danso.embedded.max-connections=150" READY_TIMEOUT=600 start_app --anso.demo.load-applicants="$LOAD"
grep -o 'Demo load accounts: .*\|Demo applicants: .*' "$WORK/app.log" || true
DATA="$WORK/data"
[ -s "$DATA/load-tokens.csv" ] && [ -s "$DATA/load-applications.csv" ] || fail "no load files (load-tokens.csv, load-applications.csv) in $DATA"
createdb -h 127.0.0.1 -p "$PG_PORT" -U postgres pgbench
pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -i -s 10 -q pgbench 2>&1 | tail -n 1
LOADED="select count(*) from calls.application where applicant_email like 'load-applicant-%' and status = 'SUBMITTED'"
: >"$WORK/succeeded.csv"
drafts() {
  echo "applicant_id,application_id" >"$WORK/drafts.csv"
  sql anso "select applicant_id || ',' || id from calls.application where applicant_email like 'load-applicant-%' and status = 'DRAFT'" >>"$WORK/drafts.csv"
}
# warm-up (JIT, pools, caches): WARMUP seconds (default 60) of the same load, checked with the rest but not measured
drafts
java bench/LoadClient.java surge "$BASE" "$DATA/load-tokens.csv" "$WORK/drafts.csv" "$CLIENTS" "${WARMUP:-60}" "$WORK/succeeded.0" | grep -E '^(tps|p95|retries|retry_mismatches|errors)=' | paste -sd' ' | sed 's/^/warm-up: /'
cat "$WORK/succeeded.0" >>"$WORK/succeeded.csv"
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round, $(uptime | sed 's/.*load/load/')"
  pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -N -n -c "$CLIENTS" -j 2 -T "$SECONDS_PER_RUN" pgbench >"$WORK/pgbench.$round" 2>&1
  PG_TPS=$(grep -o 'tps = [0-9.]*' "$WORK/pgbench.$round" | head -n 1 | grep -o '[0-9.]*$')
  PG_LAT=$(grep -o 'latency average = [0-9.]* ms' "$WORK/pgbench.$round" | grep -o '[0-9.]* ms')
  echo "  pgbench -N -c $CLIENTS -j 2 -T $SECONDS_PER_RUN: tps $PG_TPS, latency average $PG_LAT"
  drafts
  before=$(sql anso "$LOADED")
  java bench/LoadClient.java surge "$BASE" "$DATA/load-tokens.csv" "$WORK/drafts.csv" "$CLIENTS" "$SECONDS_PER_RUN" "$WORK/succeeded.$round" \
    >"$WORK/surge.$round"
  sed 's/^/  app: /' "$WORK/surge.$round" | paste -sd' ' | sed 's/  app: / /g; s/^/  app:/'
  sleep 5 # let the receipts' mail and the activity log catch up before counting
  after=$(sql anso "$LOADED")
  ok=$(grep '^submitted_2xx=' "$WORK/surge.$round" | cut -d= -f2)
  cat "$WORK/succeeded.$round" >>"$WORK/succeeded.csv"
  APP_TPS=$(grep '^tps=' "$WORK/surge.$round" | cut -d= -f2)
  echo "  submitted in the database during the round: $((after - before)), answered 2xx: $ok"
  awk -v a="$APP_TPS" -v p="$PG_TPS" 'BEGIN {printf "  ratio platform/pgbench: %.1f %%\n", 100 * a / p}'
  java bench/LoadClient.java reads "$BASE" "$DATA/load-tokens.csv" "$WORK/drafts.csv" "$CLIENTS" "${READS:-20}" "$WORK/read.$round" \
    >"$WORK/reads.$round"
  READ_TPS=$(grep '^tps=' "$WORK/reads.$round" | cut -d= -f2)
  echo "  reads of one's own application: $READ_TPS/s, p50/p99 $(grep '^p50=' "$WORK/reads.$round" | cut -d= -f2) / $(grep '^p99=' "$WORK/reads.$round" | cut -d= -f2) ms, errors $(grep '^errors=' "$WORK/reads.$round" | cut -d= -f2)"
  awk -v r="$READ_TPS" -v p="$PG_TPS" 'BEGIN {printf "  ratio reads/pgbench: %.1f %%\n", 100 * r / p}'
  echo "$round $PG_TPS $APP_TPS $(grep '^p50=' "$WORK/surge.$round" | cut -d= -f2) $(grep '^p95=' "$WORK/surge.$round" | cut -d= -f2) $(grep '^p99=' "$WORK/surge.$round" | cut -d= -f2) $READ_TPS" >>"$WORK/rounds"
done
echo "checks over all rounds:"
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d anso -At \
  -c "create temp table answered (id uuid, reference text)" \
  -c "\\copy answered from '$WORK/succeeded.csv' csv" \
  -c "select 'answered 2xx: ' || count(*) || ', distinct applications: ' || count(distinct id) from answered" \
  -c "select 'answered 2xx but not submitted with that reference (lost): ' || count(*) from answered s left join calls.application a on a.id = s.id and a.status = 'SUBMITTED' and a.reference = s.reference where a.id is null" \
  -c "select 'submitted load applications: ' || count(*) || ', distinct references: ' || count(distinct reference) || ', not answered 2xx: ' || count(*) filter (where id not in (select id from answered)) from calls.application where applicant_email like 'load-applicant-%' and status = 'SUBMITTED'" \
  -c "select 'references used twice in the whole database (duplicated): ' || count(*) from (select reference from calls.application where reference is not null group by reference having count(*) > 1) d"
echo "medians of $ROUNDS rounds:"
awk '{print $2}' "$WORK/rounds" | median | sed 's/^/  pgbench tps: /'
awk '{print $3}' "$WORK/rounds" | median | sed 's/^/  platform submissions per second: /'
awk '{print 100 * $3 / $2}' "$WORK/rounds" | median | sed 's/^/  ratio %: /'
awk '{print $7}' "$WORK/rounds" | median | sed 's/^/  reads per second (reference): /'
awk '{print 100 * $7 / $2}' "$WORK/rounds" | median | sed 's/^/  ratio reads\/pgbench %: /'
for i in 4 5 6; do awk -v c=$i '{print $c}' "$WORK/rounds" | median; done | paste -sd' ' | awk '{print "  submission latency p50/p95/p99 ms: " $1 " / " $2 " / " $3}'
