package org.ansoplatform.search.indexing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.search.SearchDocument;
import org.ansoplatform.search.text.TextSearch;
import org.ansoplatform.search.text.Tokens;
import org.ansoplatform.shared.RecordRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** The index's rows and the versions of the sources it holds. A document is written whole, tokens made in Java. */
@Repository
class DocumentStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or replaces documents in one statement. */
    void save(List<SearchDocument> documents, Instant now) {
        int n = documents.size();
        if (n == 0) {
            return;
        }
        String[] modules = new String[n];
        String[] types = new String[n];
        UUID[] ids = new UUID[n];
        String[] titles = new String[n];
        String[] bodies = new String[n];
        String[] paths = new String[n];
        Integer[] years = new Integer[n];
        String[] countries = new String[n];
        String[] languages = new String[n];
        String[] audiences = new String[n];
        String[] words = new String[n];
        String[] plains = new String[n];
        Timestamp[] updated = new Timestamp[n];
        for (int i = 0; i < n; i++) {
            SearchDocument d = documents.get(i);
            modules[i] = d.ref().module();
            types[i] = d.ref().type();
            ids[i] = d.ref().id();
            titles[i] = JSON.writeValueAsString(d.title().values());
            bodies[i] = JSON.writeValueAsString(d.text().values());
            paths[i] = d.path();
            years[i] = d.year();
            countries[i] = JSON.writeValueAsString(List.copyOf(d.countries()));
            Set<String> used = new LinkedHashSet<>(d.title().values().keySet());
            used.addAll(d.text().values().keySet());
            languages[i] = JSON.writeValueAsString(List.copyOf(used));
            audiences[i] = JSON.writeValueAsString(List.copyOf(d.audience()));
            words[i] = TextSearch.vector(d.title().values().values(), d.text().values().values());
            plains[i] = String.join(" ", d.title().values().values().stream().map(Tokens::plainWords).toList());
            updated[i] = d.updated() == null ? null : Timestamp.from(d.updated());
        }
        jdbc.sql("""
                insert into search.document (module, type, id, title, body, path, year, countries, languages, audience, words,
                    title_plain, updated_at, indexed_at)
                select m, t, i, cast(ti as jsonb), cast(b as jsonb), p, y,
                    array(select jsonb_array_elements_text(cast(c as jsonb))),
                    array(select jsonb_array_elements_text(cast(l as jsonb))),
                    array(select jsonb_array_elements_text(cast(a as jsonb))),
                    cast(w as tsvector), pl, u, :now
                from unnest(cast(:modules as text[]), cast(:types as text[]), cast(:ids as uuid[]), cast(:titles as text[]),
                    cast(:bodies as text[]), cast(:paths as text[]), cast(:years as integer[]), cast(:countries as text[]),
                    cast(:languages as text[]), cast(:audiences as text[]), cast(:words as text[]), cast(:plains as text[]),
                    cast(:updated as timestamptz[])) as x(m, t, i, ti, b, p, y, c, l, a, w, pl, u)
                on conflict (module, type, id) do update set title = excluded.title, body = excluded.body,
                    path = excluded.path, year = excluded.year, countries = excluded.countries, languages = excluded.languages,
                    audience = excluded.audience, words = excluded.words, title_plain = excluded.title_plain,
                    updated_at = excluded.updated_at, indexed_at = excluded.indexed_at""")
                .param("modules", modules).param("types", types).param("ids", ids).param("titles", titles)
                .param("bodies", bodies).param("paths", paths).param("years", years).param("countries", countries)
                .param("languages", languages).param("audiences", audiences).param("words", words).param("plains", plains)
                .param("updated", updated).param("now", Timestamp.from(now))
                .update();
    }

    void delete(RecordRef ref) {
        jdbc.sql("delete from search.document where module = :module and type = :type and id = :id")
                .param("module", ref.module()).param("type", ref.type()).param("id", ref.id()).update();
    }

    /** Drops a module's documents a rebuild that started at {@code start} did not write again. */
    int deleteOlder(String module, Instant start) {
        return jdbc.sql("delete from search.document where module = :module and indexed_at < :start")
                .param("module", module).param("start", Timestamp.from(start)).update();
    }

    Optional<Integer> version(String module) {
        return jdbc.sql("select version from search.source_version where module = :module").param("module", module)
                .query(Integer.class).optional();
    }

    void saveVersion(String module, int version, int documents, Instant now) {
        jdbc.sql("""
                insert into search.source_version (module, version, documents, indexed_at) values (:module, :version, :documents, :now)
                on conflict (module) do update set version = excluded.version, documents = excluded.documents,
                    indexed_at = excluded.indexed_at""")
                .param("module", module).param("version", version).param("documents", documents)
                .param("now", Timestamp.from(now)).update();
    }
}
