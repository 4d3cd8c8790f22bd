package org.ansoplatform.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.offers.AwardTermsManagement;
import org.ansoplatform.calls.offers.OfferManagement;
import org.ansoplatform.calls.selection.SelectionRuleBook;
import org.ansoplatform.calls.selection.SelectionRunner;
import org.ansoplatform.governance.MandateQueries;
import org.ansoplatform.governance.Office;
import org.ansoplatform.governance.OfficerView;
import org.ansoplatform.review.ReviewOutcomesFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An offer letter people can be proud of and others can trust (issue 16, item 3): the Secretariat states each
 * track's terms, the letter prints them with the Executive Director's signature block, and its code is confirmed
 * by a public page.
 */
class OfferLetterTests extends IntegrationTest {

    private static final Pattern CODE = Pattern.compile("OFFER-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");

    @Autowired
    CallManagement calls;
    @Autowired
    ApplicationIntake applications;
    @Autowired
    AccountManagement accounts;
    @Autowired
    SelectionRunner runner;
    @Autowired
    SelectionRuleBook rules;
    @Autowired
    OfferManagement offers;
    @Autowired
    AwardTermsManagement terms;
    @Autowired
    MandateQueries mandates;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    Someone secretariat;
    Someone applicant;
    UUID callId;

    @BeforeEach
    void aCallWhoseApplicantWasOfferedAPlace() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        secretariat = Someone.register(accounts, "Terms Keeper", "SECRETARIAT");
        applicant = Someone.register(accounts, "Nguyễn Thị Lan", "APPLICANT");
        callId = calls.create(CallTestData.call(CallTestData.code("terms"), now.minusDays(1), now.plusDays(10), 0));
        rules.saveRules(callId, "{\"tieBreaks\": [{\"lot\": 3}], \"offerDays\": 10}");
        UUID application = CallTestData.completeDraft(applications, callId, applicant, "VN", 0);
        applications.saveDraft(application, Map.of("track", "PHD", "hosts", List.of("USTC", "UCAS")), applicant);
        applications.submit(application, null, applicant);
        Map<UUID, double[]> scores = new LinkedHashMap<>();
        scores.put(application, new double[] {4.5, 4.0});
        new ReviewOutcomesFixture(jdbc).closedPanel(callId, scores);
        clock.advance(Duration.ofDays(11));
        runner.run(callId);
        offers.send(callId, true);
    }

    @Test
    void badTermsAreRefusedNextToTheirFieldsAndChangeNothing() throws Exception {
        var refused = mvc.perform(post("/secretariat/calls/" + callId + "/terms").with(secretariat.signedIn()).with(csrf())
                .param("terms[0].track", "PHD").param("terms[0].stipendAmount", "3,000.00").param("terms[0].stipendCurrency", "CNY")
                .param("terms[0].stipendPeriod", "MONTH")
                .param("terms[1].track", "MASTER").param("terms[1].stipendAmount", "2500").param("terms[1].stipendCurrency", "ABC")
                .param("terms[1].stipendPeriod", "WEEK").param("terms[1].startsOn", "1 Sept"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"terms[0].stipendAmount-error\"").contains("Enter an amount such as 3000")
                .contains("id=\"terms[1].stipendPeriod-error\"").contains("id=\"terms[1].startsOn-error\"");
        // the currency is the service's to judge once the fields read: the same form with readable fields
        var currency = mvc.perform(post("/secretariat/calls/" + callId + "/terms").with(secretariat.signedIn()).with(csrf())
                .param("terms[0].track", "MASTER").param("terms[0].stipendAmount", "2500").param("terms[0].stipendCurrency", "ABC")
                .param("terms[0].stipendPeriod", "MONTH").param("terms[1].track", "PHD").param("terms[1].stipendAmount", "100"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(currency).contains("ABC is not an ISO 4217 currency code").contains("A stipend needs an amount, a currency and a period.");
        assertThat(terms.of(callId)).allMatch(AwardTerms::isEmpty);
        mvc.perform(put("/api/v1/secretariat/calls/" + callId + "/award-terms").with(secretariat.signedIn()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("[{\"track\": \"PHD\", \"stipendAmount\": -5, \"stipendCurrency\": \"CNY\", \"stipendPeriod\": \"MONTH\"}]"))
                .andExpect(status().isBadRequest());
        assertThat(terms.of(callId)).allMatch(AwardTerms::isEmpty);
    }

    @Test
    void theLetterPrintsTheTermsTheSignatureBlockAndACodeThatThePublicPageConfirms() throws Exception {
        mvc.perform(post("/secretariat/calls/" + callId + "/terms").with(secretariat.signedIn()).with(csrf())
                .param("terms[0].track", "PHD").param("terms[0].stipendAmount", "3000").param("terms[0].stipendCurrency", "cny")
                .param("terms[0].stipendPeriod", "MONTH").param("terms[0].startsOn", "2027-09-01")
                .param("terms[0].covers[en]", "Tuition, accommodation and medical insurance")
                .param("terms[1].track", "MASTER"))
                .andExpect(status().is3xxRedirection());
        UUID offer = offers.ofApplication(jdbc.sql("select application_id from calls.offer where call_id = :call")
                .param("call", callId).query(UUID.class).single()).orElseThrow().id();

        UUID application = offers.ofApplication(jdbc.sql("select application_id from calls.offer where id = :id")
                .param("id", offer).query(UUID.class).single()).orElseThrow().applicationId();
        assertThat(mvc.perform(get(CallsPaths.application(application)).with(applicant.signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).as("the offer on the application page shows the terms")
                .contains("CNY 3,000 per month").contains("2027-09-01");

        String text = letterText(offer);
        assertThat(text).contains("Nguyễn Thị Lan").contains("Alliance of International Science Organizations")
                .contains("CNY 3,000 per month").contains("1 September 2027").contains("Tuition, accommodation and medical insurance")
                .contains("USTC");
        String director = mandates.officers().stream().filter(o -> o.office() == Office.EXECUTIVE_DIRECTOR).map(OfficerView::name)
                .findFirst().orElse("The ANSO Secretariat");
        assertThat(text).contains(director);
        Matcher code = CODE.matcher(text);
        assertThat(code.find()).as("a verification code on the letter").isTrue();
        assertThat(letterText(offer)).as("printed again, the same code").contains(code.group());

        String confirmed = mvc.perform(get("/offers/verify").param("code", " " + code.group().toLowerCase() + " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirmed).contains("Nguyễn Thị Lan").contains("belongs to this offer letter").contains("Offered");
        String unknown = mvc.perform(get("/offers/verify").param("code", "OFFER-2222-2222-2222"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("No offer letter has this code").doesNotContain("Nguyễn Thị Lan");
        mvc.perform(get("/offers/verify").param("code", "x".repeat(5000))).andExpect(status().isOk());
    }

    @Test
    void onlyTheSecretariatSeesOrSetsTheTerms() throws Exception {
        Someone other = Someone.register(accounts, "Another Applicant", "APPLICANT");
        mvc.perform(get("/secretariat/calls/" + callId + "/terms").with(applicant.signedIn())).andExpect(status().isForbidden());
        mvc.perform(post("/secretariat/calls/" + callId + "/terms").with(other.signedIn()).with(csrf())
                .param("terms[0].track", "PHD").param("terms[0].startsOn", "2027-09-01")).andExpect(status().isForbidden());
        mvc.perform(get("/secretariat/calls/" + callId + "/terms")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/secretariat/calls/" + callId + "/award-terms").with(applicant.signedIn()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/secretariat/calls/" + callId + "/terms").with(secretariat.signedIn())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/secretariat/calls/" + callId + "/award-terms").with(secretariat.signedIn()))
                .andExpect(status().isOk());
        assertThat(terms.of(callId)).allMatch(AwardTerms::isEmpty);
        UUID offer = jdbc.sql("select id from calls.offer where call_id = :call").param("call", callId).query(UUID.class).single();
        mvc.perform(get("/offers/" + offer + "/letter.pdf").with(other.signedIn())).andExpect(status().isNotFound());
    }

    @Test
    void aClonedCallStartsWithLastRoundsTermsAYearLater() {
        terms.save(callId, List.of(new AwardTerms("PHD", new java.math.BigDecimal("3000"), "CNY", StipendPeriod.MONTH,
                java.time.LocalDate.of(2027, 9, 1), null)));
        UUID next = calls.cloneAsNextRound(callId);
        assertThat(terms.of(next, "PHD")).hasValueSatisfying(t -> {
            assertThat(t.startsOn()).isEqualTo(java.time.LocalDate.of(2028, 9, 1));
            assertThat(t.stipendAmount(java.util.Locale.ENGLISH)).isEqualTo("CNY 3,000");
        });
    }

    private String letterText(UUID offer) throws Exception {
        byte[] pdf = mvc.perform(get("/offers/" + offer + "/letter.pdf").with(applicant.signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC).replaceAll("\\s+", " ");
        }
    }
}
