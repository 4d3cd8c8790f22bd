package org.ansoplatform.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.search.indexing.SearchIndexer;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Reader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SearchTests extends IntegrationTest {

    static final Reader ANONYMOUS = Reader.anonymous();
    static final Reader APPLICANT = Reader.person(UUID.randomUUID(), Set.of("APPLICANT"));
    static final Reader SECRETARIAT = Reader.person(UUID.randomUUID(), Set.of("SECRETARIAT"));

    @Autowired
    SearchQueries search;
    @Autowired
    SearchIndexer indexer;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    MeetingQueries meetingQueries;

    @BeforeEach
    void indexBuilt() {
        assertThat(indexer.awaitBuilt(Duration.ofSeconds(60))).isTrue();
    }

    SearchResult find(String q, Reader reader) {
        return search.search(SearchRequest.of(q), reader, Locale.ENGLISH);
    }

    List<String> paths(SearchResult result) {
        return result.hits().items().stream().map(SearchHit::path).toList();
    }

    MeetingView forum() {
        return meetingQueries.all(MeetingQueries.Filter.published()).stream()
                .filter(m -> m.title(Locale.ENGLISH).equals("Taklimakan desert forum")).findFirst().orElseThrow();
    }

    @Test
    void findsTheTaklimakanDesertForumOf2021ByItsNameWithTheWordMarked() {
        MeetingView forum = forum();
        SearchResult result = find("Taklimakan", ANONYMOUS);
        SearchHit hit = result.hits().items().stream().filter(h -> h.path().equals("/meetings/" + forum.id())).findFirst().orElseThrow();
        assertThat(hit.ref().toString()).isEqualTo("meetings:meeting:" + forum.id());
        assertThat(hit.year()).isEqualTo(2021);
        assertThat(hit.title().html()).isEqualTo("<mark>Taklimakan</mark> desert forum");
        assertThat(result.approximate()).isFalse();
        assertThat(result.facets().get("year")).contains(new SearchResult.FacetValue("2021", 1));
        assertThat(result.facets().get("country")).contains(new SearchResult.FacetValue("CN", 1));
    }

    @Test
    void findsTheForumByAChineseWordOfItsTitleOnceItHasOne() {
        // the Annual Report's list of 2021 gives the forum an English title only: the Chinese one is added here
        MeetingView forum = forum();
        if (forum.title().get("zh").isEmpty()) {
            meetings.update(forum.id(), SearchMeetings.changed(forum,
                    LocalizedText.of("Taklimakan desert forum", "塔克拉玛干沙漠论坛"), true));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(paths(find("沙漠", ANONYMOUS))).contains("/meetings/" + forum.id()));
        assertThat(paths(find("塔克拉玛干", ANONYMOUS))).contains("/meetings/" + forum.id());
        assertThat(paths(find("沙漠论坛", ANONYMOUS))).contains("/meetings/" + forum.id());
        assertThat(paths(find("论坛沙漠", ANONYMOUS))).doesNotContain("/meetings/" + forum.id());
        SearchResult chinese = search.search(SearchRequest.of("沙漠"), ANONYMOUS, Locale.CHINESE);
        SearchHit hit = chinese.hits().items().stream().filter(h -> h.path().equals("/meetings/" + forum.id())).findFirst().orElseThrow();
        assertThat(hit.title().html()).isEqualTo("塔克拉玛干<mark>沙漠</mark>论坛");
        assertThat(chinese.facets().get("language")).anySatisfy(value -> assertThat(value.value()).isEqualTo("zh"));
    }

    @Test
    void toleratesATypoWhenTheExactWordsFindNothing() {
        SearchResult result = find("Taklimakn", ANONYMOUS);
        assertThat(result.approximate()).isTrue();
        assertThat(paths(result)).contains("/meetings/" + forum().id());
        assertThat(result.hits().items().get(0).title().html()).contains("<mark>Taklimakan</mark>");
    }

    @Test
    void neverShowsNorCountsARecordTheReaderMayNotSee() {
        String word = SearchMeetings.word("quokka");
        UUID open = meetings.create(SearchMeetings.meeting(word + " symposium", "Open to all.", 2031, "KE", true));
        UUID draft = meetings.create(SearchMeetings.meeting(word + " symposium draft", "Not published yet.", 2032, "TZ", false));
        await().atMost(Duration.ofSeconds(20)).until(() -> find(word, SECRETARIAT).hits().total() == 2);

        for (Reader reader : List.of(ANONYMOUS, APPLICANT)) {
            SearchResult result = find(word, reader);
            assertThat(paths(result)).containsExactly("/meetings/" + open);
            assertThat(result.hits().total()).isEqualTo(1);
            assertThat(result.facets().get("year")).containsExactly(new SearchResult.FacetValue("2031", 1));
            assertThat(result.facets().get("country")).containsExactly(new SearchResult.FacetValue("KE", 1));
            assertThat(paths(find(word + " draft", reader))).doesNotContain("/secretariat/meetings/" + draft + "/edit");
            // nor through typo tolerance, which asks the same audiences
            SearchResult approximate = find(word.substring(0, word.length() - 1) + " draftt", reader);
            assertThat(paths(approximate)).doesNotContain("/secretariat/meetings/" + draft + "/edit");
        }
        SearchResult secretariat = find(word, SECRETARIAT);
        assertThat(paths(secretariat)).containsExactlyInAnyOrder("/meetings/" + open, "/secretariat/meetings/" + draft + "/edit");
        assertThat(secretariat.facets().get("year")).containsExactlyInAnyOrder(new SearchResult.FacetValue("2031", 1),
                new SearchResult.FacetValue("2032", 1));
        assertThat(find(word, Reader.system()).hits().total()).isEqualTo(2);
    }

    @Test
    void aChangedRecordIsFoundByItsNewWordsOnlyAndPublishingShowsItToEveryone() {
        String before = SearchMeetings.word("wombat");
        String after = SearchMeetings.word("numbat");
        UUID id = meetings.create(SearchMeetings.meeting(before + " workshop", null, 2030, "KE", false));
        await().atMost(Duration.ofSeconds(20)).until(() -> find(before, SECRETARIAT).hits().total() == 1);
        assertThat(find(before, ANONYMOUS).hits().total()).isZero();

        MeetingView meeting = meetingQueries.byId(id).orElseThrow();
        meetings.update(id, SearchMeetings.changed(meeting, LocalizedText.of(Map.of("en", after + " workshop")), true));
        await().atMost(Duration.ofSeconds(20)).until(() -> find(after, ANONYMOUS).hits().total() == 1);
        assertThat(find(before, SECRETARIAT).hits().total()).isZero();
        assertThat(paths(find(after, ANONYMOUS))).containsExactly("/meetings/" + id);

        assertThat(meetings.removeUnregistered(id)).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> find(after, SECRETARIAT).hits().total() == 0);
    }

    @Test
    void titlesWeighMoreThanTextsAndFiltersNarrowTheFacets() {
        String word = SearchMeetings.word("pangolin");
        UUID inText = meetings.create(SearchMeetings.meeting("Field methods", "A day about the " + word + " census.", 2029, "NG", true));
        UUID inTitle = meetings.create(SearchMeetings.meeting(word + " census", "A day in the field.", 2028, "GH", true));
        await().atMost(Duration.ofSeconds(20)).until(() -> find(word, ANONYMOUS).hits().total() == 2);

        SearchResult result = find(word, ANONYMOUS);
        assertThat(paths(result)).containsExactly("/meetings/" + inTitle, "/meetings/" + inText);
        assertThat(result.hits().items().get(1).snippet().html()).contains("<mark>" + word + "</mark> census");

        SearchResult filtered = search.search(new SearchRequest(word, "meeting", 2029, "ng", "en", 0, 20), ANONYMOUS, Locale.ENGLISH);
        assertThat(paths(filtered)).containsExactly("/meetings/" + inText);
        assertThat(filtered.facets().get("country")).containsExactly(new SearchResult.FacetValue("NG", 1));
        assertThat(search.search(new SearchRequest(word, "call", null, null, null, 0, 20), ANONYMOUS, Locale.ENGLISH)
                .hits().total()).isZero();
    }

    @Test
    void refusesAnEmptyOrTooLongQueryAndMalformedFilters() {
        assertThatThrownBy(() -> find("  ", ANONYMOUS)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).messageKey()).isEqualTo("search.error.empty"));
        assertThatThrownBy(() -> find("a".repeat(201), ANONYMOUS))
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).messageKey()).isEqualTo("search.error.tooLong"));
        assertThatThrownBy(() -> find("?!…", ANONYMOUS))
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).messageKey()).isEqualTo("search.error.noWords"));
        assertThatThrownBy(() -> search.search(new SearchRequest("forum", "Robert'); drop", null, "CHN", null, 0, 20), ANONYMOUS,
                Locale.ENGLISH)).isInstanceOf(InvalidInputException.class);
        // quotes, backslashes and tsquery operators are words or nothing, never syntax
        assertThat(find("forum's \\ & | ! <-> :* (", ANONYMOUS).hits()).isNotNull();
    }
}
