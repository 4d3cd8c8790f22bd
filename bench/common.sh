# Shared by the benchmark scripts: start the packaged platform on a fresh data directory and a free
# loopback port, wait until it is ready, stop it. Source it; it sets JAR, WORK, PORT, BASE, PG_PORT, APP_PID.
JAR=$(ls target/anso-platform-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
[ -n "$JAR" ] || { echo "no jar: run mvn -q -DskipTests package first" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

start_app() { # extra arguments for the platform; waits up to READY_TIMEOUT seconds (default 300)
  WORK=$(mktemp -d /tmp/anso-bench-XXXX)
  PORT=$(free_port)
  BASE="http://127.0.0.1:$PORT"
  java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --anso.data-dir="$WORK/data" \
    --anso.base-url="$BASE" "$@" >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  trap stop_app EXIT
  local waited=0
  until curl -sf "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    sleep 1; waited=$((waited + 1))
    if ! kill -0 "$APP_PID" 2>/dev/null || [ "$waited" -ge "${READY_TIMEOUT:-300}" ]; then
      echo "the platform did not become ready within ${READY_TIMEOUT:-300} s; log: $WORK/app.log" >&2; tail -n 30 "$WORK/app.log" >&2; exit 1
    fi
  done
  PG_PORT=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$WORK/app.log" | grep -o '[0-9]*$' | head -n 1)
  echo "ready after ${waited} s on $BASE (embedded PostgreSQL on 127.0.0.1:$PG_PORT, data in $WORK)" >&2
}

stop_app() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
  if [ -n "${WORK:-}" ] && [ -z "${KEEP:-}" ]; then rm -rf "$WORK"; fi
}

sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "${1}" -At -c "$2"; }

machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1), $(date -u +%Y-%m-%dT%H:%MZ)"
}
