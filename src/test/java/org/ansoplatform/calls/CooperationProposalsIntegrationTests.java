package org.ansoplatform.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.intake.CallSubjectSource;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.review.SubjectSource.SubjectContent;
import org.ansoplatform.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cooperation proposal through the intake (issue 18): two partners (one not in the directory) and a budget
 * that adds up are saved and submitted; a budget that does not is refused with both figures and changes nothing;
 * a malformed save changes nothing; the reviewer reads the groups row by row; the call editor refuses a
 * malformed form.
 */
class CooperationProposalsIntegrationTests extends IntegrationTest {

    @Autowired
    CallManagement calls;

    @Autowired
    ApplicationIntake applications;

    @Autowired
    AccountManagement accounts;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    CallSubjectSource subjects;

    @Autowired
    org.ansoplatform.calls.intake.SubmissionReceiptPrinter receipts;

    Someone applicant;
    UUID callId;
    UUID lead;
    UUID partner;

    @BeforeEach
    void setUp() {
        applicant = Someone.register(accounts, "Aigul Sydykova", "APPLICANT");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        callId = calls.create(CooperationCall.call(now.minusDays(1), now.plusDays(20)));
        lead = organization("Xinjiang Institute of Ecology and Geography " + UUID.randomUUID(), "CN", "034t30j35");
        partner = organization("National Academy of Sciences of the Kyrgyz Republic " + UUID.randomUUID(), "KG", null);
    }

    UUID organization(String name, String country, String ror) {
        return organizations.create(new OrganizationCommand(name, null, country, OrganizationType.ACADEMY, OrganizationStatus.PARTNER,
                LocalDate.of(2018, 11, 4), null, ror));
    }

    @Test
    void aProposalWithTwoPartnersAndABudgetThatAddsUpIsSavedAndSubmitted() {
        UUID id = applications.start(callId, applicant);

        ApplicationView saved = applications.saveDraft(id, CooperationCall.answers(lead, partner, "12000"), applicant);
        ApplicationView submitted = applications.submit(id, null, applicant);

        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        Map<?, ?> leadAnswer = (Map<?, ?>) saved.answers().get("lead");
        assertThat(leadAnswer.get("organizationId")).isEqualTo(lead.toString());
        assertThat(leadAnswer.get("country")).isEqualTo("CN");
        assertThat(leadAnswer.get("rorId")).isEqualTo("034t30j35");
        List<?> partners = (List<?>) saved.answers().get("partners");
        assertThat(partners).hasSize(2);
        assertThat(((Map<?, ?>) ((Map<?, ?>) partners.get(0)).get("organization")).get("organizationId")).isEqualTo(partner.toString());
        assertThat(((Map<?, ?>) ((Map<?, ?>) partners.get(1)).get("organization")).get("organizationId")).isNull();
        assertThat(saved.answers().get("budgetTotal")).isEqualTo(Map.of("amount", "12000.00", "currency", "USD"));

        SubjectContent content = subjects.content(callId, id, Locale.ENGLISH).orElseThrow();
        assertThat(content.items()).extracting(SubjectContent.Item::key, SubjectContent.Item::value).contains(
                tuple("budgetTotal", "12,000.00 USD"),
                tuple("pi", "Aigul Sydykova, aigul@example.org ORCID 0000-0002-1825-0097"));
        String receipt = receiptText(id);
        assertThat(receipt).contains("Naryn Village Water Board (Kyrgyzstan)", "not in the directory yet", "12,000.00 USD", "7,000.00 USD",
                "ROR 034t30j35", "ORCID 0000-0002-1825-0097");

        String partnerRows = content.items().stream().filter(item -> item.key().equals("partners")).findFirst().orElseThrow().value();
        assertThat(partnerRows).contains("1. Institution: National Academy of Sciences of the Kyrgyz Republic", "(Kyrgyzstan)",
                "2. Institution: Naryn Village Water Board (Kyrgyzstan) — not in the directory yet; Role: ASSOCIATE");
    }

    @Test
    void aCallWithOneTrackAndNoTrackQuestionGivesEveryProposalThatTrackAndReviewersSeeItsLeadAndDiscipline() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        CallDefinition base = CooperationCall.call(now.minusDays(1), now.plusDays(20));
        UUID oneTrack = calls.create(new CallDefinition(base.programmeCode(), base.code(), base.referencePrefix(), base.title(),
                base.description(), base.zone(), base.opens(), base.closes(), base.status(), 0, 0,
                List.of(new Track("PROJECT", LocalizedText.of("Projects", "项目"), 5)), base.hosts(), base.form(), base.eligibility()));
        UUID id = applications.start(oneTrack, applicant);
        Map<String, Object> answers = CooperationCall.answers(lead, partner, "12000");
        answers.put("discipline", "1.5");

