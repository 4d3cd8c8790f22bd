#!/usr/bin/env bash
# The Secretariat's dashboard at size (issue 25, target p95 <= 300 ms): starts the packaged platform with
# --demo-applicants=6000 (an open scholarship round of 6,000 applications beside the 2021 history), signs in as the
# demo Secretariat and reads GET /dashboard RUNS times (default 50, at most 200); the reference, alternating with it,
# is GET /login, the cost of any rendered page. Every open call's card runs its grouped statements (per day, by
# country) and the funnel (SelectionStatistics); prints median and p95 of each (client side, curl's time_total).
# Bounded: one start (at most 300 s), 2 x (1 + RUNS) requests, 30 s timeout each.
# Usage: mvn -q -DskipTests package && bench/dashboard.sh [RUNS]   (builds nothing)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-50}; [ "$RUNS" -le 200 ] || RUNS=200
. bench/common.sh
need java curl python3 psql
machine
start_app --demo-applicants=6000
echo "open calls: $(sql anso "select count(*) from calls.call where status = 'OPEN'"), their applications:" \
  "$(sql anso "select count(*) from calls.application a join calls.call c on c.id = a.call_id where c.status = 'OPEN'")"
JAR_COOKIES="$WORK/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"\|value="[^"]*" name="_csrf"' | head -n 1 | sed 's/.*value="\([^"]*\)".*/\1/; s/^value="\([^"]*\)" name.*/\1/'; }
TOKEN=$(curl -sf -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | csrf)
curl -sf -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "email=secretariat@example.org" \
  --data-urlencode "password=anso-demo-2026" --data-urlencode "_csrf=$TOKEN" "$BASE/login"
curl -sf -o "$WORK/dashboard.html" -b "$JAR_COOKIES" "$BASE/dashboard" || fail "could not sign in and read GET /dashboard"
grep -q 'data-part="funnel"' "$WORK/dashboard.html" || fail "the dashboard shows no open call's funnel"
run() { # kind path run
  local seconds
  seconds=$(curl -sf -m 30 -o /dev/null -w '%{time_total}' -b "$JAR_COOKIES" "$BASE$2") || fail "$1 run $3: GET $2 failed or took over 30 s"
  [ "$3" -eq 0 ] || python3 -c "print(round($seconds * 1000, 1))" >>"$WORK/$1"
}
p95() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else {i = int(NR * 0.95 + 0.999); if (i > NR) i = NR; print a[i]}}'; }
: >"$WORK/reference"; : >"$WORK/dashboard"
for i in $(seq 0 "$RUNS"); do # run 0 of each warms the JIT and is not counted
  run reference /login "$i"
  run dashboard /dashboard "$i"
done
echo "reference (GET /login) over $RUNS runs: median $(median <"$WORK/reference") ms, p95 $(p95 <"$WORK/reference") ms"
echo "Secretariat's dashboard over $RUNS runs: median $(median <"$WORK/dashboard") ms, p95 $(p95 <"$WORK/dashboard") ms (target p95 <= 300 ms)"
