#!/usr/bin/env bash
# Selection and placement end to end (issue 4): 6,000 submitted applications (the demo generator) in a round
# closed after they were added, a closed review panel with synthetic calibrated scores for every eligible one, then RUNS times (default 5)
# POST /api/v1/calls/{id}/selection as the demo Secretariat: reading the candidates and scores from the
# database, ranking under the quotas (300 PhD, 200 Master's) and the demo caps (10 % of a track per country,
# 20 per nominating organization), tie-breaks, placement at the hosts, and storing the run with every
# decision. Prints the client's time per run (curl, loopback), the server's time (log) and the medians, and
# checks that every run stored the same decisions.
# Bounded: one start (at most 300 s), RUNS (at most 20) requests with a 60 s timeout each.
# Prerequisites: psql (Debian: apt-get install postgresql-client).
# Usage: mvn -q -DskipTests package && bench/selection-end-to-end.sh [RUNS]   (builds nothing)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}; [ "$RUNS" -le 20 ] || RUNS=20
. bench/common.sh
need java curl python3 psql
machine
start_app --demo-applicants=6000
grep -o 'Demo applicants: .*' "$WORK/app.log" || true
CALL=$(curl -sf "$BASE/api/v1/calls" | python3 -c 'import json,sys; print(next(c["id"] for c in json.load(sys.stdin) if c["definition"]["code"].startswith("scholarship-") and c["accepting"]))') \
  || fail "no open scholarship round in GET $BASE/api/v1/calls"
# selection waits for the call to close (issue 14): the round, filled, closes now (a new version, so no cached copy stays open)
sql anso "update calls.call set closes_at = now() - interval '1 minute', version = version + 1 where id = '$CALL'" >/dev/null
# what the review module leaves when a panel closes: the panel and a calibrated score per eligible application
# (a seeded normal distribution rounded to 0.01, so that some scores tie and the tie-break rules work)
sql anso "select setseed(0.2021);
  insert into review.panel (id, scope_type, scope_id, title, status, created_at, closed_at)
    values (gen_random_uuid(), 'call', '$CALL', '{}', 'CLOSED', now(), now());
  insert into review.calibrated_score (panel_id, subject_id, raw_mean, calibrated, spread, reviews, flagged, computed_at)
    select p.id, a.id, round((3 + z)::numeric, 2), round((3 + z + 0.2 * (random() - 0.5))::numeric, 2), random(), 3, false, now()
    from review.panel p,
      (select id, sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) as z from calls.application
        where call_id = '$CALL' and status = 'SUBMITTED' and coalesce(override_eligible, eligible) order by id) a
    where p.scope_id = '$CALL';" >/dev/null
echo "call $CALL: $(sql anso "select count(*) from calls.application where call_id = '$CALL' and status = 'SUBMITTED'") submitted, $(sql anso "select count(*) from review.calibrated_score s join review.panel p on p.id = s.panel_id where p.scope_id = '$CALL'") with a calibrated score"
JAR_COOKIES="$WORK/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"\|value="[^"]*" name="_csrf"' | head -n 1 | sed 's/.*value="\([^"]*\)".*/\1/; s/^value="\([^"]*\)" name.*/\1/'; }
TOKEN=$(curl -sf -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | csrf)
curl -sf -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "email=secretariat@example.org" \
  --data-urlencode "password=anso-demo-2026" --data-urlencode "_csrf=$TOKEN" "$BASE/login"
TOKEN=$(curl -sf -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/secretariat/calls/$CALL/selection" | csrf) || true
[ -n "$TOKEN" ] || fail "could not sign in as the demo Secretariat and open the selection page of call $CALL"
: >"$WORK/results"
for run in $(seq 0 "$RUNS"); do # run 0 warms the JIT and is not counted
  seconds=$(curl -sf -m 60 -o "$WORK/run.json" -w '%{time_total}' -X POST -H "X-CSRF-TOKEN: $TOKEN" \
    -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/api/v1/calls/$CALL/selection") \
    || fail "run $run: POST /api/v1/calls/$CALL/selection failed or took over 60 s"
  server=$(grep -o 'Selection of [0-9]* candidates ran in [0-9]* ms' "$WORK/app.log" | tail -n 1 | grep -o '[0-9]* ms' | cut -d' ' -f1)
  summary=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("candidates=%d selected=%s placed=%d" % (r["candidates"], json.dumps(r["selected"], separators=(",", ":")), r["placed"]))' "$WORK/run.json")
  digest=$(sql anso "select md5(string_agg(application_id::text || outcome || rank || waitlist_position || coalesce(host_code, '-'), ',' order by track, rank))
    from calls.selection_decision where run_id = (select id from calls.selection_run where call_id = '$CALL' order by run_at desc limit 1)")
  ms=$(python3 -c "print(round($seconds * 1000))")
  echo "run $run: end to end ${ms} ms (server ${server} ms), $summary, decisions $digest"
  [ "$run" -eq 0 ] || echo "$ms $server $digest" >>"$WORK/results"
done
echo "end to end median of $RUNS runs: $(cut -d' ' -f1 "$WORK/results" | median) ms; server median: $(cut -d' ' -f2 "$WORK/results" | median) ms"
echo "distinct decision digests over the runs: $(cut -d' ' -f3 "$WORK/results" | sort -u | wc -l) (1 = reproducible)"
