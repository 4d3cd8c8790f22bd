package org.ansoplatform.calls;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.UUID;

import org.ansoplatform.FieldErrors;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.offers.OfferManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The selection's pages, exports and API, in both languages, and who may use them: the Secretariat for
 * the selection, the offer's applicant only for answering it (404 for anyone else), nobody anonymously.
 */
class SelectionPagesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CallManagement calls;

    @Autowired
    ApplicationIntake applications;

    @Autowired
    OfferManagement offers;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    UUID callId;
    Someone secretariat;
    Someone outsider;
    Map<String, Someone> people = new LinkedHashMap<>();
    Map<String, UUID> ids = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        callId = calls.create(CallTestData.call(CallTestData.code("selection-pages"), now.minusDays(1), now.plusDays(10), 0));
        secretariat = Someone.register(accounts, "Selection Secretariat", "SECRETARIAT");
        outsider = Someone.register(accounts, "Other Applicant", "APPLICANT", "REVIEWER", "MEMBER_REPRESENTATIVE", "BOARD_MEMBER", "ADMIN");
        Map<UUID, double[]> scores = new LinkedHashMap<>();
        String[] names = {"Ama", "Kofi", "Wanjiru", "Chidi", "Ayesha"};
        double[] values = {4.5, 4.0, 4.0, 3.0, 2.0};
        for (int i = 0; i < names.length; i++) {
            Someone applicant = Someone.register(accounts, names[i] + " Applicant", "APPLICANT");
            UUID id = CallTestData.completeDraft(applications, callId, applicant, "GH", 0);
            applications.submit(id, null, applicant);
            people.put(names[i], applicant);
            ids.put(names[i], id);
            scores.put(id, new double[] {values[i], values[i] - i * 0.1});
        }
        SelectionIntegrationTests.closePanel(jdbc, callId, scores);
        clock.advance(Duration.ofDays(11)); // the call closed: selection and offers wait for it
    }

    MockHttpServletResponse send(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void theSecretariatRunsReadsExportsAndSendsOffersInBothLanguages() throws Exception {
        assertThat(send(post("/secretariat/calls/" + callId + "/selection").with(secretariat.signedIn()).with(csrf())).getRedirectedUrl())
                .isEqualTo("/secretariat/calls/" + callId + "/selection");
        String page = send(get("/secretariat/calls/" + callId + "/selection").with(secretariat.signedIn()).locale(Locale.ENGLISH))
                .getContentAsString();
        assertThat(page).contains("Rank 1 of 5; PhD quota line at 3; selected", "Rank 4 of 5; PhD quota line at 3; not selected",
                "Placed at UCAS (preference 1)", "by the higher raw mean");
        String chinese = send(get("/secretariat/calls/" + callId + "/selection").with(secretariat.signedIn()).locale(Locale.CHINESE))
                .getContentAsString();
        assertThat(chinese).contains("排名第 4（共 5 人）；博士名额线为 3；未入选", "原始平均分较高者");

        MockHttpServletResponse csv = send(get("/secretariat/calls/" + callId + "/selection.csv").with(secretariat.signedIn()));
        assertThat(csv.getContentType()).startsWith("text/csv");
        String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).contains("Rank 5 of 5; PhD quota line at 3; not selected").hasLineCount(6);
        assertThat(send(get("/secretariat/calls/" + callId + "/selection.xlsx").with(secretariat.signedIn())).getContentAsByteArray())
                .startsWith((byte) 'P', (byte) 'K');

        String json = send(get("/api/v1/calls/" + callId + "/selection").with(secretariat.signedIn())).getContentAsString();
        assertThat(json).contains("\"messageKey\":\"calls.selection.selected\"", "\"explanation\":\"Rank 1 of 5; PhD quota line at 3; selected\"",
                "\"rule\":\"rawMean\"");

        // the applicant sees nothing of the selection until the offers are sent
        Someone ama = people.get("Ama");
        assertThat(send(get("/applications/" + ids.get("Ama")).with(ama.signedIn())).getContentAsString()).doesNotContain("quota line");
        // the page says how many emails go out before any does, and sending needs the confirmation
        assertThat(page).contains("Sending now emails 5 applicants: 3 an offer of a place, 2 that they are on the waitlist, 0 that they were not selected.");
        send(post("/secretariat/calls/" + callId + "/offers").with(secretariat.signedIn()).with(csrf()));
        assertThat(offers.ofCall(callId)).isEmpty();
        send(post("/secretariat/calls/" + callId + "/offers").param("confirm", "true").with(secretariat.signedIn()).with(csrf()));
        String mine = send(get("/applications/" + ids.get("Ama")).with(ama.signedIn()).locale(Locale.ENGLISH)).getContentAsString();
        assertThat(mine).contains("Rank 1 of 5; PhD quota line at 3; selected", "Accept the offer", "/letter.pdf");
        UUID offerId = offers.ofApplication(ids.get("Ama")).orElseThrow().id();
        MockHttpServletResponse letter = send(get("/offers/" + offerId + "/letter.pdf").with(ama.signedIn()));
        assertThat(letter.getContentType()).isEqualTo("application/pdf");
        assertThat(letter.getContentAsByteArray()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(send(get("/offers/" + offerId + "/letter.pdf").with(outsider.signedIn())).getStatus()).isEqualTo(404);
        assertThat(send(get("/offers/" + offerId + "/letter.pdf").with(secretariat.signedIn())).getStatus()).isEqualTo(200);

        // declining asks once more, saying what happens, and changes nothing until confirmed
        String asked = send(post("/offers/" + offerId + "/declination").param("reason", "Staying home").with(ama.signedIn()).with(csrf())
                .locale(java.util.Locale.ENGLISH)).getContentAsString();
        assertThat(asked).contains("Decline the offer?", "the place goes to the next applicant", "value=\"Staying home\"");
        assertThat(offers.ofApplication(ids.get("Ama")).orElseThrow().status()).isEqualTo(OfferStatus.OFFERED);
        // decline through the page with a reason; the next candidate is offered the place
        assertThat(send(post("/offers/" + offerId + "/declination").param("reason", "Staying home").param("confirmed", "true")
                .with(ama.signedIn()).with(csrf()))
                .getRedirectedUrl()).isEqualTo("/applications/" + ids.get("Ama") + "#offer");
        assertThat(offers.ofApplication(ids.get("Ama")).orElseThrow().declineReason()).isEqualTo("Staying home");
        assertThat(offers.ofApplication(ids.get("Chidi")).orElseThrow().fromWaitlist()).isTrue();

        String stats = send(get("/secretariat/calls/" + callId + "/statistics").with(secretariat.signedIn()).locale(Locale.ENGLISH))
                .getContentAsString();
        assertThat(stats).contains("By nominating organization", "data-key=\"total\"");
    }

    @Test
    void aDeclineWithATooLongReasonIsShownAgainNextToTheReasonAndOnePastTheDeadlineAfterTheRedirect() throws Exception {
        send(post("/secretariat/calls/" + callId + "/selection").with(secretariat.signedIn()).with(csrf()));
        offers.send(callId, true);
        Someone ama = people.get("Ama");
        UUID offerId = offers.ofApplication(ids.get("Ama")).orElseThrow().id();
        String reason = "I am staying home. ".repeat(110);

        MockHttpServletResponse refused = send(post("/offers/" + offerId + "/declination").param("reason", reason)
                .with(ama.signedIn()).with(csrf()).locale(Locale.ENGLISH));

        assertThat(refused.getStatus()).isEqualTo(422);
        String page = refused.getContentAsString();
        assertThat(FieldErrors.of(page, "reason")).isEqualTo("The reason is limited to 2,000 characters.");
        assertThat(page).contains(reason.strip()).contains("Accept the offer");
        assertThat(offers.ofApplication(ids.get("Ama")).orElseThrow().status()).isEqualTo(OfferStatus.OFFERED);
        assertThat(offers.ofApplication(ids.get("Chidi"))).isEmpty();

        // not about the reason: the offer can no longer be answered, and the page no longer offers the form
        clock.advance(Duration.between(clock.instant(), offers.ofApplication(ids.get("Ama")).orElseThrow().respondBy()).plusMinutes(1));
        var late = mvc.perform(post("/offers/" + offerId + "/declination").param("reason", "Staying home")
                .with(ama.signedIn()).with(csrf())).andReturn();
        assertThat(late.getResponse().getRedirectedUrl()).isEqualTo("/applications/" + ids.get("Ama") + "#offer");
        assertThat(late.getFlashMap().get("flashError")).isEqualTo("calls.offer.pastDeadline");
        assertThat(offers.ofApplication(ids.get("Ama")).orElseThrow().status()).isEqualTo(OfferStatus.OFFERED);
    }

    @Test
    void rulesAreEditedAsCheckedJsonOnTheCallEditor() throws Exception {
        MockHttpServletResponse refused = send(post("/secretariat/calls/" + callId + "/selection-rules")
                .param("selectionRules", "{\"caps\": [{\"attribute\": \"height\", \"maxCount\": 1}]}")
                .with(secretariat.signedIn()).with(csrf()).locale(Locale.ENGLISH));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("not &quot;height&quot;", "&quot;height&quot;, &quot;maxCount&quot;");
        send(post("/secretariat/calls/" + callId + "/selection-rules")
                .param("selectionRules", "{\"caps\": [{\"attribute\": \"country\", \"track\": \"PHD\", \"maxCount\": 1}], \"offerDays\": 5}")
                .with(secretariat.signedIn()).with(csrf()));
        String editor = send(get("/secretariat/calls/" + callId).with(secretariat.signedIn())).getContentAsString();
        assertThat(editor).contains("name=\"selectionRules\"", "&quot;offerDays&quot; : 5");
        send(post("/secretariat/calls/" + callId + "/selection").with(secretariat.signedIn()).with(csrf()));
        assertThat(send(get("/api/v1/calls/" + callId + "/selection").with(secretariat.signedIn())).getContentAsString())
                .contains("\"outcome\":\"CAPPED\"");
    }

    @Test
    void onlyTheSecretariatSelectsAndOnlyTheApplicantAnswers() throws Exception {
        for (String path : List.of("/secretariat/calls/" + callId + "/selection", "/secretariat/calls/" + callId + "/statistics",
                "/secretariat/calls/" + callId + "/selection.csv")) {
            assertThat(send(get(path)).getStatus()).as(path).isEqualTo(302);
            assertThat(send(get(path).with(outsider.signedIn())).getStatus()).as(path).isEqualTo(403);
        }
        assertThat(send(post("/secretariat/calls/" + callId + "/selection").with(outsider.signedIn()).with(csrf())).getStatus()).isEqualTo(403);
        assertThat(send(get("/api/v1/calls/" + callId + "/selection")).getStatus()).isEqualTo(401);
        assertThat(send(get("/api/v1/calls/" + callId + "/selection").with(outsider.signedIn())).getStatus()).isEqualTo(403);
        assertThat(send(post("/api/v1/calls/" + callId + "/selection").with(outsider.signedIn()).with(csrf())).getStatus()).isEqualTo(403);
        assertThat(send(get("/api/v1/calls/" + callId + "/selection").with(secretariat.signedIn())).getStatus()).isEqualTo(404); // no run yet

        MockHttpServletResponse run = send(post("/api/v1/calls/" + callId + "/selection").with(secretariat.signedIn()).with(csrf()));
        assertThat(run.getStatus()).isEqualTo(200);
        assertThat(run.getContentAsString()).contains("\"PHD\":3");
        offers.send(callId, true);
        UUID offerId = offers.ofApplication(ids.get("Kofi")).orElseThrow().id();
        String acceptance = "/api/v1/offers/" + offerId + "/acceptance";
        assertThat(send(post(acceptance).with(csrf())).getStatus()).isEqualTo(401);
        MockHttpServletResponse other = send(post(acceptance).with(outsider.signedIn()).with(csrf()));
        assertThat(other.getStatus()).isEqualTo(404);
        assertThat(other.getContentType()).isEqualTo("application/problem+json");
        assertThat(send(post(acceptance).with(secretariat.signedIn()).with(csrf())).getStatus()).isEqualTo(404);
        assertThat(send(post("/offers/" + offerId + "/acceptance").with(outsider.signedIn()).with(csrf())).getStatus()).isEqualTo(404);
        assertThat(send(post("/api/v1/offers/" + offerId + "/declination").with(outsider.signedIn()).with(csrf())).getStatus())
                .isEqualTo(404);
        assertThat(send(post("/offers/" + offerId + "/declination").with(outsider.signedIn()).with(csrf())).getStatus()).isEqualTo(404);
        assertThat(offers.ofApplication(ids.get("Kofi")).orElseThrow().status()).isEqualTo(OfferStatus.OFFERED);
        assertThat(send(post(acceptance).with(people.get("Kofi").signedIn()).with(csrf())).getContentAsString())
                .contains("\"status\":\"ACCEPTED\"");

        UUID late = offers.ofApplication(ids.get("Wanjiru")).orElseThrow().id();
        clock.advance(Duration.between(clock.instant(), offers.ofApplication(ids.get("Wanjiru")).orElseThrow().respondBy()).plusMinutes(1));
        MockHttpServletResponse refused = send(post("/api/v1/offers/" + late + "/declination").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"too late\"}").with(people.get("Wanjiru").signedIn()).with(csrf()));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(offers.ofApplication(ids.get("Wanjiru")).orElseThrow().status()).isEqualTo(OfferStatus.OFFERED);
        assertThat(send(post("/secretariat/offers/" + offerId + "/enrolment").with(outsider.signedIn()).with(csrf())).getStatus())
                .isEqualTo(403);
    }
}
