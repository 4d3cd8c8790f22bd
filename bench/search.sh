#!/usr/bin/env bash
# Benchmark: one search over 100,000 documents, a tenth of them Chinese (issue 17: p95 <= 100 ms).
# Starts the packaged platform on a fresh data directory and a free loopback port, waits until the demo
# meetings are indexed, then writes DOCS generated documents (default 100000) straight into search.document
# with one SQL statement (bounded by a 15 min statement timeout): English titles of 6 and texts of 50 words from
# a vocabulary of 1,000 (skewed: a few words are common), every tenth document Chinese (titles of 5 and texts of
# 50 two-character words from 900, stored as bigrams as the platform stores them), years, countries, and one in
# twenty visible to the Secretariat only. Queries (anonymous, every answer with its facets): one English word
# (en1), three words of a document's title (en3), one Chinese word (zh1), three Chinese words typed without
# spaces (zh3); REQUESTS each (default 1000), CONCURRENCY workers (default 4), then as many requests to the
# reference, the cheapest page of the run (GET /api/v1/meetings/{id}: one record through the same stack).
# Repeated RUNS times (default 3), medians at the end. Prints the query plan of a one-word query.
# Prerequisites: psql (Debian: apt-get install postgresql-client).
# Usage: mvn -q -DskipTests package && bench/search.sh [RUNS] [REQUESTS] [CONCURRENCY] [DOCS]   (builds nothing)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}; REQUESTS=${2:-1000}; CONCURRENCY=${3:-4}; DOCS=${4:-100000}
[ "$DOCS" -le 1000000 ] || { echo "bench: at most 1,000,000 documents" >&2; exit 1; }
. bench/common.sh
need java curl python3 psql
machine
start_app
waited=0
until curl -sf "$BASE/api/v1/search?q=Taklimakan" | grep -q '"total":[1-9]'; do
  sleep 1; waited=$((waited + 1)); [ "$waited" -lt 120 ] || fail "the demo meetings were not indexed within 120 s"
done
FORUM=$(curl -sf "$BASE/api/v1/search?q=Taklimakan" | python3 -c 'import json,sys; print(json.load(sys.stdin)["hits"][0]["ref"].split(":")[2])')
echo "generating $DOCS documents into search.document ..."
started=$(date +%s)
sql anso "set statement_timeout = '15min';
with v as (
  select array(select a || b || c from unnest(array['ka','lo','mi','re','su','ta','ne','vi','do','pa','ri','mo','te','ga','lu','sa','be','fo','ni','ze']) a,
                 unnest(array['ra','len','mos','tik','van','dor','sil','pen','gar','lum']) b, unnest(array['','a','on','is','er']) c order by 1) as en,
         array(select a || b from regexp_split_to_table('水土气候生态农业森林沙漠海洋能源健康医学材料物理化学信息城市', '') a,
                 regexp_split_to_table('水土气候生态农业森林沙漠海洋能源健康医学材料物理化学信息城市', '') b where a <> b order by 1) as zh),
d as (
  select g, g % 10 = 0 as chinese,
    array(select case when g % 10 = 0 then v.zh[1 + floor(power(random(), 2) * cardinality(v.zh))::int]
                 else v.en[1 + floor(power(random(), 2) * cardinality(v.en))::int] end
          from generate_series(1, case when g % 10 = 0 then 5 else 6 end)) as t,
    array(select case when g % 10 = 0 then v.zh[1 + floor(power(random(), 2) * cardinality(v.zh))::int]
                 else v.en[1 + floor(power(random(), 2) * cardinality(v.en))::int] end
          from generate_series(1, 50)) as b
  from generate_series(1, $DOCS) g, v),
s as (
  select g, chinese, case when chinese then array_to_string(t, '') else array_to_string(t, ' ') end as title,
    case when chinese then array_to_string(b, '') else array_to_string(b, ' ') end as body, t, b from d),
