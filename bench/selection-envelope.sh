#!/usr/bin/env bash
# Selection under a budget envelope end to end (issue 18, target <= 1 s): 500 submitted proposals (the demo generator in
# the open scholarship round, closed after they were added), each given a requested total in US dollars (a MONEY
# answer, seeded) and a calibrated score from a closed panel, then POST /api/v1/calls/{id}/selection as the demo
# Secretariat: reading candidates, scores and amounts from the database, ranking, funding in rank order while the
# envelope (USD 20,000,000, skipToFit) lasts, placing and storing the run with every decision and its granted amount.
# The reference, measured in the same run on the same data: the same selection with the same rules but no envelope.
# Runs alternate (reference, envelope) so that the neighbours' load weighs on both alike. Prints client and server
# times per run and the medians, checks that every envelope run stored the same decisions and never granted more
# than the envelope.
# Bounded: one start (at most 300 s), 2 x (1 + RUNS) requests (RUNS 5, at most 20), 60 s timeout each.
# Prerequisites: psql (Debian: apt-get install postgresql-client).
# Usage: mvn -q -DskipTests package && bench/selection-envelope.sh [RUNS]   (builds nothing)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}; [ "$RUNS" -le 20 ] || RUNS=20
PROPOSALS=500
. bench/common.sh
need java curl python3 psql
machine
start_app --demo-applicants=$PROPOSALS
grep -o 'Demo applicants: .*' "$WORK/app.log" || true
CALL=$(curl -sf "$BASE/api/v1/calls" | python3 -c 'import json,sys; print(next(c["id"] for c in json.load(sys.stdin) if c["definition"]["code"].startswith("scholarship-") and c["accepting"]))') \
  || fail "no open scholarship round in GET $BASE/api/v1/calls"
# the round, filled, closes now and gains the money question the envelope reads (a new version, so no cached copy stays)
sql anso "update calls.call set closes_at = now() - interval '1 minute', version = version + 1,
    form = jsonb_set(form, '{sections,0,fields}', (form #> '{sections,0,fields}') || '[{\"key\": \"budgetTotal\", \"type\": \"MONEY\",
      \"label\": {\"en\": \"Budget requested\"}, \"required\": false, \"currencies\": [\"USD\"]}]'::jsonb)
  where id = '$CALL'" >/dev/null
# requested totals between USD 20,000 and 299,000 in whole thousands (seeded), and what review leaves when a panel closes
sql anso "select setseed(0.2021);
  update calls.application a set answers = a.answers || jsonb_build_object('budgetTotal',
      jsonb_build_object('amount', x.amount || '.00', 'currency', 'USD'))
    from (select id, ((20 + floor(random() * 280)) * 1000)::bigint as amount from calls.application where call_id = '$CALL' order by id) x
    where a.id = x.id;
  insert into review.panel (id, scope_type, scope_id, title, status, created_at, closed_at)
    values (gen_random_uuid(), 'call', '$CALL', '{}', 'CLOSED', now(), now());
  insert into review.calibrated_score (panel_id, subject_id, raw_mean, calibrated, spread, reviews, flagged, computed_at)
    select p.id, a.id, round((3 + z)::numeric, 2), round((3 + z + 0.2 * (random() - 0.5))::numeric, 2), random(), 3, false, now()
    from review.panel p,
      (select id, sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) as z from calls.application
        where call_id = '$CALL' and status = 'SUBMITTED' and coalesce(override_eligible, eligible) order by id) a
    where p.scope_id = '$CALL';" >/dev/null
echo "call $CALL: $(sql anso "select count(*) from calls.application where call_id = '$CALL' and status = 'SUBMITTED'") submitted, $(sql anso "select count(*) from review.calibrated_score s join review.panel p on p.id = s.panel_id where p.scope_id = '$CALL'") with a calibrated score, USD $(sql anso "select sum((answers -> 'budgetTotal' ->> 'amount')::numeric) from calls.application where call_id = '$CALL'") requested"
JAR_COOKIES="$WORK/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"\|value="[^"]*" name="_csrf"' | head -n 1 | sed 's/.*value="\([^"]*\)".*/\1/; s/^value="\([^"]*\)" name.*/\1/'; }
TOKEN=$(curl -sf -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | csrf)
curl -sf -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "email=secretariat@example.org" \
  --data-urlencode "password=anso-demo-2026" --data-urlencode "_csrf=$TOKEN" "$BASE/login"
