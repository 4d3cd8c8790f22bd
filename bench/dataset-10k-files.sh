#!/usr/bin/env bash
# Benchmark: a dataset with FILES files (issue 23: its landing page and file list p95 <= 200 ms). Starts the packaged
# platform on a fresh data directory and a free loopback port with the demo data, adds FILES (default 10000) file rows
# to a published demo version with one SQL statement (half at the top, half in fifty folders raw/station-NN/ of a
# hundred each, all pointing at the version's first stored file, so no bytes are written), takes statistics, then per
# run sends REQUESTS anonymous requests (default 500, CONCURRENCY 4) to each of: the landing page, the landing page of
# a demo dataset of a few files (how much the thousands cost), the file list's
# first page, a page deep in the top folder (by its keyset cursor), a folder, a name filter, the JSON API's page;
# then as many to the reference GET /login with the same client (bench/DatasetFilesLoad.java). RUNS times (default
# 3), medians at the end. Every body is checked (the file names expected on that page).
# Bounded: one start (at most 300 s), generation within a 5 min statement timeout, RUNS (at most 10) x 8 x REQUESTS
# (at most 20,000) requests, 30 s timeout each.
# Prerequisites: psql (Debian: apt-get install postgresql-client).
# Usage: mvn -q -DskipTests package && bench/dataset-10k-files.sh [FILES] [RUNS] [REQUESTS] [CONCURRENCY]   (builds nothing)
set -euo pipefail
cd "$(dirname "$0")/.."
FILES=${1:-10000}; RUNS=${2:-3}; REQUESTS=${3:-500}; CONCURRENCY=${4:-4}
[ "$FILES" -ge 1000 ] && [ "$FILES" -le 200000 ] || { echo "bench: FILES between 1,000 and 200,000" >&2; exit 1; }
[ "$RUNS" -le 10 ] || RUNS=10
. bench/common.sh
need java curl python3 psql
machine
start_app
read -r DATASET NUMBER VERSION < <(sql anso "select v.dataset_id || ' ' || v.number || ' ' || v.id from datasets.dataset_version v
  where v.status = 'PUBLISHED' and exists (select 1 from datasets.dataset_file f where f.version_id = v.id and f.access = 'OPEN')
  order by v.published_at, v.id limit 1")
[ -n "${VERSION:-}" ] || fail "no published demo dataset with an open file"
HALF=$((FILES / 2))
echo "adding $FILES files to dataset $DATASET version $NUMBER ..."
started=$(date +%s)
sql anso "set statement_timeout = '5min';
insert into datasets.dataset_file (id, version_id, stored_file_id, folder, name, media_type, size, sha256, md5, access,
  embargo_until, position)
select gen_random_uuid(), f.version_id, f.stored_file_id,
  case when g <= $HALF then '' else 'raw/station-' || lpad((((g - $HALF - 1) * 50) / ($FILES - $HALF) + 1)::text, 2, '0') || '/' end,
  'observations-' || lpad(g::text, 6, '0') || '.csv', f.media_type, f.size, f.sha256, f.md5, 'OPEN', null,
  (select coalesce(max(position), 0) from datasets.dataset_file where version_id = f.version_id) + g
from (select * from datasets.dataset_file where version_id = '$VERSION' and access = 'OPEN' order by position limit 1) f,
  generate_series(1, $FILES) g" >/dev/null
sql anso "vacuum analyze datasets.dataset_file" >/dev/null
echo "added in $(( $(date +%s) - started )) s: $(sql anso "select count(*) from datasets.dataset_file where version_id = '$VERSION'") files in the version"
V="/datasets/$DATASET/versions/$NUMBER"
DEEP=$(printf 'observations-%06d.csv' $((HALF - 50)))
# the keyset cursor of the page that starts after DEEP, as the file list's own "next" link writes it: folder, name, id
DEEP_ID=$(sql anso "select id from datasets.dataset_file where version_id = '$VERSION' and folder = '' and name = '$DEEP'")
CURSOR=$(python3 -c "import base64,sys; print(base64.urlsafe_b64encode(('\n$DEEP\n$DEEP_ID').encode()).decode().rstrip('='))")
# a published demo dataset of a few files: the landing page without the thousands
read -r SMALL_DATASET SMALL_NUMBER SMALL_FILE < <(sql anso "select v.dataset_id || ' ' || v.number || ' ' || min(f.name) from datasets.dataset_version v
  join datasets.dataset_file f on f.version_id = v.id where v.status = 'PUBLISHED' and v.id <> '$VERSION'
  group by v.id order by count(*), v.id limit 1")
set -- \
  "landing|$V|observations-000001.csv" \
  "small|/datasets/$SMALL_DATASET/versions/$SMALL_NUMBER|$SMALL_FILE" \
  "list|$V/files|observations-000001.csv" \
  "deep|$V/files?after=$CURSOR|$(printf 'observations-%06d.csv' $((HALF - 49)))" \
  "folder|$V/files?folder=raw/station-07/|raw/station-07/" \
  "filter|$V/files?q=$(printf '%06d' $((HALF / 3)))|$(printf 'observations-%06d.csv' $((HALF / 3)))" \
  "api|/api/v1/datasets/$DATASET/versions/$NUMBER/files|observations-000001.csv"
for target in "$@"; do
  path=$(echo "$target" | cut -d'|' -f2)
  printf 'check %s: HTTP %s\n' "${target%%|*}" "$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")"
done
java bench/DatasetFilesLoad.java "$BASE" 20 1 "$@" >/dev/null # compiles the client and warms the JIT
: >"$WORK/results"
for run in $(seq 1 "$RUNS"); do
  java bench/DatasetFilesLoad.java "$BASE" "$REQUESTS" "$CONCURRENCY" "$@" | tee -a "$WORK/results" | sed "s/^/run $run: /"
done
for name in landing small list deep folder filter api reference; do
  for q in p50 p95; do
    printf '%s %s median of %s runs: %s ms\n' "$name" "$q" "$RUNS" \
      "$(grep "^$name " "$WORK/results" | grep -o "$q=[0-9.]*" | cut -d= -f2 | median)"
  done
done
echo "errors: $(grep -o 'errors=[0-9]*' "$WORK/results" | cut -d= -f2 | awk '{n += $1} END {print n + 0}')"