k as (
  select s.*, case when chinese then array(select substr(title, i, 2) from generate_series(1, length(title) - 1) i) else t end as tt,
    case when chinese then array(select substr(body, i, 2) from generate_series(1, length(body) - 1) i) else b end as bt from s)
insert into search.document (module, type, id, title, body, path, year, countries, languages, audience, words, title_plain, indexed_at)
select 'bench', 'document', gen_random_uuid(), jsonb_build_object(case when chinese then 'zh' else 'en' end, title),
  jsonb_build_object(case when chinese then 'zh' else 'en' end, body), '/bench/' || g, 2010 + g % 16,
  array[(array['CN','PK','KE','NG','BR','TH','RU','ES','FR','EG'])[1 + g % 10]], array[case when chinese then 'zh' else 'en' end],
  case when g % 20 = 5 then array['role:SECRETARIAT'] else array['public'] end,
  cast((select string_agg(quote_literal(x.tok) || ':' || x.ord || 'A', ' ') from unnest(tt) with ordinality x(tok, ord)) || ' ' ||
       (select string_agg(quote_literal(x.tok) || ':' || (cardinality(tt) + x.ord) || 'B', ' ') from unnest(bt) with ordinality x(tok, ord))
       as tsvector),
  case when chinese then '' else title end, now()
from k" >/dev/null
# as autovacuum would after a bulk load: the GIN pending lists merged into the indexes, statistics taken, so the
# runs measure the steady state rather than a vacuum running beside them
sql anso "vacuum analyze search.document" >/dev/null
echo "generated in $(( $(date +%s) - started )) s: $(sql anso "select count(*) from search.document where module = 'bench'") documents, \
$(sql anso "select pg_size_pretty(pg_total_relation_size('search.document'))") with indexes"
Q="$WORK/queries"; mkdir -p "$Q"
sql anso "select w from (select unnest(regexp_split_to_array(title->>'en', ' ')) w from search.document where module = 'bench' and title ? 'en' limit 5000) x group by w" >"$Q/en1.txt"
sql anso "select array_to_string((regexp_split_to_array(title->>'en', ' '))[1:3], ' ') from search.document where module = 'bench' and title ? 'en' order by random() limit 500" >"$Q/en3.txt"
sql anso "select substr(title->>'zh', 3, 2) from search.document where module = 'bench' and title ? 'zh' order by random() limit 500" >"$Q/zh1.txt"
sql anso "select substr(title->>'zh', 1, 6) from search.document where module = 'bench' and title ? 'zh' order by random() limit 500" >"$Q/zh3.txt"
echo "query plan of a one-word English query with its facets:"
sql anso "explain (analyze, buffers) with hit as (select d.type, d.year, d.countries, d.languages from search.document d
  where d.words @@ cast('''$(head -n 1 "$Q/en1.txt")'':*' as tsquery) and d.audience && array['public'])
  select 'type', type, count(*) from hit group by type union all select 'year', cast(year as varchar), count(*) from hit group by year
  union all select 'country', c, count(*) from hit, unnest(countries) c group by c" | sed 's/^/  /'
: >"$WORK/results"
for run in $(seq 1 "$RUNS"); do
  java bench/SearchLoad.java "$BASE" "$Q" "$REQUESTS" "$CONCURRENCY" "/api/v1/meetings/$FORUM" | tee -a "$WORK/results" | sed "s/^/run $run: /"
done
for name in en1 en3 zh1 zh3 reference; do
  for q in p50 p95; do
    printf '%s %s median of %s runs: %s ms\n' "$name" "$q" "$RUNS" \
      "$(grep "^$name " "$WORK/results" | grep -o "$q=[0-9.]*" | cut -d= -f2 | median)"
  done
done
echo "errors: $(grep -o 'errors=[0-9]*' "$WORK/results" | cut -d= -f2 | awk '{n += $1} END {print n + 0}')"
