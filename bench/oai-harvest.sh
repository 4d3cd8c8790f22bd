#!/usr/bin/env bash
# Benchmark: a whole OAI-PMH harvest (issue 22: >= 2,000 records/s, flat time per page). Starts the packaged platform
# on a fresh data directory and a free loopback port, writes RECORDS generated OAI records (default 100000) straight
# into datasets.oai_record and datasets.oai_set with one SQL statement each (a kernel-4 resource of about 2.5 kB in
# the oai_datacite wrapper, an oai_dc record, one project set of fifty, one record in fifty deleted, datestamps ten a
# second), takes statistics, prints the page query's plan, then harvests everything with ListRecords in oai_datacite
# through resumption tokens, one page at a time (bench/OaiHarvest.java): records per second, the median time of the
# first, middle and last five pages, and the reference GET /login of the same run. RUNS times (default 3), medians at
# the end. Bounded: one start (at most 300 s), generation within a 15 min statement timeout, each harvest at most
# RECORDS / 10 + 100 pages of 60 s each.
# Prerequisites: psql (Debian: apt-get install postgresql-client).
# Usage: mvn -q -DskipTests package && bench/oai-harvest.sh [RECORDS] [RUNS]   (builds nothing)
set -euo pipefail
cd "$(dirname "$0")/.."
RECORDS=${1:-100000}; RUNS=${2:-3}
[ "$RECORDS" -le 1000000 ] || { echo "bench: at most 1,000,000 records" >&2; exit 1; }
[ "$RUNS" -le 10 ] || RUNS=10
. bench/common.sh
need java curl python3 psql
machine
start_app
echo "generating $RECORDS OAI records ..."
started=$(date +%s)
sql anso "set statement_timeout = '15min';
insert into datasets.oai_set (spec, name) select 'project:' || md5('bench' || p)::uuid, 'Bench project ' || p from generate_series(1, 50) p
  on conflict do nothing;
insert into datasets.oai_set (spec, name) values ('project', 'Projects') on conflict do nothing;
insert into datasets.oai_record (version_id, dataset_id, identifier, datestamp, deleted, set_specs, oai_dc, oai_datacite)
select v, d, 'oai:127.0.0.1:datasets/' || v, timestamptz '2024-01-01 00:00:00Z' + (g / 10) * interval '1 second', g % 50 = 0,
  array['project', 'project:' || md5('bench' || (g % 50 + 1))::uuid],
  '<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">'
  || '<dc:title xml:lang=\"en\">Dust observations ' || g || '</dc:title><dc:creator>Lovelace, Ada</dc:creator>'
  || '<dc:publisher>ANSO</dc:publisher><dc:date>2024-01-01</dc:date><dc:type>Dataset</dc:type>'
  || '<dc:identifier>https://doi.org/10.5072/bench-' || g || '</dc:identifier></oai_dc:dc>',
  '<oai_datacite xmlns=\"http://schema.datacite.org/oai/oai-1.1/\"><schemaVersion>4.7</schemaVersion>'
  || '<datacentreSymbol>ANSO.DATAPA</datacentreSymbol><payload><resource xmlns=\"http://datacite.org/schema/kernel-4\">'
  || '<identifier identifierType=\"DOI\">10.5072/bench-' || g || '</identifier><creators><creator><creatorName nameType=\"Personal\">'
  || 'Lovelace, Ada</creatorName><givenName>Ada</givenName><familyName>Lovelace</familyName><affiliation>Alliance of International '
  || 'Science Organizations</affiliation></creator><creator><creatorName nameType=\"Personal\" xml:lang=\"zh\">王, 小明</creatorName>'
  || '</creator></creators><titles><title xml:lang=\"en\">Dust observations ' || g || ' in the Taklimakan desert</title>'
  || '<title xml:lang=\"zh\" titleType=\"TranslatedTitle\">塔克拉玛干沙漠的沙尘暴观测 ' || g || '</title></titles>'
  || '<publisher>Alliance of International Science Organizations</publisher><publicationYear>2024</publicationYear>'
  || '<resourceType resourceTypeGeneral=\"Dataset\">Field observations</resourceType><subjects><subject xml:lang=\"en\">'
  || 'Earth and related environmental sciences</subject><subject>dust</subject><subject>oasis</subject></subjects>'
  || '<dates><date dateType=\"Issued\">2024-01-01</date></dates><language>en</language><rightsList><rights '
  || 'rightsURI=\"https://creativecommons.org/licenses/by/4.0/\" rightsIdentifier=\"CC-BY-4.0\">Creative Commons Attribution 4.0 '
  || 'International</rights></rightsList><descriptions><description descriptionType=\"Abstract\" xml:lang=\"en\">'
  || repeat('Daily dust counts at three stations around the oasis, with wind speed and visibility. ', 12)
  || '</description></descriptions><geoLocations><geoLocation><geoLocationPlace>Taklimakan Desert</geoLocationPlace>'
  || '</geoLocation></geoLocations></resource></payload></oai_datacite>'
from (select g, gen_random_uuid() as v, gen_random_uuid() as d from generate_series(1, $RECORDS) g) s" >/dev/null
sql anso "vacuum analyze datasets.oai_record" >/dev/null
TOTAL=$(sql anso "select count(*) from datasets.oai_record")
echo "generated in $(( $(date +%s) - started )) s: $TOTAL records, \
$(sql anso "select pg_size_pretty(pg_total_relation_size('datasets.oai_record'))") with indexes"
echo "query plan of a page in the middle of the list:"
sql anso "explain (analyze, buffers) select version_id, identifier, seq, datestamp, deleted, set_specs, oai_datacite
  from datasets.oai_record where (datestamp, seq) > (timestamptz '2024-01-01 00:00:00Z' + ($RECORDS / 20) * interval '1 second', 0)
  order by datestamp, seq limit 101" | sed 's/^/  /'
java bench/OaiHarvest.java "$BASE" "$TOTAL" 20 >/dev/null # compiles the client and warms the JIT
: >"$WORK/results"
for run in $(seq 1 "$RUNS"); do
  java bench/OaiHarvest.java "$BASE" "$TOTAL" | tee -a "$WORK/results" | sed "s/^/run $run: /"
done
for field in records_per_s first middle last; do
  printf '%s median of %s runs: %s\n' "$field" "$RUNS" "$(grep -o "$field=[0-9.]*" "$WORK/results" | cut -d= -f2 | median)"
done
printf 'reference /login p50 median of %s runs: %s ms\n' "$RUNS" \
  "$(grep '^reference' "$WORK/results" | grep -o 'p50=[0-9.]*' | cut -d= -f2 | median)"
