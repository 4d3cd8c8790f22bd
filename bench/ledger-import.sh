#!/usr/bin/env bash
# The ledger import (issue 19, target <= 10 s for 100,000 lines): a CSV export of LINES lines (a third in US dollars at
# the rate of their day, entered first through the API; programmes, vouchers and descriptions varied; seeded, so every
# run imports the same lines but a different file, since the same file is refused twice), posted as finance staff to
# POST /api/v1/finance/ledger/imports: parsed as a stream, every line checked, written in batches, all or nothing.
# The reference, measured in the same run on the same rows: psql's \copy of the same file into a temporary table (the
# bytes into PostgreSQL with no check at all). Runs alternate (reference, import) so that the neighbours' load weighs
# on both alike. Prints both times per run and their medians, and checks that every import stored LINES lines whose
# base amounts add up to the file's.
# Bounded: one start (at most 300 s), RUNS (3, at most 10) x (one \copy + one import, 120 s timeout each).
# Prerequisites: psql (Debian: apt-get install postgresql-client).
# Usage: mvn -q -DskipTests package && bench/ledger-import.sh [LINES] [RUNS]   (builds nothing; LINES 100000, at most 200000)
set -euo pipefail
cd "$(dirname "$0")/.."
LINES=${1:-100000}; [ "$LINES" -le 200000 ] || LINES=200000
RUNS=${2:-3}; [ "$RUNS" -le 10 ] || RUNS=10
. bench/common.sh
need java curl python3 psql
machine
start_app
COOKIES="$WORK/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"\|value="[^"]*" name="_csrf"' | head -n 1 | sed 's/.*value="\([^"]*\)".*/\1/; s/^value="\([^"]*\)" name.*/\1/'; }
TOKEN=$(curl -sf -c "$COOKIES" -b "$COOKIES" "$BASE/login" | csrf)
curl -sf -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "email=finance@example.org" \
  --data-urlencode "password=anso-demo-2026" --data-urlencode "_csrf=$TOKEN" "$BASE/login"
TOKEN=$(curl -sf -c "$COOKIES" -b "$COOKIES" "$BASE/finance/ledger/import" | csrf) || true
[ -n "$TOKEN" ] || fail "could not sign in as the demo finance staff (finance@example.org) and open /finance/ledger/import"
# the dollar's rate on each day of 2021 the file uses (a rate is entered once per day and currency)
for day in $(seq 0 27); do
  date=$(python3 -c "import datetime; print(datetime.date(2021, 3, 1) + datetime.timedelta(days=$day))")
  status=$(curl -s -o "$WORK/rate.json" -w '%{http_code}' -c "$COOKIES" -b "$COOKIES" -H "X-CSRF-TOKEN: $TOKEN" \
    -H 'Content-Type: application/json' -d "{\"currency\": \"USD\", \"date\": \"$date\", \"rate\": 6.4$day}" "$BASE/api/v1/finance/rates")
  [ "$status" = 201 ] || fail "entering the rate of $date answered $status: $(cat "$WORK/rate.json")"
done
generate() { # run file: LINES seeded lines, the run's number in every voucher so that each file is new
  python3 - "$LINES" "$1" "$2" <<'PY'
import datetime, random, sys
lines, run, path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rng = random.Random(2021)
programmes = ["scholarship", "visiting-fellowship", "training", "cooperation", "advisory", "networks-events", "operations"]
with open(path, "w", encoding="utf-8") as out:
    out.write("date,amount,currency,programme,fund,project,call,meeting,voucher,description\n")
    for i in range(lines):
        day = datetime.date(2021, 3, 1) + datetime.timedelta(days=rng.randrange(28))
        currency = "USD" if i % 3 == 0 else "CNY"
        amount = "%d.%02d" % (rng.randrange(1, 200000), rng.randrange(100))
        out.write(f"{day},{amount},{currency},{rng.choice(programmes)},,,,,R{run}-{i},Expense {i} of run {run}\n")
PY
}
echo "lines: $LINES, runs: $RUNS"
IMPORTS=""; COPIES=""
for run in $(seq 1 "$RUNS"); do
  generate "$run" "$WORK/ledger-$run.csv"
  start=$(date +%s.%N)
  timeout 120 psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d anso -q -v ON_ERROR_STOP=1 \
    -c "create temporary table copied (entry_date date, amount numeric(19, 4), currency char(3), programme_code text, fund_code text, project_ref text, call_ref text, meeting_ref text, voucher text, description text)" \
    -c "\\copy copied from '$WORK/ledger-$run.csv' with (format csv, header true)" >/dev/null \
    || fail "run $run: \\copy of the file failed or took over 120 s"
  copy=$(python3 -c "import time; print(round((time.time() - $start) * 1000))")
  seconds=$(curl -s -m 120 -o "$WORK/import.json" -w '%{time_total}' -c "$COOKIES" -b "$COOKIES" -H "X-CSRF-TOKEN: $TOKEN" \
    -F "file=@$WORK/ledger-$run.csv;type=text/csv" "$BASE/api/v1/finance/ledger/imports") \
    || fail "run $run: the import failed or took over 120 s"
  id=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["id"]) if d.get("lineCount") else sys.exit(1)' "$WORK/import.json") \
    || fail "run $run: the import was refused: $(head -c 2000 "$WORK/import.json")"
  ms=$(python3 -c "print(round($seconds * 1000))")
  stored=$(sql anso "select count(*) || ' lines, ' || sum(base_amount) || ' CNY' from finance.ledger_line where import_id = '$id'")
  echo "run $run: reference \\copy ${copy} ms, import ${ms} ms ($stored)"
  IMPORTS="$IMPORTS $ms"; COPIES="$COPIES $copy"
  rm -f "$WORK/ledger-$run.csv"
done
echo "median: reference \\copy $(echo $COPIES | tr ' ' '\n' | median) ms, import $(echo $IMPORTS | tr ' ' '\n' | median) ms for $LINES lines"
