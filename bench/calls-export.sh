#!/usr/bin/env bash
# The applications export at size (issue 25): starts the packaged platform with -Xmx512m and the 2021 history loaded
# before readiness (anso.demo.history=sync: the 2021 scholarship round holds 6,042 applications), signs in as the demo
# Secretariat and downloads that round's typed XLSX (every answer a column) RUNS times (default 5, at most 20), and its
# CSV as the reference (the same rows and columns, text only, no workbook). Prints the size, median and p95 of each
# (client side, curl's time_total) and the heap in use after the runs.
# Bounded: one start (at most 600 s), 2 x (1 + RUNS) downloads, 120 s timeout each.
# Usage: mvn -q -DskipTests package && bench/calls-export.sh [RUNS]   (builds nothing)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}; [ "$RUNS" -le 20 ] || RUNS=20
. bench/common.sh
need java curl python3 psql
machine
READY_TIMEOUT=${READY_TIMEOUT:-600} JAVA_OPTS="-Xmx512m ${JAVA_OPTS:-}" start_app --anso.demo.history=sync
CALL=$(sql anso "select id from calls.call where code = 'scholarship-2021'")
[ -n "$CALL" ] || fail "no scholarship-2021 call"
JAR_COOKIES="$WORK/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"\|value="[^"]*" name="_csrf"' | head -n 1 | sed 's/.*value="\([^"]*\)".*/\1/; s/^value="\([^"]*\)" name.*/\1/'; }
TOKEN=$(curl -sf -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | csrf)
curl -sf -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "email=secretariat@example.org" \
  --data-urlencode "password=anso-demo-2026" --data-urlencode "_csrf=$TOKEN" "$BASE/login"
run() { # kind format run
  local seconds
  seconds=$(curl -sf -m 120 -o "$WORK/export.$2" -w '%{time_total}' -b "$JAR_COOKIES" \
    "$BASE/secretariat/calls/$CALL/applications.$2") || fail "$1 run $3: the $2 export failed or took over 120 s"
  [ "$3" -eq 0 ] || python3 -c "print(round($seconds * 1000, 1))" >>"$WORK/$1"
}
p95() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else {i = int(NR * 0.95 + 0.999); if (i > NR) i = NR; print a[i]}}'; }
: >"$WORK/csv"; : >"$WORK/xlsx"
for i in $(seq 0 "$RUNS"); do # run 0 of each warms the JIT and is not counted
  run csv csv "$i"
  run xlsx xlsx "$i"
done
ROWS=$(python3 -c "import csv,sys; r=list(csv.reader(open(sys.argv[1], encoding='utf-8-sig'))); print(len(r) - 1, 'rows x', len(r[0]), 'columns')" "$WORK/export.csv")
echo "each export: $ROWS (the CSV read back)"
echo "CSV (reference): $(stat -c %s "$WORK/export.csv") bytes; over $RUNS runs median $(median <"$WORK/csv") ms, p95 $(p95 <"$WORK/csv") ms"
echo "typed XLSX: $(stat -c %s "$WORK/export.xlsx") bytes; over $RUNS runs median $(median <"$WORK/xlsx") ms, p95 $(p95 <"$WORK/xlsx") ms"
if command -v jcmd >/dev/null 2>&1; then
  echo "heap after the runs (-Xmx512m):"; jcmd "$APP_PID" GC.heap_info 2>/dev/null | head -n 3 || true
fi
