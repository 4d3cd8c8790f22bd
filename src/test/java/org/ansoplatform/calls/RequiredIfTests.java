package org.ansoplatform.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A question required only for some answers of another: the applicant cannot submit without it when the condition
 * holds, and can when it does not; a condition that cannot hold is refused on the builder’s path of the question.
 */
class RequiredIfTests extends IntegrationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    CallManagement calls;

    @Autowired
    ApplicationIntake applications;

    @Autowired
    AccountManagement accounts;

    @Test
    void theConditionallyRequiredAnswerIsAskedOnlyWhenTheConditionHolds() {
        UUID callId = calls.create(withThesis(new FormField.Condition("track", List.of("PHD"))));
        Someone phd = Someone.register(accounts, "Nadia PhD", "APPLICANT");
        UUID phdApplication = CallTestData.completeDraft(applications, callId, phd, "KE", 0);
        assertThatThrownBy(() -> applications.submit(phdApplication, null, phd))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations())
                        .extracting(Violation::field, Violation::messageKey).containsExactly(tuple("thesis", "callbuilder.form.requiredBecause")));
        applications.saveDraft(phdApplication, Map.of("thesis", "Soil carbon in the Sahel."), phd);
        assertThat(applications.submit(phdApplication, null, phd).status()).isEqualTo(ApplicationStatus.SUBMITTED);

        Someone master = Someone.register(accounts, "Omar Master", "APPLICANT");
        UUID masterApplication = CallTestData.completeDraft(applications, callId, master, "KE", 0);
        applications.saveDraft(masterApplication, Map.of("track", "MASTER"), master);
        assertThat(applications.submit(masterApplication, null, master).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void aHiddenQuestionIsNotRequiredOfNewApplicants() {
        CallDefinition base = withThesis(null);
        List<FormField> fields = new ArrayList<>(base.form().sections().get(0).fields());
        fields.replaceAll(field -> field.key().equals("thesis") ? new FormField("thesis", FieldType.LONG_TEXT, field.label(), null, true,
                null, null, null, null).withHidden(true) : field);
        UUID callId = calls.create(with(base, fields));
        Someone applicant = Someone.register(accounts, "Hidden Question Applicant", "APPLICANT");
        UUID id = CallTestData.completeDraft(applications, callId, applicant, "KE", 0);
        assertThat(applications.submit(id, null, applicant).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void aConditionThatCannotHoldIsRefusedOnTheQuestionsPath() {
        assertRefused(new FormField.Condition("thesis", List.of("x")), "callbuilder.requiredIf.itself");
        assertRefused(new FormField.Condition("nothing", List.of("x")), "callbuilder.requiredIf.unknown");
        assertRefused(new FormField.Condition("proposal", List.of("x")), "callbuilder.requiredIf.notAChoice");
        assertRefused(new FormField.Condition("track", List.of("POSTDOC")), "callbuilder.requiredIf.notAnOption");
        assertRefused(new FormField.Condition("track", List.of()), "callbuilder.requiredIf.noValue");
    }

    private void assertRefused(FormField.Condition condition, String messageKey) {
        assertThatThrownBy(() -> calls.create(withThesis(condition)))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations())
                        .extracting(Violation::field, Violation::messageKey).containsExactly(tuple("fields[thesis].requiredIf", messageKey)));
    }

    private static CallDefinition withThesis(FormField.Condition condition) {
        LocalDateTime now = LocalDateTime.now(SHANGHAI);
        CallDefinition base = CallTestData.call(CallTestData.code("requiredif"), now.minusDays(1), now.plusDays(30), 0);
        List<FormField> fields = new ArrayList<>(base.form().sections().get(0).fields());
        fields.add(new FormField("thesis", FieldType.LONG_TEXT, LocalizedText.of("Thesis plan", "论文计划"), null, false, 200, null, null, null)
                .withRequiredIf(condition));
        return with(base, fields);
    }

    private static CallDefinition with(CallDefinition base, List<FormField> fields) {
        return new CallDefinition(base.programmeCode(), base.code(), base.referencePrefix(), base.title(), base.description(), base.zone(),
                base.opens(), base.closes(), base.status(), base.refereeCount(), base.nominationQuota(), base.tracks(), base.hosts(),
                new ApplicationForm(List.of(new FormSection("about", LocalizedText.of("About you", "个人信息"), fields))), base.eligibility());
    }
}
