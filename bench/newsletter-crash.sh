#!/usr/bin/env bash
# A newsletter to SUBSCRIBERS (20,000) confirmed subscribers through the mail pipeline to a local SMTP server
# (bench/SmtpCounter.java, loopback), the platform killed (kill -9) when about half is sent and restarted on the same
# data directory: every subscriber must receive the issue, and no Message-ID may arrive twice. The reference of the
# same run: the SMTP server's own throughput, REFERENCE (2,000) messages sent to it by a plain client.
# Bounded: one start and one restart (READY_TIMEOUT each), the sending within LIMIT (1800) s in all.
# Usage: bench/newsletter-crash.sh [SUBSCRIBERS]     Prerequisites: the packaged jar, java, curl, python3, psql.
set -euo pipefail
cd "$(dirname "$0")/.."
SUBSCRIBERS=${1:-20000}
[ "$SUBSCRIBERS" -le 100000 ] || { echo "at most 100,000 subscribers" >&2; exit 2; }
LIMIT=${LIMIT:-1800}
REFERENCE=${REFERENCE:-2000}
. bench/common.sh
need java curl python3 psql

SMTP_PORT=$(free_port)
SMTP_DIR=$(mktemp -d /tmp/anso-smtp-XXXX)
java bench/SmtpCounter.java serve "$SMTP_PORT" "$SMTP_DIR/ids.txt" >"$SMTP_DIR/smtp.log" 2>&1 &
SMTP_PID=$!
cleanup_smtp() { kill "$SMTP_PID" 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$SMTP_DIR"; }
for _ in $(seq 1 30); do grep -q listening "$SMTP_DIR/smtp.log" 2>/dev/null && break; sleep 1; done
grep -q listening "$SMTP_DIR/smtp.log" || fail "the SMTP counter did not start: $(cat "$SMTP_DIR/smtp.log")"

# the sending job every second, its lock and its claims' lease short, so the restart resumes within seconds
SETTINGS=(--spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" --anso.mail.from="ANSO <newsletter@bench.example.org>"
  --anso.publications.newsletter.interval=PT1S --anso.publications.newsletter.initial-delay=PT1S
  --anso.publications.newsletter.lock-at-most=PT20S --anso.publications.newsletter.batch-size=200)
start_app "${SETTINGS[@]}"
trap 'stop_app; cleanup_smtp' EXIT
machine

java bench/SmtpCounter.java reference "$SMTP_PORT" "$REFERENCE"
: >"$SMTP_DIR/ids.txt" # the reference's messages are not the newsletter's

sql anso "insert into publications.subscriber (id, email, language, status, confirm_hash, requested_at, confirmed_at)
  select gen_random_uuid(), 'bench' || i || '@subscribers.example.org', (array['en','zh','ru','es','fr'])[1 + i % 5], 'CONFIRMED',
         encode(sha256(('bench' || i)::bytea), 'hex'), now(), now() from generate_series(1, $SUBSCRIBERS) i" >/dev/null
CONFIRMED=$(sql anso "select count(*) from publications.subscriber where status = 'CONFIRMED'")
ISSUE=$(sql anso "insert into publications.newsletter (id, number, issued_on, title, editorial, status, created_at, updated_at)
  values (gen_random_uuid(), 900, current_date, '{\"en\": \"Benchmark issue\"}', '{\"en\": \"An editorial.\"}', 'DRAFT', now(), now())
  returning id" | head -n 1)
sql anso "insert into publications.newsletter_article (newsletter_id, news_id, position)
  select '$ISSUE', id, row_number() over (order by published_on desc) from publications.news where status = 'PUBLISHED'
  order by published_on desc limit 5" >/dev/null

COOKIES="$WORK/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"\|value="[^"]*" name="_csrf"' | head -n 1 | sed 's/.*value="\([^"]*\)".*/\1/; s/^value="\([^"]*\)" name.*/\1/'; }
TOKEN=$(curl -sf -c "$COOKIES" -b "$COOKIES" "$BASE/login" | csrf)
curl -sf -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "email=secretariat@example.org" \
  --data-urlencode "password=anso-demo-2026" --data-urlencode "_csrf=$TOKEN" "$BASE/login"
TOKEN=$(curl -sf -b "$COOKIES" "$BASE/secretariat/newsletters/$ISSUE" | csrf)
[ -n "$TOKEN" ] || fail "could not sign in as the demo Secretariat and open the issue"
BEGAN=$(date +%s%N)
curl -sf -o /dev/null -b "$COOKIES" --data-urlencode "_csrf=$TOKEN" "$BASE/secretariat/newsletters/$ISSUE/send" \
  || fail "POST /secretariat/newsletters/$ISSUE/send failed"
TOTAL=$(sql anso "select count(*) from publications.newsletter_send where newsletter_id = '$ISSUE'")
echo "sending issue $ISSUE to $TOTAL confirmed subscribers ($CONFIRMED confirmed, $SUBSCRIBERS of them the benchmark's)"

received() { wc -l <"$SMTP_DIR/ids.txt"; }
until [ "$(received)" -ge $((TOTAL / 2)) ]; do
  sleep 0.2
  [ $(( ($(date +%s%N) - BEGAN) / 1000000000 )) -lt "$LIMIT" ] || fail "half the messages were not sent within $LIMIT s"
done
kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
KILLED_AT=$(received)
SENT_MARKED=$(sql anso "select count(*) from publications.newsletter_send where newsletter_id = '$ISSUE' and sent_at is not null")
echo "killed the platform (SIGKILL) after $KILLED_AT messages accepted; rows marked sent: $SENT_MARKED; after $(( ($(date +%s%N) - BEGAN) / 1000000 )) ms"

RESTART=$(date +%s)
java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --anso.data-dir="$WORK/data" --anso.demo=true \
  --anso.base-url="$BASE" "${SETTINGS[@]}" >"$WORK/restart.log" 2>&1 &
APP_PID=$!
until curl -sf "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
  sleep 1
  kill -0 "$APP_PID" 2>/dev/null && [ $(( $(date +%s) - RESTART )) -lt "${READY_TIMEOUT:-300}" ] \
    || { tail -n 30 "$WORK/restart.log" >&2; fail "the restart did not become ready"; }
done
PG_PORT=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$WORK/restart.log" | grep -o '[0-9]*$' | head -n 1)
echo "restarted on the same data directory, ready after $(( $(date +%s) - RESTART )) s"
until [ "$(sql anso "select status from publications.newsletter where id = '$ISSUE'")" = SENT ]; do
  sleep 1
  [ $(( ($(date +%s%N) - BEGAN) / 1000000000 )) -lt "$LIMIT" ] || fail "the issue was not sent within $LIMIT s: $(received) of $TOTAL"
done
ELAPSED=$(( ($(date +%s%N) - BEGAN) / 1000000 ))
sleep 2
LINES=$(received)
DISTINCT=$(grep "^<newsletter-$ISSUE-" "$SMTP_DIR/ids.txt" | sort -u | wc -l)
TWICE=$(grep "^<newsletter-$ISSUE-" "$SMTP_DIR/ids.txt" | sort | uniq -d | wc -l)
echo "messages accepted: $LINES; distinct Message-IDs: $DISTINCT; Message-IDs received twice: $TWICE; subscribers: $TOTAL"
echo "the whole sending, kill and restart included: $ELAPSED ms ($(python3 -c "print(round($TOTAL / ($ELAPSED / 1000)))") messages/s)"
[ "$DISTINCT" -eq "$TOTAL" ] || fail "distinct Message-IDs ($DISTINCT) differ from the subscribers ($TOTAL)"
[ "$TWICE" -eq 0 ] || echo "bench: note: $TWICE message(s) in flight at the kill were sent again with the same Message-ID (at-least-once for the message in flight, docs/newsletters.md)"
echo "newsletter-crash: OK"
