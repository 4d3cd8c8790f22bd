package org.ansoplatform.publications.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.FieldErrors;
import org.ansoplatform.publications.AccessPolicy;
import org.ansoplatform.publications.Cadence;
import org.ansoplatform.publications.IssueView;
import org.ansoplatform.publications.NewsCategory;
import org.ansoplatform.publications.PublicationManagement;
import org.ansoplatform.publications.PublicationQueries;
import org.ansoplatform.publications.SeriesKind;
import org.ansoplatform.publications.series.SeriesFixtures;
import org.ansoplatform.publications.NewsManagement;
import org.ansoplatform.publications.NewsQueries;
import org.ansoplatform.publications.NewsletterCommand;
import org.ansoplatform.publications.NewsletterManagement;
import org.ansoplatform.publications.NewsletterStatus;
import org.ansoplatform.publications.NewsletterView;
import org.ansoplatform.publications.SubscriptionManagement;
import org.ansoplatform.publications.SubscriptionRequested;
import org.ansoplatform.publications.news.sending.NewsletterSending;
import org.ansoplatform.publications.news.sending.SendStore;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A newsletter to about 200 subscribers through the mail pipeline to GreenMail, with a sender that stops part-way and
 * one that claims a batch and dies: every subscriber receives exactly one message, with the issue's and subscriber's
 * Message-ID, in their language, with the one-click unsubscribe headers of RFC 8058.
 */
@RecordApplicationEvents
class NewsletterSendingTests extends IntegrationTest {

    static final int SUBSCRIBERS = 200;

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired NewsManagement news;
    @Autowired NewsletterManagement newsletters;
    @Autowired NewsQueries queries;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired NewsletterSending sending;
    @Autowired SendStore outbox;
    @Autowired PublicationManagement publications;
    @Autowired PublicationQueries publicationQueries;
    @Autowired ApplicationEvents events;
    @Autowired SubscriberStore subscriberStore;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void everySubscriberGetsExactlyOneMessageThoughTheSendingStopsAndASenderDies() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Someone editor = Someone.register(accounts, "Newsletter Editor", "SECRETARIAT");
        Actor actor = new Actor(editor.id(), editor.email(), null, clock.instant());
        Map<String, String> languages = new HashMap<>();
        for (int i = 0; i < SUBSCRIBERS; i++) {
            String email = "sub" + i + "." + run + "@newsletter.example.org";
            String language = i % 4 == 0 ? "zh" : i % 4 == 1 ? "ru" : "en";
            languages.put(email, language);
            subscriptions.request(email, language);
        }
        events.stream(SubscriptionRequested.class).filter(e -> e.email().contains(run)).forEach(e ->
                subscriptions.confirm(e.confirmPath().substring(e.confirmPath().indexOf("token=") + 6)));
        // one who asked and never confirmed gets nothing
        subscriptions.request("pending." + run + "@newsletter.example.org", "en");

        UUID first = NewsFixtures.published(news, "The 3rd ANSO Governing Board Meeting " + run, NewsCategory.NETWORKS,
                LocalDate.of(2019, 6, 1), actor);
        UUID second = NewsFixtures.published(news, "Setting up ANSO Associations " + run, NewsCategory.NETWORKS,
                LocalDate.of(2019, 7, 1), actor);
        int number = 1000 + (int) (Math.abs(run.hashCode()) % 100_000);
        UUID issue = newsletters.create(new NewsletterCommand(number, LocalDate.of(2019, 8, 1), "",
                LocalizedText.of(Map.of("en", "Issue " + run, "zh", "第三期 " + run)), LocalizedText.of(Map.of("en", "Editorial " + run)),
                List.of(second, first), null), actor);

