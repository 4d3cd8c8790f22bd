#!/usr/bin/env bash
# Budget against actual at size (issue 19, target p95 <= 300 ms at 100,000 ledger lines): LINES ledger lines of 2031
# (default 100,000) written straight into finance.ledger_line with generate_series (spread over every programme, a
# tenth in US dollars or euros at a fixed rate, one in a hundred reversed by a reversing line), an approved plan of
# 2031, then GET /api/v1/finance/budget?year=2031 as the demo finance account (BudgetQueries.year: two statements).
# The reference, measured in the same run and alternating with it: the same request for 2099, a year without lines,
# i.e. the request's own cost. Prints median and p95 of each (client side, curl's time_total) and checks that the
# API's total equals the ledger's sum for the year.
# Bounded: one start (at most 300 s), 2 x (1 + RUNS) requests (RUNS 50, at most 200), 30 s timeout each.
# Prerequisites: psql (Debian: apt-get install postgresql-client).
# Usage: mvn -q -DskipTests package && bench/budget.sh [RUNS] [LINES]   (builds nothing)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-50}; [ "$RUNS" -le 200 ] || RUNS=200
LINES=${2:-100000}
YEAR=2031
. bench/common.sh
need java curl python3 psql
machine
start_app
START=$(date +%s%N)
sql anso "
  with programmes as (select array_agg(code order by code) as codes from calls.programme),
  lines as (
    select g, (select codes from programmes) as codes,
      case when g % 10 = 0 then 'USD' when g % 10 = 5 then 'EUR' else 'CNY' end as currency,
      round((100 + (g * 7919) % 90000 / 10.0)::numeric, 2) as amount
    from generate_series(1, $LINES) g)
  insert into finance.ledger_line (id, line_no, entry_date, amount, currency, rate, base_amount, programme_code, description, created_at)
  select gen_random_uuid(), g, date '$YEAR-01-01' + (g % 365), amount, currency,
    case currency when 'USD' then 7.1 when 'EUR' then 7.8 else 1 end,
    amount * case currency when 'USD' then 7.1 when 'EUR' then 7.8 else 1 end,
    codes[1 + g % array_length(codes, 1)], 'bench line ' || g, now()
  from lines" >/dev/null
sql anso "
  insert into finance.ledger_line (id, entry_date, amount, currency, rate, base_amount, programme_code, description, reverses, reason, created_at)
  select gen_random_uuid(), entry_date, -amount, currency, rate, -base_amount, programme_code, 'bench reversal', id, 'bench', now()
  from finance.ledger_line where line_no % 100 = 0 and description like 'bench line %'" >/dev/null
PLAN=$(sql anso "insert into finance.budget_plan (id, year, currency, status, created_at, updated_at)
  values (gen_random_uuid(), $YEAR, 'CNY', 'DRAFT', now(), now()) returning id" | head -n 1)
sql anso "insert into finance.budget_plan_line (plan_id, programme_code, amount)
  select '$PLAN', code, 1000000 + position * 1000 from calls.programme" >/dev/null
sql anso "update finance.budget_plan set status = 'APPROVED', decision_id = gen_random_uuid(), decided_on = date '$YEAR-01-01' where id = '$PLAN'" >/dev/null
sql anso "analyze finance.ledger_line" >/dev/null
echo "$(sql anso "select count(*) from finance.ledger_line where extract(year from entry_date) = $YEAR") ledger lines of $YEAR written in $(( ($(date +%s%N) - START) / 1000000 )) ms"
JAR_COOKIES="$WORK/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"\|value="[^"]*" name="_csrf"' | head -n 1 | sed 's/.*value="\([^"]*\)".*/\1/; s/^value="\([^"]*\)" name.*/\1/'; }
TOKEN=$(curl -sf -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | csrf)
curl -sf -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "email=finance@example.org" \
  --data-urlencode "password=anso-demo-2026" --data-urlencode "_csrf=$TOKEN" "$BASE/login"
curl -sf -o "$WORK/budget.json" -b "$JAR_COOKIES" "$BASE/api/v1/finance/budget?year=$YEAR" \
  || fail "could not sign in as the demo finance account and read GET /api/v1/finance/budget"
TOTAL=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["total"]["actual"])' "$WORK/budget.json")
EXPECTED=$(sql anso "select sum(base_amount) from finance.ledger_line where entry_date >= date '$YEAR-01-01' and entry_date < date '$((YEAR + 1))-01-01'")
python3 -c "import sys; from decimal import Decimal as D; sys.exit(0 if D('$TOTAL') == D('$EXPECTED') else 1)" \
  || fail "the API's total $TOTAL differs from the ledger's sum $EXPECTED"
echo "the API's total for $YEAR equals the ledger's sum: $TOTAL"
run() { # kind year run
  local seconds
  seconds=$(curl -sf -m 30 -o /dev/null -w '%{time_total}' -b "$JAR_COOKIES" "$BASE/api/v1/finance/budget?year=$2") \
    || fail "$1 run $3: GET /api/v1/finance/budget?year=$2 failed or took over 30 s"
  [ "$3" -eq 0 ] || python3 -c "print(round($seconds * 1000, 1))" >>"$WORK/$1"
}
p95() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else {i = int(NR * 0.95 + 0.999); if (i > NR) i = NR; print a[i]}}'; }
: >"$WORK/reference"; : >"$WORK/budget"
for i in $(seq 0 "$RUNS"); do # run 0 of each warms the JIT and is not counted
  run reference 2099 "$i"
  run budget "$YEAR" "$i"
done
echo "reference (a year without lines) over $RUNS runs: median $(median <"$WORK/reference") ms, p95 $(p95 <"$WORK/reference") ms"
echo "budget against actual at $LINES lines over $RUNS runs: median $(median <"$WORK/budget") ms, p95 $(p95 <"$WORK/budget") ms (target p95 <= 300 ms)"
