package org.ansoplatform.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.offers.OfferManagement;
import org.ansoplatform.calls.selection.SelectionQueries;
import org.ansoplatform.calls.selection.SelectionRuleBook;
import org.ansoplatform.calls.selection.SelectionRunner;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The outcomes of issue 14: selection and offers wait for the call to close (page, API and service), every
 * candidate is told their outcome by email in their language and reads the same story on the page and through
 * the API (waitlisted, then offered a place from the waitlist), a candidate selected past the quota line reads
 * which cap skipped those above, an expired offer cannot be answered, and tie texts show exact decimals.
 * The call: PhD quota 2 with at most one awardee per country, Master's without places.
 */
class OutcomesIntegrationTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired CallManagement calls;
    @Autowired ApplicationIntake applications;
    @Autowired AccountManagement accounts;
    @Autowired SelectionRunner runner;
    @Autowired SelectionRuleBook rules;
    @Autowired SelectionQueries selections;
    @Autowired OfferManagement offers;
    @Autowired JdbcClient jdbc;

    UUID callId;
    Someone secretariat;
    Someone outsider;
    final Map<String, Someone> people = new LinkedHashMap<>();
    final Map<String, UUID> ids = new LinkedHashMap<>();
    final Map<UUID, double[]> scores = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        CallDefinition base = CallTestData.call(CallTestData.code("outcomes"), now.minusDays(1), now.plusDays(10), 0);
        callId = calls.create(new CallDefinition(base.programmeCode(), base.code(), base.referencePrefix(), base.title(),
                base.description(), base.zone(), base.opens(), base.closes(), base.status(), base.refereeCount(), base.nominationQuota(),
                List.of(new Track("PHD", LocalizedText.of("PhD", "博士"), 2), new Track("MASTER", LocalizedText.of("Master", "硕士"), 0)),
                base.hosts(), base.form(), base.eligibility()));
        secretariat = Someone.register(accounts, "Outcomes Secretariat", "SECRETARIAT");
        outsider = Someone.register(accounts, "Outcomes Outsider", "APPLICANT", "REVIEWER");
        // PhD: Ama (GH) 4.5 selected; Kofi (GH) 4.0 skipped by the cap; Wanjiru (KE) 3.5 selected past the line;
        // Chidi (NG) 3.0 and Li (PK, reads Chinese) 2.5 waitlisted; Master's: Musa without places
        apply("Ama", "en", "GH", "PHD", 4.5);
        apply("Kofi", "en", "GH", "PHD", 4.0);
        apply("Wanjiru", "en", "KE", "PHD", 3.5);
        apply("Chidi", "en", "NG", "PHD", 3.0);
        apply("Li", "zh", "PK", "PHD", 2.5);
        apply("Musa", "en", "KE", "MASTER", 3.9);
        rules.saveRules(callId, """
                {"caps": [{"attribute": "country", "track": "PHD", "maxCount": 1}], "tieBreaks": [{"value": "rawMean"}], "offerDays": 7}""");
    }

    void apply(String name, String language, String nationality, String track, double score) {
        String email = name.toLowerCase(Locale.ROOT) + "." + System.nanoTime() + "@example.org";
        UUID personId = accounts.register(email, name + " Applicant", "a long enough passphrase", language);
        Someone applicant = new Someone(personId, email, name + " Applicant", Set.of("APPLICANT"));
        UUID id = CallTestData.completeDraft(applications, callId, applicant, nationality, 0);
        applications.saveDraft(id, Map.of("track", track, "hosts", List.of("UCAS", "USTC")), applicant);
        applications.submit(id, null, applicant);
        people.put(name, applicant);
        ids.put(name, id);
        scores.put(id, new double[] {score, score});
    }

    MockHttpServletResponse send(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    String page(String name) throws Exception {
        return send(get("/applications/" + ids.get(name)).with(people.get(name).signedIn()).locale(Locale.ENGLISH)).getContentAsString();
    }

    String outcome(String name) throws Exception {
        return send(get("/api/v1/applications/" + ids.get(name) + "/outcome").with(people.get(name).signedIn()).locale(Locale.ENGLISH))
                .getContentAsString();
    }

    void closeCallRunAndSend() {
        clock.advance(Duration.ofDays(11));
        SelectionIntegrationTests.closePanel(jdbc, callId, scores);
        runner.run(callId);
        offers.send(callId, true);
    }

    @Test
    void selectionAndOffersAreRefusedWhileTheCallIsOpenOnThePageAndThroughTheApi() throws Exception {
        SelectionIntegrationTests.closePanel(jdbc, callId, scores);

        assertThatThrownBy(() -> runner.run(callId)).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.violations().get(0).messageKey()).isEqualTo("calls.selection.callOpen"));
        MvcResult onPage = mvc.perform(post("/secretariat/calls/" + callId + "/selection").with(secretariat.signedIn()).with(csrf()))
                .andReturn();
        assertThat(onPage.getFlashMap().get("flashError")).isEqualTo("calls.selection.callOpen");
        String selection = send(get("/secretariat/calls/" + callId + "/selection").with(secretariat.signedIn()).locale(Locale.ENGLISH))
                .getContentAsString();
        assertThat(selection).contains("The call is still open until", "(Asia/Shanghai)", "so the selection runs only after the call closes")
                .doesNotContain("Run the selection</button>");
        MockHttpServletResponse api = send(post("/api/v1/calls/" + callId + "/selection").with(secretariat.signedIn()).with(csrf())
                .locale(Locale.ENGLISH));
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentType()).isEqualTo("application/problem+json");
        assertThat(api.getContentAsString()).contains("The call is still open until");
        String chinese = send(post("/api/v1/calls/" + callId + "/selection").with(secretariat.signedIn()).with(csrf())
                .locale(Locale.CHINESE)).getContentAsString();
        assertThat(chinese).contains("本项目仍在开放");
        assertThatThrownBy(() -> offers.send(callId, true)).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.violations().get(0).messageKey()).isEqualTo("calls.offer.callOpen"));
        assertThat(selections.latest(callId)).isEmpty();
        assertThat(offers.ofCall(callId)).isEmpty();

        // once the call has closed, the same request runs
        clock.advance(Duration.ofDays(11));
        assertThat(send(post("/api/v1/calls/" + callId + "/selection").with(secretariat.signedIn()).with(csrf())).getStatus())
                .isEqualTo(200);
    }

    @Test
    void theSecretariatSeesHowManyEmailsGoToWhomBeforeSendingAndNothingGoesWithoutConfirming() throws Exception {
        clock.advance(Duration.ofDays(11));
        SelectionIntegrationTests.closePanel(jdbc, callId, scores);
        runner.run(callId);
        String page = send(get("/secretariat/calls/" + callId + "/selection").with(secretariat.signedIn()).locale(Locale.ENGLISH))
                .getContentAsString();
        assertThat(page).contains("Sending now emails 6 applicants: 2 an offer of a place, 3 that they are on the waitlist, "
                + "1 that they were not selected.", "Ama Applicant", "Wanjiru Applicant", "I confirm: send these 6 emails now.");

        MvcResult unconfirmed = mvc.perform(post("/secretariat/calls/" + callId + "/offers").with(secretariat.signedIn()).with(csrf()))
                .andReturn();
        assertThat(unconfirmed.getFlashMap().get("flashError")).isEqualTo("calls.offer.confirm");
        assertThat(offers.ofCall(callId)).isEmpty();
        assertThat(selections.latest(callId).orElseThrow().offersSentAt()).isNull();
    }

    @Test
    void aCandidateSelectedPastTheQuotaLineReadsWhichCapSkippedThoseAbove() throws Exception {
        closeCallRunAndSend();
        String page = send(get("/secretariat/calls/" + callId + "/selection").with(secretariat.signedIn()).locale(Locale.ENGLISH))
                .getContentAsString();
        assertThat(page).contains("Rank 3 of 5; PhD quota line at 2; selected, because 1 ranked above were skipped: "
                + "the cap of 1 for country Ghana was reached");
        assertThat(page("Wanjiru")).contains("selected, because 1 ranked above were skipped");
    }

    @Test
    void everyCandidateIsToldTheirOutcomeByEmailInTheirLanguageAndThePageAndTheApiTellTheSameStory() throws Exception {
        closeCallRunAndSend();

        // the offers, the waitlist with positions, and the one without places, each by email in the reader's language
        assertThat(Mail.awaitBody(people.get("Ama").email(), "Offer of a place")).contains("track PhD");
        assertThat(Mail.awaitBody(people.get("Kofi").email(), "You are on the waitlist"))
                .contains("waitlist of the PhD track, number 1", "not a refusal", "/applications/" + ids.get("Kofi") + "#decision");
        assertThat(Mail.awaitBody(people.get("Chidi").email(), "You are on the waitlist")).contains("number 2");
        assertThat(Mail.awaitBody(people.get("Li").email(), "您已进入候补名单")).contains("位列第 3");
        assertThat(Mail.awaitBody(people.get("Musa").email(), "The selection is made")).contains("was not selected for the Master track");

        // Chidi, waitlisted: the page and the API say so, with what it means, and never "not selected"
        String waiting = page("Chidi");
        assertThat(waiting).contains("data-outcome=\"WAITLISTED\"", "You are on the waitlist of the PhD track, number 2.",
                "This is not a place yet, and not a refusal").doesNotContain("not selected");
        assertThat(outcome("Chidi")).contains("\"kind\":\"WAITLISTED\"", "\"waitlistPosition\":2",
                "You are on the waitlist of the PhD track, number 2.");
        assertThat(page("Musa")).contains("data-outcome=\"NOT_SELECTED\"", "You were not selected for the Master track.");
        assertThat(outcome("Ama")).contains("\"kind\":\"OFFERED\"");

        // Ama declines: the cap no longer holds Kofi back, who is offered the place; Chidi moves up the waitlist
        offers.decline(offers.ofApplication(ids.get("Ama")).orElseThrow().id(), null, people.get("Ama"));
        assertThat(Mail.awaitBody(people.get("Kofi").email(), "Offer of a place from the waitlist")).contains("a place became free");
        String offered = page("Kofi");
        assertThat(offered).contains("data-outcome=\"OFFERED_FROM_WAITLIST\"",
                "You were on the waitlist of the PhD track, and a place became free: it is offered to you.", "Your offer",
                "Accept the offer").doesNotContain("not selected").doesNotContain("on the waitlist of the PhD track, number");
        assertThat(offered.indexOf("data-outcome")).isLessThan(offered.indexOf("Your offer"));
        assertThat(outcome("Kofi")).contains("\"kind\":\"OFFERED_FROM_WAITLIST\"").doesNotContain("not selected");
        assertThat(page("Chidi")).contains("You are on the waitlist of the PhD track, number 1.");
        assertThat(outcome("Chidi")).contains("\"waitlistPosition\":1");

        // Li withdraws: out of the selection by choice, which the page does not call "not selected"
        applications.withdraw(ids.get("Li"), people.get("Li"));
        assertThat(outcome("Li")).contains("\"kind\":\"WITHDRAWN\"", "You withdrew this application");
        assertThat(page("Li")).doesNotContain("not selected");
    }

    @Test
    void theOutcomeIsTheApplicantsAndTheSecretariatsOnly() throws Exception {
        closeCallRunAndSend();
        String path = "/api/v1/applications/" + ids.get("Chidi") + "/outcome";
        assertThat(send(get(path)).getStatus()).isEqualTo(401);
        MockHttpServletResponse other = send(get(path).with(outsider.signedIn()));
        assertThat(other.getStatus()).isEqualTo(404);
        assertThat(other.getContentType()).isEqualTo("application/problem+json");
        assertThat(send(get(path).with(secretariat.signedIn()).locale(Locale.ENGLISH)).getContentAsString())
                .contains("\"kind\":\"WAITLISTED\"");
        assertThat(send(get("/api/v1/applications/" + UUID.randomUUID() + "/outcome").with(outsider.signedIn())).getStatus())
                .isEqualTo(404);
    }

    @Test
    void beforeTheOffersGoOutTheOutcomeIsPending() throws Exception {
        clock.advance(Duration.ofDays(11));
        SelectionIntegrationTests.closePanel(jdbc, callId, scores);
        runner.run(callId);
        assertThat(outcome("Chidi")).contains("\"kind\":\"PENDING\"");
        assertThat(page("Chidi")).doesNotContain("data-outcome");
    }

    @Test
    void acceptingAnExpiredOfferIsRefusedWithItsReasonAndChangesNothing() throws Exception {
        closeCallRunAndSend();
        OfferView offer = offers.ofApplication(ids.get("Ama")).orElseThrow();
        clock.advance(Duration.between(clock.instant(), offer.respondBy()).plusMinutes(1));
        assertThat(offers.expire(offer.id())).isTrue();
        Someone ama = people.get("Ama");

        MockHttpServletResponse api = send(post("/api/v1/offers/" + offer.id() + "/acceptance").with(ama.signedIn()).with(csrf())
                .locale(Locale.ENGLISH));
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentType()).isEqualTo("application/problem+json");
        assertThat(api.getContentAsString()).contains("This offer expired at", "it can no longer be accepted or declined");
        MvcResult onPage = mvc.perform(post("/offers/" + offer.id() + "/acceptance").with(ama.signedIn()).with(csrf())).andReturn();
        assertThat(onPage.getFlashMap().get("flashError")).isEqualTo("calls.offer.expired");
        assertThat(offers.ofApplication(ids.get("Ama")).orElseThrow().status()).isEqualTo(OfferStatus.EXPIRED);
        assertThat(jdbc.sql("select count(*) from calls.offer where call_id = :call and status = 'ACCEPTED'").param("call", callId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theTieTextsOfASeededRunShowExactDecimalsAndALotItsSeed() throws Exception {
        // three tied on 4.12345: raw means 7.7, (7.45 + 7.9) / 2 = 7.675000000000001 in doubles, and 7.675; the
        // last two are equal as decimals, so the lot with the recorded seed decides between them
        rules.saveRules(callId, """
                {"tieBreaks": [{"value": "rawMean"}, {"lot": 2026}]}""");
        scores.put(ids.get("Ama"), new double[] {4.12345, 7.7});
        scores.put(ids.get("Kofi"), new double[] {4.12345, (7.45 + 7.9) / 2});
        scores.put(ids.get("Wanjiru"), new double[] {4.12345, 7.675});
        clock.advance(Duration.ofDays(11));
        SelectionIntegrationTests.closePanel(jdbc, callId, scores);
        runner.run(callId);

        String page = send(get("/secretariat/calls/" + callId + "/selection").with(secretariat.signedIn()).locale(Locale.ENGLISH))
                .getContentAsString();
        assertThat(page).contains("by the higher raw mean (7.7 against 7.675)", "by a lot drawn with the recorded seed 2026",
                "running the selection again with the same seed draws the same order").doesNotContain("000000");
        String api = send(get("/api/v1/calls/" + callId + "/selection").with(secretariat.signedIn())).getContentAsString();
        assertThat(api).contains("\"aheadValue\":\"7.7\",\"behindValue\":\"7.675\"", "\"aheadValue\":\"2026\"")
                .doesNotContain("Value\":\"7.675000000000001");
        // the export rounds as the page shows
        String csv = new String(send(get("/secretariat/calls/" + callId + "/selection.csv").with(secretariat.signedIn()))
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("4.123").doesNotContain("4.12345").doesNotContain("7.675000000000001");
        assertThat(page).contains("<td>4.123</td>");
    }
}
