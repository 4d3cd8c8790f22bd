package org.ansoplatform.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.offers.OfferManagement;
import org.ansoplatform.calls.selection.SelectionRuleBook;
import org.ansoplatform.calls.selection.SelectionRunner;
import org.ansoplatform.files.TestFiles;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Money;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Offers of a call that awards projects (issue 18): no host, the amount the selection granted, an email and a
 * letter that say so, and the money of a declined award offered to the next proposal that fits what is left.
 */
class AwardOffersIntegrationTests extends IntegrationTest {

    @Autowired
    CallManagement calls;
    @Autowired
    ApplicationIntake applications;
    @Autowired
    SelectionRuleBook rules;
    @Autowired
    SelectionRunner runner;
    @Autowired
    OfferManagement offers;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    final Map<UUID, Someone> applicants = new LinkedHashMap<>();

    UUID cooperationCall() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        CallDefinition base = CallTestData.call(CallTestData.code("award"), now.minusDays(1), now.plusDays(10), 0);
        List<FormField> fields = new ArrayList<>(base.form().fields().stream().filter(f -> !f.key().equals("hosts")).toList());
        fields.add(new FormField("budgetTotal", FieldType.MONEY, LocalizedText.of("Budget requested", "申请预算"), null, true,
                null, null, null, null));
        CallDefinition call = new CallDefinition(base.programmeCode(), base.code(), base.referencePrefix(), base.title(), base.description(),
                base.zone(), base.opens(), base.closes(), base.status(), 0, base.nominationQuota(), base.tracks(), List.of(),
                new ApplicationForm(List.of(new FormSection("about", LocalizedText.of("About", "关于"), fields))), base.eligibility());
        return calls.create(call);
    }

    UUID propose(UUID callId, String name, String amount) {
        Someone applicant = Someone.register(accounts, "Awardee " + name, "APPLICANT");
        UUID id = applications.start(callId, applicant);
        Map<String, Object> answers = new LinkedHashMap<>(CallTestData.answers("1998-05-04", "KG"));
        answers.remove("hosts");
        answers.put("budgetTotal", Map.of("amount", amount, "currency", "USD"));
        applications.saveDraft(id, answers, applicant);
        applications.upload(id, "cv", "cv.pdf", new ByteArrayInputStream(TestFiles.pdf()), applicant);
        applications.submit(id, null, applicant);
        // the cooperation form's title, which this test call's form does not ask
        jdbc.sql("update calls.application set answers = answers || jsonb_build_object('title', cast(:title as text)) where id = :id")
                .param("title", "Water stations " + name).param("id", id).update();
        applicants.put(id, applicant);
        return id;
    }

    @Test
    void aFundedProposalIsOfferedAnAwardOfItsGrantedAmountWithoutAHostAndADeclineFundsTheNextThatFits() throws Exception {
        UUID callId = cooperationCall();
        rules.saveRules(callId, BudgetSelectionIntegrationTests.ENVELOPE);
        UUID first = propose(callId, "A", "400000");
        UUID second = propose(callId, "B", "350000");
        UUID third = propose(callId, "C", "300000");
        UUID fourth = propose(callId, "D", "200000");
        clock.advance(Duration.ofDays(11));
        SelectionIntegrationTests.closePanel(jdbc, callId, Map.of(first, new double[] {4.5, 4.5}, second, new double[] {4.4, 4.4},
                third, new double[] {4.0, 4.0}, fourth, new double[] {3.5, 3.5}));
        runner.run(callId);

        assertThat(offers.send(callId, true)).isEqualTo(3);

        Map<UUID, OfferView> by = new LinkedHashMap<>();
        offers.ofCall(callId).forEach(o -> by.put(o.applicationId(), o));
        assertThat(by.keySet()).containsExactlyInAnyOrder(first, second, fourth);
        assertThat(by.get(first).hostCode()).isNull();
        assertThat(by.get(first).granted()).isEqualTo(Money.of("400000", "USD"));
        assertThat(by.get(fourth).granted()).isEqualTo(Money.of("200000", "USD"));
        assertThat(Mail.awaitBody(applicants.get(first).email(), "Award: Water stations A"))
                .contains("we are pleased to grant you an award of 400,000.00 USD for Water stations A").doesNotContain("hosted by");

        byte[] pdf = mvc.perform(get("/offers/" + by.get(first).id() + "/letter.pdf").with(applicants.get(first).signedIn()))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Award of a grant", "an award of 400,000.00 USD for Water stations A").doesNotContain("Host");
        }

        // 1,000,000 less the 600,000 still standing leaves 400,000: the 300,000 that did not fit before now does
        offers.decline(by.get(second).id(), "Our partners withdrew", applicants.get(second));

        OfferView cascaded = offers.ofApplication(third).orElseThrow();
        assertThat(cascaded.fromWaitlist()).isTrue();
        assertThat(cascaded.hostCode()).isNull();
        assertThat(cascaded.granted()).isEqualTo(Money.of("300000", "USD"));
        assertThat(Mail.awaitBody(applicants.get(third).email(), "Award from the waitlist: Water stations C"))
                .contains("grant you an award of 300,000.00 USD for Water stations C");
    }
}
