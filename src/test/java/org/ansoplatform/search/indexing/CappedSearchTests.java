package org.ansoplatform.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.search.SearchDocument;
import org.ansoplatform.search.SearchHit;
import org.ansoplatform.search.SearchQueries;
import org.ansoplatform.search.SearchRequest;
import org.ansoplatform.search.SearchResult;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A word found in more documents than search counts: the bound is said, and title matches still come first. */
class CappedSearchTests extends IntegrationTest {

    @Autowired
    SearchIndexer indexer;
    @Autowired
    DocumentStore store;
    @Autowired
    SearchQueries search;
    @Autowired
    JdbcClient jdbc;

    final String module = "capped" + Long.toString(System.nanoTime(), 36).replaceAll("[^a-z]", "");
    final String word = "zorbulax" + Long.toString(System.nanoTime() % 100_000, 26).replaceAll("[^a-z]", "q");

    @BeforeEach
    void indexBuilt() {
        assertThat(indexer.awaitBuilt(Duration.ofSeconds(60))).isTrue();
    }

    @AfterEach
    void removeTheGeneratedDocuments() {
        jdbc.sql("delete from search.document where module = :module").param("module", module).update();
    }

    @Test
    void aWordInMoreDocumentsThanAreCountedSaysSoAndStillRanksTheTitleMatchFirst() {
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < SearchQueries.CANDIDATES + 50; i++) {
            documents.add(document("Report number " + i, "A note that mentions " + word + " once, among other words.", "public"));
        }
        SearchDocument hidden = document(word + " for the Secretariat", "Not for visitors.", "role:SECRETARIAT");
        documents.add(hidden);
        // written last, so a search that read matches in the order they were stored would never reach it
        SearchDocument titled = document("The " + word + " survey", "Its title names the word.", "public");
        documents.add(titled);
        for (int from = 0; from < documents.size(); from += 500) {
            store.save(documents.subList(from, Math.min(from + 500, documents.size())), Instant.now());
        }

        SearchResult result = search.search(SearchRequest.of(word), Reader.anonymous(), Locale.ENGLISH);

        assertThat(result.capped()).isTrue();
        assertThat(result.hits().total()).isEqualTo(SearchQueries.CANDIDATES);
        assertThat(result.hits().items().get(0).path()).isEqualTo(titled.path());
        assertThat(result.hits().items()).noneMatch(hit -> hit.path().equals(hidden.path()));

        SearchResult few = search.search(SearchRequest.of("survey " + word), Reader.anonymous(), Locale.ENGLISH);
        assertThat(few.capped()).isFalse();
        assertThat(few.hits().total()).isEqualTo(1);
    }

    @Test
    void aTitleThatNamesTheWordComesBeforeATextThatRepeatsIt() {
        String repeated = (word + " ").repeat(12);
        SearchDocument text = document("A field report", repeated + "and more about the " + word + " again.", "public");
        SearchDocument titled = document("On " + word, "A short note.", "public");
        store.save(List.of(text, titled), Instant.now());

        SearchResult result = search.search(SearchRequest.of(word), Reader.anonymous(), Locale.ENGLISH);

        assertThat(result.hits().items()).extracting(SearchHit::path).containsExactly(titled.path(), text.path());
    }

    @Test
    void aWordInMoreTitlesThanAreCountedIsAnsweredFromTheTitlesAlone() {
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < SearchQueries.CANDIDATES + 10; i++) {
            documents.add(document("The " + word + " series, part " + i, "Nothing else.", "public"));
        }
        SearchDocument text = document("A field report", "It names the " + word + " in its text only.", "public");
        documents.add(0, text);
        for (int from = 0; from < documents.size(); from += 500) {
            store.save(documents.subList(from, Math.min(from + 500, documents.size())), Instant.now());
        }

        SearchResult result = search.search(SearchRequest.of(word), Reader.anonymous(), Locale.ENGLISH);

        assertThat(result.capped()).isTrue();
        assertThat(result.hits().total()).isEqualTo(SearchQueries.CANDIDATES);
        assertThat(result.facets().get("type")).extracting(SearchResult.FacetValue::count).containsExactly(SearchQueries.CANDIDATES + 1L);
        assertThat(result.hits().items()).hasSize(SearchRequest.of(word).size())
                .allMatch(hit -> hit.title().marked());
    }

    private SearchDocument document(String title, String text, String audience) {
        UUID id = UUID.randomUUID();
        return new SearchDocument(RecordRef.of(module, "document", id), LocalizedText.of(Map.of("en", title)),
                LocalizedText.of(Map.of("en", text)), "/" + module + "/" + id, 2030, Set.of("KE"), Set.of(audience), null);
    }
}
