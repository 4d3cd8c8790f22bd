#!/usr/bin/env bash
# Registration burst (issue 6): COUNT people (default 2000) register for a training course with CAPACITY
# places (default 1700) against the packaged platform on loopback, WORKERS (default 16) at a time, through
# POST /api/v1/meetings/{id}/registrations. MODE api (default): each worker is an API client with one session;
# MODE visitor: each registration is a fresh browser session that loads the meeting page first.
# Bounded: the load must finish within 60 s; the platform is started on a fresh data directory and stopped
# at the end. Checks the outcome through the API: exactly CAPACITY confirmed and the rest waiting.
# A warm-up of WARMUP registrations (default 2000) on another course comes first and is reported apart.
# Set KEEP=1 to keep the temporary directory (the platform's log, its data).
# Usage: mvn -q -DskipTests package && bench/meetings-registrations.sh [COUNT] [CAPACITY] [WORKERS] [MODE]
# (it measures that jar and builds nothing)
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-2000}
CAPACITY=${2:-1700}
WORKERS=${3:-16}
MODE=${4:-api}
WARMUP=${WARMUP:-2000}
. bench/common.sh
need java javac curl python3
find_jar
PORT=${PORT:-$(free_port)}
BASE="http://127.0.0.1:$PORT"
DATA=$(mktemp -d /tmp/anso-bench-meetings-XXXX)
WORK=$DATA # for fail(): keeps it, with the log
JAR_LOG="$DATA/app.log"

java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --anso.data-dir="$DATA/data" \
  --anso.demo=true --anso.rate-limit.per-address=1000000000 --anso.rate-limit.per-email=1000000000 \
  --anso.proof-of-work.max-number=1000 \
  --logging.level.org.ansoplatform=WARN >"$JAR_LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$DATA"' EXIT
for _ in $(seq 1 900); do
  curl -sf "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$APP" 2>/dev/null || break
  sleep 0.1
done
if ! curl -sf "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
  tail -n 30 "$JAR_LOG" >&2
  fail "the platform did not become ready within 90 s (or it stopped: the end of its log is above)"
fi

# the Secretariat signs in and creates the course
JAR_COOKIES="$DATA/cookies"
csrf() { grep -o 'name="_csrf" content="[^"]*"' | head -n 1 | sed 's/.*content="\([^"]*\)"/\1/'; }
TOKEN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | csrf) || fail "no CSRF token on $BASE/login"
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" -X POST "$BASE/login" \
  --data-urlencode "email=secretariat@example.org" --data-urlencode "password=anso-demo-2026" --data-urlencode "_csrf=$TOKEN"
START=$(date -d '+30 days' +%F)
create_course() { # title capacity -> id
  local token location
  token=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/secretariat/meetings/new" | csrf) || true # checked below
  location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" -X POST "$BASE/secretariat/meetings/new" \
    --data-urlencode "_csrf=$token" --data-urlencode "kind=TRAINING_COURSE" --data-urlencode "mode=ONLINE" \
    --data-urlencode "title=$1" --data-urlencode "startDate=$START" --data-urlencode "endDate=$START" \
    --data-urlencode "timeZone=Asia/Shanghai" --data-urlencode "organizers=ANSO Secretariat" \
    --data-urlencode "capacity=$2" --data-urlencode "published=true" --data-urlencode "registrationOpen=true" \
    --data-urlencode "onlineLink=https://meet.example.org/bench")
  echo "${location##*/}"
}
WARMUP_MEETING=$(create_course "Benchmark warm-up course" 100000)
MEETING=$(create_course "Benchmark training course" "$CAPACITY")

for id in "$WARMUP_MEETING" "$MEETING"; do
  [[ "$id" =~ ^[0-9a-f-]{36}$ ]] || fail "could not sign in as the demo Secretariat and create the courses (got '$id')"
done

# CPU time (ms) of the platform and its database (postmaster, its live backends, and those that ended):
# a figure that depends less on what else the shared machine runs than the wall-clock throughput does
cpu_ms() { # [java|db|all]
  local pm pids total=0 t
  pm=$(head -n 1 "$DATA/data/postgres/postmaster.pid")
  case "${1:-all}" in
    java) pids="$APP" ;;
    db) pids="$pm $(ps -o pid= --ppid "$pm" | tr '\n' ' ')" ;;
    *) pids="$APP $pm $(ps -o pid= --ppid "$pm" | tr '\n' ' ')" ;;
  esac
  for p in $pids; do
    t=$(awk '{print $14+$15+$16+$17}' "/proc/$p/stat" 2>/dev/null || echo 0)
    total=$((total + t))
  done
  echo $((total * 1000 / $(getconf CLK_TCK)))
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1)"
javac -d "$DATA/classes" bench/RegistrationLoad.java
# a running instance is warm: the same load once on another course first (not measured), so that class
# loading and JIT compilation after the start are not counted as the cost of a registration
java -cp "$DATA/classes" RegistrationLoad "$BASE" "$WARMUP_MEETING" "$WARMUP" "$WORKERS" "$MODE" | sed 's/^/warm-up: /' || true
sleep 5
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
CPU_BEFORE=$(cpu_ms); JAVA_BEFORE=$(cpu_ms java)
java -cp "$DATA/classes" RegistrationLoad "$BASE" "$MEETING" "$COUNT" "$WORKERS" "$MODE"
# give the emails and audit entries of the burst 10 s to be written, so that their CPU is counted too
sleep 10
CPU_AFTER=$(cpu_ms); JAVA_AFTER=$(cpu_ms java)
awk -v c=$((CPU_AFTER - CPU_BEFORE)) -v j=$((JAVA_AFTER - JAVA_BEFORE)) -v n="$COUNT" \
  'BEGIN {printf "platform + database CPU: %d ms (platform %d, database %d), %.1f ms per registration (emails and audit included), at most %.0f registrations/s on 2 idle cores\n", c, j, c - j, c / n, 2000 * n / c}'
STORED=$(curl -sf "$BASE/api/v1/meetings/$MEETING" | grep -o '"confirmed":[0-9]*,"waiting":[0-9]*') \
  || fail "could not read the course's confirmed and waiting counts from GET /api/v1/meetings/$MEETING"
echo "$STORED" | sed 's/"confirmed":/stored: confirmed /; s/,"waiting":/, waiting /'
