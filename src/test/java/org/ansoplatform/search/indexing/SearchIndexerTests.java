package org.ansoplatform.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.search.SearchQueries;
import org.ansoplatform.search.SearchRequest;
import org.ansoplatform.shared.Reader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SearchIndexerTests extends IntegrationTest {

    @Autowired
    SearchIndexer indexer;
    @Autowired
    SearchQueries search;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void indexBuilt() {
        assertThat(indexer.awaitBuilt(Duration.ofSeconds(60))).isTrue();
    }

    @Test
    void aSourceWhoseVersionChangedIsRebuiltAndWhatItNoLongerOffersIsDropped() {
        UUID gone = UUID.randomUUID();
        jdbc.sql("""
                insert into search.document (module, type, id, title, body, path, audience, words, title_plain, indexed_at)
                values ('meetings', 'meeting', :id, '{"en": "Vanished okapi meeting"}', '{}', '/meetings/gone', '{public}',
                    cast('''okapi'':1A' as tsvector), 'vanished okapi meeting', :old)""")
                .param("id", gone).param("old", Timestamp.from(Instant.now().minusSeconds(60))).update();
        assertThat(found("okapi")).isEqualTo(1);

        // the same version: nothing is rebuilt, so the stray row stays
        indexer.rebuildStale();
        assertThat(found("okapi")).isEqualTo(1);

        jdbc.sql("update search.source_version set version = 0 where module = 'meetings'").update();
        indexer.rebuildStale();
        assertThat(found("okapi")).isZero();
        assertThat(found("Taklimakan")).isPositive();
        assertThat(jdbc.sql("select version from search.source_version where module = 'meetings'").query(Integer.class).single())
                .isEqualTo(1);
    }

    long found(String q) {
        return search.search(SearchRequest.of(q), Reader.anonymous(), Locale.ENGLISH).hits().total();
    }
}
