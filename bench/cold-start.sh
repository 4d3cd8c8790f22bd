#!/usr/bin/env bash
# Cold start to ready: starts the packaged platform on the embedded PostgreSQL and times how long it
# takes until /actuator/health/readiness answers UP. Bounded: RUNS starts (default 5), each killed after
# 90 s; loopback only. Two cases: a first start on an empty data directory (initdb, migrations, demo
# data) and a restart on that same directory. Reference, measured in the same run: `java -version`.
# Usage: mvn -q -DskipTests package && bench/cold-start.sh [RUNS]   (it measures that jar and builds nothing)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
. bench/common.sh
need java curl python3
find_jar
PORT=${PORT:-$(free_port)}
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then fail "something already answers on 127.0.0.1:$PORT"; fi

now_ms() { date +%s%3N; }

start_until_ready() { # data-dir -> prints milliseconds to readiness
  local data=$1 begin pid ready=""
  begin=$(now_ms)
  java -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --anso.data-dir="$data" --anso.demo=true >"$data.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 900); do
    if curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      ready=$(( $(now_ms) - begin )); break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  if [ -z "$ready" ]; then
    echo "bench: not ready within 90 s (or the platform stopped); the end of $data.log:" >&2
    tail -n 30 "$data.log" >&2; exit 1
  fi
  echo "$ready"
}

first=(); again=(); reference=()
for _ in $(seq 1 "$RUNS"); do
  dir=$(mktemp -d /tmp/anso-cold-XXXX)
  begin=$(now_ms); java -version >/dev/null 2>&1; reference+=($(( $(now_ms) - begin )))
  ms=$(start_until_ready "$dir/data"); first+=("$ms")
  ms=$(start_until_ready "$dir/data"); again+=("$ms")
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
