#!/usr/bin/env bash
# Registration burst (issue 6): COUNT visitors (default 2000) register for a training course with CAPACITY
# places (default 1700) against the packaged platform on loopback, WORKERS (default 32) at a time, each as a
# fresh browser session (page load for the CSRF token, then POST /api/v1/meetings/{id}/registrations).
# Bounded: the load must finish within 60 s; the platform is started on a fresh data directory and stopped
# at the end. Checks the outcome through the API: exactly CAPACITY confirmed and the rest waiting.
# Usage: mvn -q -DskipTests package && bench/meetings-registrations.sh [COUNT] [CAPACITY] [WORKERS]
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-2000}
CAPACITY=${2:-1700}
WORKERS=${3:-32}
PORT=${PORT:-18081}
BASE="http://127.0.0.1:$PORT"
JAR=$(ls target/anso-platform-*.jar | grep -v original | head -n 1)
DATA=$(mktemp -d /tmp/anso-bench-meetings-XXXX)
JAR_LOG="$DATA/platform.log"

java -jar "$JAR" --server.port="$PORT" --anso.data-dir="$DATA/data" --anso.demo=true \
  --logging.level.org.ansoplatform=WARN >"$JAR_LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 900); do
  curl -sf "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"' && break
  sleep 0.1
done
curl -sf "$BASE/actuator/health/readiness" | grep -q '"UP"' || { echo "platform not ready, see $JAR_LOG" >&2; exit 1; }

# the Secretariat signs in and creates the course
JAR_COOKIES="$DATA/cookies"
csrf() { grep -o 'name="_csrf" content="[^"]*"' | head -n 1 | sed 's/.*content="\([^"]*\)"/\1/'; }
TOKEN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | csrf)
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" -X POST "$BASE/login" \
  --data-urlencode "email=secretariat@example.org" --data-urlencode "password=anso-demo-2026" --data-urlencode "_csrf=$TOKEN"
TOKEN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/secretariat/meetings/new" | csrf)
START=$(date -d '+30 days' +%F)
LOCATION=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" -X POST "$BASE/secretariat/meetings/new" \
  --data-urlencode "_csrf=$TOKEN" --data-urlencode "kind=TRAINING_COURSE" --data-urlencode "mode=ONLINE" \
  --data-urlencode "title=Benchmark training course" --data-urlencode "startDate=$START" --data-urlencode "endDate=$START" \
  --data-urlencode "timeZone=Asia/Shanghai" --data-urlencode "organizers=ANSO Secretariat" \
  --data-urlencode "capacity=$CAPACITY" --data-urlencode "published=true" --data-urlencode "registrationOpen=true" \
  --data-urlencode "onlineLink=https://meet.example.org/bench")
MEETING=${LOCATION##*/}
[[ "$MEETING" =~ ^[0-9a-f-]{36}$ ]] || { echo "could not create the course (got '$LOCATION')" >&2; exit 1; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1)"
java bench/RegistrationLoad.java "$BASE" "$MEETING" "$COUNT" "$WORKERS"
curl -s "$BASE/api/v1/meetings/$MEETING" | grep -o '"confirmed":[0-9]*,"waiting":[0-9]*' \
  | sed 's/"confirmed":/stored: confirmed /; s/,"waiting":/, waiting /'