        mvc.perform(post("/secretariat/newsletters/" + issue + "/send").with(csrf()).with(Someone.register(accounts, "Other",
                "BOARD_MEMBER").signedIn())).andExpect(status().isForbidden());
        mvc.perform(post("/secretariat/newsletters/" + issue + "/send").with(csrf()).with(editor.signedIn()))
                .andExpect(status().is3xxRedirection());
        // a sender claims a batch and dies before sending any of it (claimed at once, before the platform's own job,
        // which runs every 15 s, can send everything: later, the claim could find nothing left)
        List<SendStore.Due> lost = outbox.claim(40, clock.instant(), clock.instant().minus(Duration.ofMinutes(2)));
        NewsletterView sendingNow = queries.newsletter(issue).orElseThrow();
        assertThat(sendingNow.status()).isEqualTo(NewsletterStatus.SENDING);
        assertThat(sendingNow.total()).isGreaterThanOrEqualTo(SUBSCRIBERS);
        // a second click sends nothing more
        assertThat(newsletters.send(issue, actor)).isZero();

        // another sender stops after 73 messages (a crash between batches)
        sending.sendBatch(73);
        while (sending.sendBatch(50) > 0) {
            // the rest, without the claimed rows, whose lease runs
        }
        // everything but the dead sender's rows goes out (the platform's own job may have sent some of it meanwhile)
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            NewsletterView now = queries.newsletter(issue).orElseThrow();
            return now.sent() == now.total() - lost.size();
        });
        assertThat(queries.newsletter(issue).orElseThrow().status()).isEqualTo(NewsletterStatus.SENDING);
        String progress = mvc.perform(get("/secretariat/newsletters/progress").with(editor.signedIn())).andReturn().getResponse()
                .getContentAsString();
        assertThat(progress).contains("data-status=\"SENDING\"");
        clock.advance(Duration.ofMinutes(3));
        while (sending.sendBatch(50) > 0) {
            // the dead sender's rows, once its lease ran out
        }
        NewsletterView done = queries.newsletter(issue).orElseThrow();
        assertThat(done.status()).isEqualTo(NewsletterStatus.SENT);
        assertThat(done.sent()).isEqualTo(done.total());
        assertThat(lost).isNotEmpty();

        Map<String, List<MimeMessage>> received = new HashMap<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            String to = message.getAllRecipients()[0].toString();
            String id = message.getMessageID();
            if (to.contains(run) && id != null && id.startsWith("<newsletter-" + issue + "-")) {
                received.computeIfAbsent(to, k -> new ArrayList<>()).add(message);
            }
        }
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(languages.keySet());
        assertThat(received.values()).allMatch(list -> list.size() == 1);
        Set<String> ids = received.values().stream().map(list -> id(list.get(0))).collect(Collectors.toSet());
        assertThat(ids).hasSize(SUBSCRIBERS);

        String chinese = languages.entrySet().stream().filter(e -> e.getValue().equals("zh")).findFirst().orElseThrow().getKey();
        MimeMessage message = received.get(chinese).get(0);
        assertThat(message.getSubject()).contains("ANSO 简报第 " + number + " 期", "第三期 " + run);
        String unsubscribe = message.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe).matches("<http://localhost:\\d+/newsletters/unsubscribe/[0-9a-f-]{36}\\.[A-Za-z0-9_-]+>");
        assertThat(message.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        String all = parts(parts);
        assertThat(all).contains("Setting up ANSO Associations " + run, "Editorial " + run, "/newsletters/unsubscribe/");
        assertThat(all.indexOf("Setting up ANSO Associations " + run)).isLessThan(all.indexOf("The 3rd ANSO Governing Board Meeting " + run));

        // the one-click link of the message unsubscribes its reader
        String path = unsubscribe.substring(1, unsubscribe.length() - 1).replaceFirst("https?://[^/]+", "");
        mvc.perform(post(path)).andExpect(status().isOk());
        assertThat(subscriptions.counts().get("unsubscribed")).isPositive();

        String web = mvc.perform(get("/newsletters/" + issue)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(web).contains("Issue " + run);
        byte[] pdf = mvc.perform(get("/newsletters/" + issue + "/pdf").header("Accept-Language", "zh")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aNewsletterThatGoesOutBecomesAPublicIssueOfTheSeriesItNamesWithItsPdfInEachLanguage() throws Exception {
        Someone editor = Someone.register(accounts, "Series Editor", "SECRETARIAT");
        Actor actor = new Actor(editor.id(), editor.email(), null, clock.instant());
        String run = UUID.randomUUID().toString().substring(0, 8);
        UUID article = NewsFixtures.published(news, "Associations " + run, NewsCategory.NETWORKS, LocalDate.of(2030, 1, 5), actor);
        SeriesFixtures fixtures = new SeriesFixtures(publications, clock);
        UUID series = fixtures.series("Newsletter " + run, SeriesKind.NEWSLETTER, Cadence.IRREGULAR, AccessPolicy.PUBLIC, null,
                List.of(), List.of());
        UUID magazine = fixtures.series("Magazine " + run, SeriesKind.MAGAZINE, Cadence.IRREGULAR, AccessPolicy.PUBLIC, null,
                List.of(), List.of());
        String refused = mvc.perform(post("/secretariat/newsletters/new").with(csrf()).with(editor.signedIn())
                .param("number", "1").param("date", "2030-02-01").param("title[en]", "Wrong series " + run)
                .param("articles", article.toString()).param("series", magazine.toString()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(FieldErrors.of(refused, "series")).isEqualTo("Choose a newsletter series, or none.");

        int number = 300_000 + (int) (Math.abs(run.hashCode()) % 100_000);
        UUID newsletter = newsletters.create(new NewsletterCommand(number, LocalDate.of(2030, 2, 1), "",
                LocalizedText.of(Map.of("en", "Series issue " + run, "zh", "通讯 " + run)), LocalizedText.of(Map.of("en", "Editorial " + run)),
                List.of(article), series), actor);
        assertThat(publicationQueries.allIssues(series)).isEmpty();
        newsletters.send(newsletter, actor);

        assertThat(publicationQueries.allIssues(series)).singleElement().satisfies(issue -> {
            assertThat(issue.number()).isEqualTo(number);
            assertThat(issue.published()).isTrue();
            assertThat(issue.accessPolicy()).isEqualTo(AccessPolicy.PUBLIC);
            assertThat(issue.links()).containsExactly(NewsletterManagement.ref(newsletter).toString(),
                    org.ansoplatform.shared.RecordRef.of("publications", "news", article).toString());
            assertThat(publicationQueries.withFiles(issue).files()).extracting(IssueView.IssueFile::language)
                    .containsExactlyInAnyOrder("en", "zh");
        });
        assertThat(publicationQueries.allIssues(magazine)).isEmpty();

        // the series' own rules refuse a second newsletter with a number the series has, and nothing goes out
        UUID again = newsletters.create(new NewsletterCommand(number + 1, LocalDate.of(2030, 3, 1), "",
                LocalizedText.of(Map.of("en", "Taken number " + run)), LocalizedText.of(Map.of()), List.of(article), series), actor);
        fixtures.published(series, number + 1, LocalDate.of(2030, 2, 15), "Entered by hand " + run);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> newsletters.send(again, actor))
                .isInstanceOf(org.ansoplatform.platform.InvalidInputException.class);
        assertThat(queries.newsletter(again).orElseThrow().status()).isEqualTo(NewsletterStatus.DRAFT);
        assertThat(publicationQueries.allIssues(series)).hasSize(2);
    }

    @Test
    void aDraftIsNotPublicAndASentIssueCannotBeChanged() throws Exception {
        Someone editor = Someone.register(accounts, "Draft Editor", "SECRETARIAT");
        Actor actor = new Actor(editor.id(), editor.email(), null, clock.instant());
        String run = UUID.randomUUID().toString().substring(0, 8);
        UUID article = NewsFixtures.published(news, "Aral Sea " + run, NewsCategory.EVENTS, LocalDate.of(2019, 6, 1), actor);
        int number = 200_000 + (int) (Math.abs(run.hashCode()) % 100_000);
        UUID issue = newsletters.create(new NewsletterCommand(number, LocalDate.of(2019, 8, 1), "",
                LocalizedText.of(Map.of("en", "Draft " + run)), LocalizedText.of(Map.of()), List.of(article), null), actor);
        mvc.perform(get("/newsletters/" + issue)).andExpect(status().isNotFound());
        mvc.perform(get("/secretariat/newsletters/" + issue + "/preview").with(editor.signedIn())).andExpect(status().isOk());
        String duplicate = mvc.perform(post("/secretariat/newsletters/new").with(csrf()).with(editor.signedIn())
                .param("number", String.valueOf(number)).param("date", "2019-09-01").param("title[en]", "Again")
                .param("articles", article.toString())).andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(duplicate).contains("Issue No. " + number + " already exists.");
        UUID draft = news.create(NewsFixtures.article("Unpublished " + run, NewsCategory.EVENTS, LocalDate.of(2019, 6, 1)), actor);
        mvc.perform(post("/secretariat/newsletters/" + issue).with(csrf()).with(editor.signedIn())
                .param("number", String.valueOf(number)).param("date", "2019-09-01").param("title[en]", "Again")
                .param("articles", draft.toString())).andExpect(status().is(422));
        newsletters.send(issue, actor);
        mvc.perform(post("/secretariat/newsletters/" + issue).with(csrf()).with(editor.signedIn())
                .param("number", String.valueOf(number)).param("date", "2019-09-01").param("title[en]", "Changed")
                .param("articles", article.toString())).andExpect(status().is(422));
        assertThat(queries.newsletter(issue).orElseThrow().title().get("en")).isEqualTo("Draft " + run);
    }

    @Test
    void aRecipientRefusedForGoodIsNotTriedAgainAndTheIssueStillFinishes() throws Exception {
        Someone editor = Someone.register(accounts, "Refusal Editor", "SECRETARIAT");
        Actor actor = new Actor(editor.id(), editor.email(), null, clock.instant());
        String run = UUID.randomUUID().toString().substring(0, 8);
        String refused = "gone." + run + "@newsletter.example.org";
        subscriptions.importConfirmed(refused, "en");
        UUID article = NewsFixtures.published(news, "Refusal " + run, NewsCategory.EVENTS, LocalDate.of(2021, 2, 1), actor);
        int number = 300_000 + (int) (Math.abs(run.hashCode()) % 100_000);
        UUID issue = newsletters.create(new NewsletterCommand(number, LocalDate.of(2021, 2, 1), "",
                LocalizedText.of(Map.of("en", "Refusal issue " + run)), LocalizedText.of(Map.of()), List.of(article), null), actor);
        UUID gone = subscriberStore.byEmail(refused).orElseThrow().id();
        // the SMTP server answered 550 for this mailbox (what ComposedMail reports as Refused); in the sending's own
        // transaction, so that the platform's job never sees the row due
        transactions.executeWithoutResult(status -> {
            newsletters.send(issue, actor);
            outbox.fail(issue, gone, "550 5.1.1 mailbox unavailable", clock.instant());
        });
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            sending.sendBatch(100);
            return queries.newsletter(issue).orElseThrow().status() == NewsletterStatus.SENT;
        });
        NewsletterView done = queries.newsletter(issue).orElseThrow();
        assertThat(done.failed()).isEqualTo(1);
        assertThat(done.sent()).isEqualTo(done.total() - 1);
        assertThat(MAIL.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(refused), m -> true).toList()).isEmpty();
        assertThat(mvc.perform(get("/secretariat/newsletters").with(editor.signedIn())).andReturn().getResponse()
                .getContentAsString()).contains("(1 refused by the mail server)");
    }

    private static String id(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String parts(MimeMultipart multipart) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
            Object content = multipart.getBodyPart(i).getContent();
            text.append(content instanceof MimeMultipart nested ? parts(nested) : content.toString());
        }
        return text.toString();
    }
}