TOKEN=$(curl -sf -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/secretariat/calls/$CALL/selection" | csrf) || true
[ -n "$TOKEN" ] || fail "could not sign in as the demo Secretariat and open the selection page of call $CALL"
REFERENCE='{"tieBreaks": [{"value": "rawMean"}, {"lot": 18}]}'
ENVELOPE='{"tieBreaks": [{"value": "rawMean"}, {"lot": 18}], "budget": {"envelope": {"amount": "20000000", "currency": "USD"}, "amountField": "budgetTotal", "skipToFit": true}}'
rules() { # saves the call's selection rules through the Secretariat's page, as a person would (checked on saving)
  local status
  status=$(curl -s -o "$WORK/rules.html" -w '%{http_code}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "selectionRules=$1" \
    --data-urlencode "_csrf=$TOKEN" "$BASE/secretariat/calls/$CALL/selection-rules")
  [ "$status" = 302 ] || fail "saving the selection rules answered $status (the refusal is in $WORK/rules.html)"
}
run() { # kind run: one selection through the API; prints client ms, server ms, summary and the decisions' digest
  local seconds server digest ms
  seconds=$(curl -sf -m 60 -o "$WORK/run.json" -w '%{time_total}' -X POST -H "X-CSRF-TOKEN: $TOKEN" \
    -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/api/v1/calls/$CALL/selection") \
    || fail "$1 run $2: POST /api/v1/calls/$CALL/selection failed or took over 60 s"
  server=$(grep -o 'Selection of [0-9]* candidates ran in [0-9]* ms' "$WORK/app.log" | tail -n 1 | grep -o '[0-9]* ms' | cut -d' ' -f1)
  digest=$(sql anso "select md5(string_agg(application_id::text || outcome || rank || coalesce(granted_amount::text, '-'), ',' order by track, rank))
    || ' granted ' || coalesce(sum(granted_amount), 0) || ' to ' || count(granted_amount)
    from calls.selection_decision where run_id = (select id from calls.selection_run where call_id = '$CALL' order by run_at desc limit 1)")
  ms=$(python3 -c "print(round($seconds * 1000))")
  echo "$1 run $2: end to end ${ms} ms (server ${server} ms), decisions $digest"
  [ "$2" -eq 0 ] || echo "$ms $server $digest" >>"$WORK/$1"
}
: >"$WORK/reference"; : >"$WORK/envelope"
for i in $(seq 0 "$RUNS"); do # run 0 of each warms the JIT and is not counted
  rules "$REFERENCE"; run reference "$i"
  rules "$ENVELOPE"; run envelope "$i"
done
echo "reference (no envelope) median of $RUNS runs: $(cut -d' ' -f1 "$WORK/reference" | median) ms end to end, $(cut -d' ' -f2 "$WORK/reference" | median) ms server"
echo "envelope median of $RUNS runs: $(cut -d' ' -f1 "$WORK/envelope" | median) ms end to end, $(cut -d' ' -f2 "$WORK/envelope" | median) ms server (target <= 1000 ms)"
echo "distinct envelope decision digests over the runs: $(cut -d' ' -f3 "$WORK/envelope" | sort -u | wc -l) (1 = reproducible)"
OVER=$(sql anso "select count(*) from calls.selection_run r where r.call_id = '$CALL' and (r.rules -> 'budget') is not null
  and (select coalesce(sum(granted_amount), 0) from calls.selection_decision d where d.run_id = r.id) > 20000000")
[ "$OVER" = 0 ] || fail "$OVER envelope run(s) granted more than the envelope"
echo "no run granted more than the envelope"
