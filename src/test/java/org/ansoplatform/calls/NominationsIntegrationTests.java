package org.ansoplatform.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.intake.NominationManagement;
import org.ansoplatform.governance.DelegateManagement;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class NominationsIntegrationTests extends IntegrationTest {

    @Autowired
    CallManagement calls;

    @Autowired
    ApplicationIntake applications;

    @Autowired
    NominationManagement nominations;

    @Autowired
    DelegateManagement delegates;

    @Autowired
    OrganizationQueries organizations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    MockMvc mvc;

    UUID callId;
    Someone delegate;
    Someone otherDelegate;
    List<String> references;
    List<String> codes;

    @BeforeEach
    void setUp() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        callId = calls.create(CallTestData.call(CallTestData.code("nominations"), now.minusDays(1), now.plusDays(10), 0));
        var members = organizations.search(new OrganizationQueries.Filter(null, null, null, OrganizationStatus.MEMBER), new PageRequest(0, 5))
                .items();
        delegate = Someone.register(accounts, "Delegate One", "MEMBER_REPRESENTATIVE");
        otherDelegate = Someone.register(accounts, "Delegate Two", "MEMBER_REPRESENTATIVE");
        delegates.appoint(delegate.email(), members.get(0).id());
        delegates.appoint(otherDelegate.email(), members.get(1).id());
        references = new java.util.ArrayList<>();
        codes = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Someone applicant = Someone.register(accounts, "Nominee " + i, "APPLICANT");
            UUID id = CallTestData.completeDraft(applications, callId, applicant, "GH", 0);
            ApplicationView submitted = applications.submit(id, null, applicant);
            references.add(submitted.reference());
            codes.add(nominations.codeFor(submitted, applicant.id()).orElseThrow());
        }
    }

    @Test
    void aDelegateNominatesWithinTheQuotaAndCanWithdrawBeforeTheDeadline() {
        UUID first = nominations.nominate(references.get(0), codes.get(0), delegate);
        nominations.nominate(" " + references.get(1).toLowerCase() + " ", codes.get(1).toLowerCase().replace("-", ""), delegate);
        assertThatThrownBy(() -> nominations.nominate(references.get(2), codes.get(2), delegate))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.violations().get(0).messageKey()).isEqualTo("calls.nomination.overQuota"));
        assertThatThrownBy(() -> nominations.nominate(references.get(0), codes.get(0), otherDelegate))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.violations().get(0).messageKey()).isEqualTo("calls.nomination.alreadyNominated"));
        assertThatThrownBy(() -> nominations.nominate("TST-999999", codes.get(0), delegate)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> nominations.withdraw(first, otherDelegate)).isInstanceOf(NotFoundException.class);

        nominations.withdraw(first, delegate);
        nominations.nominate(references.get(2), codes.get(2), delegate);
        var organizationId = nominations.organizationOf(delegate).orElseThrow().id();
        assertThat(nominations.ofOrganization(organizationId)).filteredOn(view -> view.callId().equals(callId))
                .extracting(NominationManagement.NominationView::reference)
                .containsExactlyInAnyOrder(references.get(1), references.get(2));
        assertThat(nominations.statistics(callId)).singleElement().satisfies(statistics -> {
            assertThat(statistics.nominated()).isEqualTo(2);
            assertThat(statistics.eligible()).isEqualTo(2);
        });
        var nominated = new ApplicationQueries.Filter(null, null, null, null, true);
        assertThat(applicationQueries.search(callId, nominated, new PageRequest(0, 10)).total()).isEqualTo(2);
    }

    @Test
    void aDelegateWithoutTheApplicantsCodeLearnsNothingAboutTheApplicationWhateverTheReference() throws Exception {
        String wrongCode = codes.get(1);
        List<String> answers = new java.util.ArrayList<>();
        // a guessed reference: the first one with its number changed into one none of this test's applications has
        String guessed = java.util.stream.IntStream.rangeClosed(0, 9).mapToObj(digit -> references.get(0)
                .substring(0, references.get(0).length() - 1) + digit).filter(candidate -> !references.contains(candidate)).findFirst().orElseThrow();
        for (String reference : List.of(references.get(0), "TST-999999", guessed)) {
            for (String code : java.util.Arrays.asList(wrongCode, "", null, "ZZZZ-ZZZZ")) {
                assertThatThrownBy(() -> nominations.nominate(reference, code, delegate))
                        .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                            assertThat(refusal.violations()).extracting(InvalidInputException.Violation::messageKey)
                                    .containsExactly("calls.nomination.notAsked");
                            assertThat(refusal.violations().get(0).args()).isEmpty();
                        });
            }
            // and the page answers alike, without the applicant's name
            var response = mvc.perform(post("/representative/nominations").param("reference", reference).param("code", wrongCode)
                    .with(delegate.signedIn()).with(csrf())).andReturn().getResponse();
            String page = response.getContentAsString();
            answers.add(response.getStatus() + " " + page.contains("has given your organization this nomination code"));
            assertThat(page).doesNotContain("Nominee");
        }
        assertThat(answers).as("one answer for a real, a missing and a guessed reference").containsOnly("422 true");
        var organizationId = nominations.organizationOf(delegate).orElseThrow().id();
        assertThat(nominations.ofOrganization(organizationId)).noneMatch(view -> view.callId().equals(callId));
        assertThat(nominations.used(callId, organizationId)).isZero();
    }

    @Test
    void theApplicantSeesTheirNominationCodeOnTheirApplicationAndNobodyElseDoes() throws Exception {
        Someone applicant = Someone.register(accounts, "Code Holder", "APPLICANT");
        UUID id = CallTestData.completeDraft(applications, callId, applicant, "GH", 0);
        ApplicationView submitted = applications.submit(id, null, applicant);
        String code = nominations.codeFor(submitted, applicant.id()).orElseThrow();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(nominations.codeFor(submitted, applicant.id())).contains(code);
        assertThat(nominations.codeFor(submitted, delegate.id())).isEmpty();
        assertThat(mvc.perform(get("/applications/" + id).with(applicant.signedIn())).andReturn().getResponse().getContentAsString())
                .contains(code);
        Someone secretariat = Someone.register(accounts, "Code Outsider", "SECRETARIAT");
        assertThat(mvc.perform(get("/applications/" + id).with(secretariat.signedIn())).andReturn().getResponse().getContentAsString())
                .doesNotContain(code);
    }

    @Autowired
    ApplicationQueries applicationQueries;

    @Test
    void onlyDelegatesNominate() {
        Someone representativeWithoutOrganization = Someone.register(accounts, "No Organization", "MEMBER_REPRESENTATIVE");
        assertThatThrownBy(() -> nominations.nominate(references.get(0), codes.get(0), representativeWithoutOrganization))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.violations().get(0).messageKey()).isEqualTo("calls.nomination.notADelegate"));
    }

    @Test
    void theDelegatesPageNominatesAndTheSecretariatSeesTheStatistics() throws Exception {
        String page = mvc.perform(get("/representative/nominations").with(delegate.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"reference\"");
        mvc.perform(post("/representative/nominations").param("reference", references.get(0)).param("code", codes.get(0))
                .with(delegate.signedIn()).with(csrf()));
        assertThat(mvc.perform(get("/representative/nominations").with(delegate.signedIn())).andReturn().getResponse().getContentAsString())
                .contains("data-reference=\"" + references.get(0) + "\"");
        Someone secretariat = Someone.register(accounts, "Statistics Reader", "SECRETARIAT");
        assertThat(mvc.perform(get("/secretariat/calls/" + callId + "/nominations").with(secretariat.signedIn())).andReturn().getResponse()
                .getContentAsString()).contains(nominations.organizationOf(delegate).orElseThrow().name());
    }
}
