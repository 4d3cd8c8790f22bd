package org.ansoplatform.publications.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.files.TestFiles;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.Records;
import org.ansoplatform.publications.NewsCategory;
import org.ansoplatform.publications.NewsChanged;
import org.ansoplatform.publications.NewsCommand;
import org.ansoplatform.publications.NewsManagement;
import org.ansoplatform.publications.NewsQueries;
import org.ansoplatform.search.SearchDocument;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** News articles: written, published and withdrawn by the Secretariat; read by everyone once published, in lists, the feed, the API and search. */
@RecordApplicationEvents
class NewsTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired NewsManagement news;
    @Autowired NewsQueries queries;
    @Autowired NewsDocuments documents;
    @Autowired NewsFigures figures;
    @Autowired Records records;
    @Autowired ApplicationEvents events;

    Someone editor;
    Someone member;
    Actor actor;
    String marker;

    @BeforeEach
    void people() {
        editor = Someone.register(accounts, "News Editor", "SECRETARIAT");
        member = Someone.register(accounts, "Board Member", "BOARD_MEMBER", "MEMBER_REPRESENTATIVE");
        actor = new Actor(editor.id(), editor.email(), null, clock.instant());
        marker = "Q" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aDraftIsSeenByEditorsOnlyAndAPublishedArticleByEveryone() throws Exception {
        UUID id = news.create(NewsFixtures.article("Aral Sea symposium " + marker, NewsCategory.EVENTS, LocalDate.of(2019, 6, 20)), actor);
        mvc.perform(get("/news/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/news/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/news/" + id).with(member.signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/secretariat/news/" + id).with(member.signedIn())).andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/news")).andReturn().getResponse().getContentAsString()).doesNotContain(marker);
        assertThat(documents.document(NewsManagement.ref(id))).isEmpty();
        assertThat(records.describe(NewsManagement.ref(id), Reader.anonymous(), Locale.ENGLISH).visible()).isFalse();
        assertThat(mvc.perform(get("/secretariat/news/" + id).with(editor.signedIn())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains(marker);

        mvc.perform(post("/secretariat/news/" + id + "/publish").with(csrf()).with(member.signedIn())).andExpect(status().isForbidden());
        mvc.perform(post("/secretariat/news/" + id + "/publish").with(csrf()).with(editor.signedIn())).andExpect(status().is3xxRedirection());
        assertThat(events.stream(NewsChanged.class).filter(e -> e.recordId().equals(id.toString())).map(NewsChanged::action))
                .contains("news.created", "news.published");
        assertThat(events.stream(RecordChanged.class).filter(e -> e.ref().equals(NewsManagement.ref(id)))).isNotEmpty();

        String page = mvc.perform(get("/news/" + id)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Aral Sea symposium " + marker, "Second paragraph.");
        assertThat(mvc.perform(get("/news").param("category", "events")).andReturn().getResponse().getContentAsString()).contains(marker);
        assertThat(mvc.perform(get("/news").param("category", "ADVISORY")).andReturn().getResponse().getContentAsString()).doesNotContain(marker);
        assertThat(mvc.perform(get("/api/v1/news/" + id)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("\"category\":\"EVENTS\"", marker);
        assertThat(mvc.perform(get("/api/v1/news").param("category", "EVENTS").param("size", "100")).andReturn().getResponse()
                .getContentAsString()).contains(marker);
        SearchDocument document = documents.document(NewsManagement.ref(id)).orElseThrow();
        assertThat(document.audience()).containsExactly(Reader.PUBLIC);
        assertThat(document.text().get("en")).contains("Second paragraph.");
        assertThat(document.year()).isEqualTo(2019);
        assertThat(queries.latest(100, Locale.ENGLISH)).anyMatch(card -> card.id().equals(id) && card.path().equals("/news/" + id));
        assertThat(figures.figures(2019).stream().filter(f -> f.key().equals("publications.newsPublished")).findFirst().orElseThrow()
                .records()).contains(NewsManagement.ref(id));

        mvc.perform(post("/secretariat/news/" + id + "/withdraw").with(csrf()).with(editor.signedIn())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/news/" + id)).andExpect(status().isNotFound());
        assertThat(documents.document(NewsManagement.ref(id))).isEmpty();
    }

    @Test
    void theEditorsFormRefusesAnArticleWithoutTitleOrTextAndSavesAGoodOne() throws Exception {
        String refused = mvc.perform(post("/secretariat/news/new").with(csrf()).with(editor.signedIn())
                .param("title[en]", "").param("body[en]", "").param("category", "EVENTS").param("date", "2019-08-01"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Give a title in at least one language.", "Give the text in at least one language.");
        mvc.perform(post("/secretariat/news/new").with(csrf()).with(editor.signedIn())
                .param("title[en]", "x").param("body[en]", "y").param("category", "EVENTS").param("date", "not a date"))
                .andExpect(status().is(422));
        mvc.perform(post("/secretariat/news/new").with(csrf()).with(member.signedIn())
                .param("title[en]", "Setting up ANSO Associations " + marker).param("body[en]", "Text").param("category", "NETWORKS")
                .param("date", "2019-08-01")).andExpect(status().isForbidden());
        mvc.perform(post("/secretariat/news/new").with(csrf()).with(editor.signedIn())
                .param("title[en]", "Setting up ANSO Associations " + marker).param("title[zh]", "成立 ANSO 专题联盟 " + marker)
                .param("body[en]", "Text").param("category", "NETWORKS").param("date", "2019-08-01"))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.all()).anyMatch(n -> n.title().get("zh").equals("成立 ANSO 专题联盟 " + marker) && !n.published());
        assertThatThrownBy(() -> news.create(new NewsCommand(LocalizedText.of(Map.of("en", "One\nTwo")), null,
                LocalizedText.of(Map.of("en", "b")), NewsCategory.ADVISORY, LocalDate.of(2020, 1, 1), ""), actor))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anImageIsCheckedByItsBytesAndShownWithThePublishedArticle() throws Exception {
        UUID id = NewsFixtures.published(news, "APRD inauguration " + marker, NewsCategory.NETWORKS, LocalDate.of(2019, 5, 10), actor);
        MockMultipartFile disguised = new MockMultipartFile("image", "photo.png", "image/png", TestFiles.elf());
        mvc.perform(multipart("/secretariat/news/" + id + "/image").file(disguised).with(csrf()).with(editor.signedIn()))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.byId(id).orElseThrow().imageFileId()).isNull();
        MockMultipartFile pdf = new MockMultipartFile("image", "photo.png", "image/png", TestFiles.pdf());
        mvc.perform(multipart("/secretariat/news/" + id + "/image").file(pdf).with(csrf()).with(editor.signedIn()));
        assertThat(queries.byId(id).orElseThrow().imageFileId()).isNull();
        MockMultipartFile png = new MockMultipartFile("image", "photo.bin", "application/octet-stream", TestFiles.png());
        mvc.perform(multipart("/secretariat/news/" + id + "/image").file(png).with(csrf()).with(member.signedIn()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/secretariat/news/" + id + "/image").file(png).with(csrf()).with(editor.signedIn()))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.byId(id).orElseThrow().imageFileId()).isNotNull();
        assertThat(mvc.perform(get("/news/" + id + "/image")).andExpect(status().isOk()).andReturn().getResponse().getContentType())
                .isEqualTo("image/png");
        assertThat(mvc.perform(get("/news/" + id)).andReturn().getResponse().getContentAsString()).contains("/news/" + id + "/image");
    }

    @Test
    void theAtomFeedListsPublishedNewsAndAParserReadsIt() throws Exception {
        UUID published = NewsFixtures.published(news, "Scholarship call " + marker, NewsCategory.CAPACITY_BUILDING,
                LocalDate.now(clock), actor);
        UUID draft = news.create(NewsFixtures.article("Draft " + marker, NewsCategory.EVENTS, LocalDate.now(clock)), actor);
        var response = mvc.perform(get("/news/feed.atom")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).anyMatch(e -> e.getTitle().equals("Scholarship call " + marker)
                && e.getLink().endsWith("/news/" + published) && e.getUri().equals("urn:uuid:" + published));
        assertThat(feed.getEntries()).noneMatch(e -> e.getUri().equals("urn:uuid:" + draft));
    }
}
