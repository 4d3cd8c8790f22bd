#!/usr/bin/env bash
# Cold start to ready: starts the packaged platform on the embedded PostgreSQL and times how long it
# takes until /actuator/health/readiness answers UP. Bounded: RUNS starts (default 5), each killed after
# 90 s; loopback only. Two cases: a first start on an empty data directory (initdb, migrations, demo
# data) and a restart on that same directory. Reference, measured in the same run: `java -version`.
# Usage: mvn -q -DskipTests package && bench/cold-start.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
JAR=$(ls target/anso-platform-*.jar | grep -v original | head -n 1)
PORT=${PORT:-18080}

now_ms() { date +%s%3N; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

start_until_ready() { # data-dir -> prints milliseconds to readiness
  local data=$1 begin pid ready=""
  begin=$(now_ms)
  java -jar "$JAR" --server.port="$PORT" --anso.data-dir="$data" >"$data.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 900); do
    if curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      ready=$(( $(now_ms) - begin )); break
    fi
    sleep 0.1
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [ -n "$ready" ] || { echo "not ready within 90 s, see $data.log" >&2; exit 1; }
  echo "$ready"
}

first=(); again=(); reference=()
for i in $(seq 1 "$RUNS"); do
  dir=$(mktemp -d /tmp/anso-cold-XXXX)
  begin=$(now_ms); java -version >/dev/null 2>&1; reference+=($(( $(now_ms) - begin )))
  first+=("$(start_until_ready "$dir/data")")
  again+=("$(start_until_ready "$dir/data")")
  rm -rf "$dir"
done
mf=$(printf '%s\n' "${first[@]}" | median)
ma=$(printf '%s\n' "${again[@]}" | median)
mr=$(printf '%s\n' "${reference[@]}" | median)
echo "runs: $RUNS"
echo "first start (empty data dir) ms: ${first[*]}  median $mf"
echo "restart (existing data dir) ms:  ${again[*]}  median $ma"
echo "reference java -version ms:      ${reference[*]}  median $mr"
awk -v f="$mf" -v a="$ma" -v r="$mr" 'BEGIN {printf "ratio first/reference %.1f, restart/reference %.1f\n", f/r, a/r}'
