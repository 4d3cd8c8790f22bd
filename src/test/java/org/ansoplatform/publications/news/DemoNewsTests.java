package org.ansoplatform.publications.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.publications.NewsQueries;
import org.ansoplatform.publications.NewsletterManagement;
import org.ansoplatform.publications.NewsletterStatus;
import org.ansoplatform.publications.NewsletterView;
import org.ansoplatform.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's news: the seeds' three newsletters, their articles as news, dated where the seeds date them. */
class DemoNewsTests extends IntegrationTest {

    @Autowired org.ansoplatform.publications.PublicationQueries publications;

    @Autowired MockMvc mvc;
    @Autowired NewsQueries queries;
    @Autowired NewsFigures figures;
    @Autowired org.ansoplatform.accounts.AccountManagement accounts;

    @Test
    void everyPageRendersInEveryLanguageForItsReaders() throws Exception {
        org.ansoplatform.Someone editor = org.ansoplatform.Someone.register(accounts, "Pages Editor", "SECRETARIAT");
        NewsletterView issue = queries.sentNewsletters().get(0);
        java.util.UUID article = issue.articles().get(0);
        for (String language : List.of("en", "zh", "ru", "es", "fr")) {
            for (String page : List.of("/news", "/news/" + article, "/newsletters", "/newsletters/" + issue.id(), "/newsletters/subscribe",
                    "/newsletters/subscribe/sent")) {
                mvc.perform(get(page).header("Accept-Language", language)).andExpect(status().isOk());
            }
            for (String page : List.of("/secretariat/news", "/secretariat/news/new", "/secretariat/news/" + article,
                    "/secretariat/newsletters", "/secretariat/newsletters/new", "/secretariat/newsletters/" + issue.id(),
                    "/secretariat/newsletters/" + issue.id() + "/preview")) {
                mvc.perform(get(page).header("Accept-Language", language).with(editor.signedIn())).andExpect(status().isOk());
            }
        }
        mvc.perform(get("/newsletters/" + issue.id() + "/pdf")).andExpect(status().isOk());
        assertThat(mvc.perform(get("/secretariat/newsletters").with(editor.signedIn())).andReturn().getResponse().getContentAsString())
                .contains("hx-get=\"/secretariat/newsletters/progress\"");
        assertThat(mvc.perform(get("/secretariat/newsletters/progress").with(editor.signedIn())).andReturn().getResponse()
                .getContentAsString()).contains("newsletter-progress");
    }

    @Test
    void theSeedsNewslettersAreArchivedIssuesWithTheirArticles() throws Exception {
        List<NewsletterView> seeds = queries.sentNewsletters().stream().filter(n -> n.number() >= 3 && n.number() <= 5).toList();
        assertThat(seeds).hasSize(3).allMatch(n -> n.status() == NewsletterStatus.SENT && n.total() == 0);
        NewsletterView august2019 = seeds.stream().filter(n -> n.number() == 3).findFirst().orElseThrow();
        assertThat(august2019.date()).isEqualTo(LocalDate.of(2019, 8, 1));
        assertThat(august2019.dateNote()).contains("Issue No. 3 Published in August 2019");
        var edition = queries.edition(august2019.id(), Locale.ENGLISH, false).orElseThrow();
        assertThat(edition.articles().get(0).title().get("en")).isEqualTo("ANSO President Chunli Bai Visited Spain, UK and Russia");
        assertThat(edition.articles()).anyMatch(a -> a.title().get("en").equals("Setting up ANSO Associations"));
        assertThat(queries.published(null, new PageRequest(0, 100)).items().stream().map(n -> n.title().get("en")))
                .contains("The 3rd ANSO Governing Board Meeting",
                        "Inauguration of the Alliance of Poverty Reduction and Development (APRD)",
                        "International Symposium on Ecological Restoration and Management of the Aral Sea",
                        "ANSO Scholarship for Young Talents: 2021 Application");
        String page = mvc.perform(get("/newsletters/" + august2019.id()).header("Accept-Language", "zh")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("第 3 期", "ANSO President Chunli Bai Visited Spain, UK and Russia");
        // issues sent before the platform are not the platform's sendings
        assertThat(figures.figures(2019).stream().filter(f -> f.key().equals("publications.newslettersSent")).findFirst()
                .orElseThrow().records()).doesNotContain(NewsletterManagement.ref(august2019.id()));
        assertThat(mvc.perform(get("/news").param("category", "NETWORKS")).andReturn().getResponse().getContentAsString())
                .contains("Setting up ANSO Associations");
        // archived, they are the issues of the demo's newsletter series, which counts them
        org.ansoplatform.publications.SeriesView series = publications.seriesByKind(org.ansoplatform.publications.SeriesKind.NEWSLETTER)
                .stream().filter(s -> s.title().get("en").equals("ANSO Newsletter")).findFirst().orElseThrow();
        assertThat(publications.allIssues(series.id())).extracting(org.ansoplatform.publications.IssueView::number)
                .contains(3, 4, 5);
    }
}
