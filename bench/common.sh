# shellcheck shell=bash
# Shared by the benchmark scripts; source it from the repository's root (every script cd's there first).
#   need TOOL...       stops, naming what is missing and the Debian package that has it
#   mvn_step ARGS...   runs Maven online (a fresh clone downloads what it lacks), its output in
#                      target/bench-mvn.log; on failure prints the end of that log and stops
#   find_jar           sets JAR to the packaged platform (or keeps JAR if set), or stops saying how to build it
#   start_app ARGS...  starts the jar in demo mode on a fresh data directory and a free loopback port, waits until it is
#                      ready; sets JAR, WORK, PORT, BASE, PG_PORT, APP_PID, exports PGPASSWORD (the database's
#                      superuser) and stops it on exit
#   stop_app, sql DB STATEMENT, free_port, median, machine

fail() { # message: stops; after start_app, keeps the temporary directory with the platform's log
  echo "bench: $*" >&2
  if [ -n "${WORK:-}" ] && [ -d "$WORK" ]; then KEEP=1; echo "bench: kept $WORK (the platform's log: $WORK/app.log)" >&2; fi
  exit 1
}

need() {
  local tool missing=""
  for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"; done
  [ -z "$missing" ] && return 0
  fail "missing:$missing (Debian: java/javac: openjdk-17-jdk, mvn: maven, psql/createdb/pgbench: postgresql-client, python3, curl)"
}

mvn_step() {
  need mvn
  mkdir -p target
  local log=target/bench-mvn.log
  echo "bench: mvn $* (output in $log; the first run on a fresh clone downloads dependencies and plugins)" >&2
  if ! mvn -B "$@" >"$log" 2>&1; then
    echo "bench: FAILED: mvn $*; the end of $log:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
}

find_jar() {
  [ "$(uname -s)" = Linux ] || fail "the benchmarks run on Linux only (they read /proc; the packaged jar carries Linux natives only)"
  if [ -n "${JAR:-}" ]; then # another build to compare, e.g. JAR=/tmp/before.jar bench/cold-start.sh
    [ -f "$JAR" ] || fail "JAR=$JAR: no such file"; return 0
  fi
  JAR=$(ls target/anso-platform-*.jar 2>/dev/null | head -n 1 || true)
  [ -n "$JAR" ] || fail "no packaged platform under target/: the benchmarks measure the jar, build it first with: mvn -q -DskipTests package"
  if [ -n "$(find src pom.xml -newer "$JAR" -type f -print -quit)" ]; then
    echo "bench: warning: $JAR is older than some sources, so it may not measure them: mvn -q -DskipTests package" >&2
  fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

start_app() { # extra arguments for the platform; waits up to READY_TIMEOUT seconds (default 300)
  need java curl python3
  find_jar
  WORK=$(mktemp -d /tmp/anso-bench-XXXX)
  PORT=$(free_port)
  BASE="http://127.0.0.1:$PORT"
  java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --anso.data-dir="$WORK/data" --anso.demo=true \
    --anso.base-url="$BASE" "$@" >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  trap stop_app EXIT
  local waited=0
  until curl -sf "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    sleep 1; waited=$((waited + 1))
    if ! kill -0 "$APP_PID" 2>/dev/null || [ "$waited" -ge "${READY_TIMEOUT:-300}" ]; then
      tail -n 30 "$WORK/app.log" >&2
      fail "the platform did not become ready within ${READY_TIMEOUT:-300} s (or it stopped: the end of its log is above)"
    fi
  done
  PG_PORT=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$WORK/app.log" | grep -o '[0-9]*$' | head -n 1 || true)
  [ -n "$PG_PORT" ] || fail "no 'Embedded PostgreSQL started on port N' in the platform's log: cannot reach its database"
  # the embedded database asks for passwords, generated at its first start (psql, createdb and pgbench read PGPASSWORD)
  PGPASSWORD=$(sed -n 's/^postgres=//p' "$WORK/data/database.secrets")
  export PGPASSWORD
  [ -n "$PGPASSWORD" ] || fail "no password for postgres in $WORK/data/database.secrets"
  echo "ready after ${waited} s on $BASE (embedded PostgreSQL on 127.0.0.1:$PG_PORT, data in $WORK)" >&2
}

stop_app() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
  if [ -n "${WORK:-}" ] && [ -z "${KEEP:-}" ]; then rm -rf "$WORK"; fi
}

sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "${1}" -At -v ON_ERROR_STOP=1 -c "$2"; }

machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
}