        applications.saveDraft(id, answers, applicant);
        ApplicationView submitted = applications.submit(id, null, applicant);

        assertThat(submitted.trackCode()).isEqualTo("PROJECT");
        assertThat(subjects.subjects(oneTrack)).singleElement().satisfies(facts -> {
            assertThat(facts.track()).isEqualTo("PROJECT");
            // the lead institution, for the same-institution conflict; the discipline and its area, for expertise
            assertThat(facts.institution()).startsWith("Xinjiang Institute of Ecology and Geography");
            assertThat(facts.fields()).containsExactly("1.5", "1");
        });
    }

    String receiptText(UUID id) {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(receipts.pdf(id, applicant, Locale.ENGLISH).pdf())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aBudgetThatDoesNotAddUpIsRefusedWithBothFiguresAndNothingChanges() {
        UUID id = applications.start(callId, applicant);
        ApplicationView saved = applications.saveDraft(id, CooperationCall.answers(lead, partner, "12500"), applicant);

        assertThatThrownBy(() -> applications.submit(id, null, applicant)).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.violations()).extracting(Violation::field, Violation::messageKey, v -> List.of(v.args()))
                        .containsExactly(tuple("budgetTotal", "calls.form.sumDiffers", List.of("12500.00 USD", "12000.00 USD"))));

        ApplicationView after = applications.view(id, applicant);
        assertThat(after.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(after.version()).isEqualTo(saved.version());
        assertThat(after.answers()).isEqualTo(saved.answers());
    }

    @Test
    void aMalformedSaveIsRefusedWithEveryProblemAtItsPathAndChangesNothing() {
        UUID id = applications.start(callId, applicant);
        ApplicationView saved = applications.saveDraft(id, CooperationCall.answers(lead, partner, "12000"), applicant);
        Map<String, Object> changed = CooperationCall.answers(lead, partner, "12000");
        changed.put("partners", List.of(CooperationCall.row("organization", CooperationCall.listed(UUID.randomUUID())),
                CooperationCall.row("organization", CooperationCall.unlisted("Somewhere", "Narnia"))));
        changed.put("budgetTotal", CooperationCall.money("twelve", "USD"));

        assertThatThrownBy(() -> applications.saveDraft(id, changed, applicant)).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.violations()).extracting(Violation::field, Violation::messageKey).containsExactlyInAnyOrder(
                        tuple("partners[0].organization", "calls.form.notInDirectory"),
                        tuple("partners[1].organization.country", "calls.form.notACountry"),
                        tuple("budgetTotal", "calls.form.notAnAmount")));

        assertThat(applications.view(id, applicant).answers()).isEqualTo(saved.answers());
        assertThat(applications.view(id, applicant).version()).isEqualTo(saved.version());
    }

    @Test
    void theSameAnswersSavedTwiceFromTheSameVersionMakeNoNewVersionAndNoStaleRefusal() {
        UUID id = applications.start(callId, applicant);
        int seen = applications.view(id, applicant).version();

        ApplicationView first = applications.saveDraft(id, CooperationCall.answers(lead, partner, "12000"), seen, applicant);
        ApplicationView second = applications.saveDraft(id, CooperationCall.answers(lead, partner, "12000"), seen, applicant);

        assertThat(second.version()).isEqualTo(first.version());
        assertThat(second.answers()).isEqualTo(first.answers());
    }

    @Test
    void theCallEditorRefusesANestedGroupAndASumOfAMissingColumn() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        CallDefinition good = CooperationCall.call(now, now.plusDays(5));
        LocalizedText label = LocalizedText.of("Q", "Q");
        ApplicationForm bad = new ApplicationForm(List.of(new FormSection("s", label, List.of(
                FormField.group("outer", label, false, List.of(FormField.group("inner", label, false,
                        List.of(FormField.of("x", FieldType.TEXT, label, false)), null, null)), null, null),
                FormField.money("total", label, true, List.of("USD"), "budget.amount")))));
        CallDefinition refused = new CallDefinition(good.programmeCode(), good.code(), good.referencePrefix(), good.title(),
                good.description(), good.zone(), good.opens(), good.closes(), good.status(), 0, 0, good.tracks(), good.hosts(), bad, "[]");

        assertThatThrownBy(() -> calls.create(refused)).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.violations()).extracting(Violation::field, Violation::messageKey).containsExactlyInAnyOrder(
                        tuple("form", "calls.call.nestedGroup"), tuple("form", "calls.call.sumOfMissing")));
    }
}
