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
import org.ansoplatform.calls.definition.FormEdits;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A change of the form or the tracks against the applications already made: what submitted applications answered
 * is kept (refused with the count, hidden instead), drafts are told what they lose, and the track question follows
 * the tracks.
 */
class FormCompatibilityIntegrationTests extends IntegrationTest {

    @Autowired
    CallManagement calls;

    @Autowired
    CallQueries callQueries;

    @Autowired
    ApplicationIntake applications;

    @Autowired
    AccountManagement accounts;

    UUID callId;

    @BeforeEach
    void callWithASubmissionAndADraft() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        callId = calls.create(CallTestData.call(CallTestData.code("compat"), now.minusDays(1), now.plusDays(30), 0));
        Someone submitter = Someone.register(accounts, "Compat Submitter", "APPLICANT");
        applications.submit(CallTestData.completeDraft(applications, callId, submitter, "KE", 0), null, submitter);
        Someone drafter = Someone.register(accounts, "Compat Drafter", "APPLICANT");
        UUID draft = applications.start(callId, drafter);
        applications.saveDraft(draft, Map.of("fieldOfStudy", "engineering", "proposal", "Wind."), drafter);
    }

    @Test
    void aQuestionSubmittedApplicationsAnsweredIsNeitherRemovedNorRetyped() {
        CallView call = callQueries.any(callId);
        assertRefused(FormEdits.removeField(call.definition().form(), "proposal"), tuple("fields[proposal]", "callbuilder.compat.removed"));
        assertRefused(FormEdits.removeField(call.definition().form(), "cv"), tuple("fields[cv]", "callbuilder.compat.removed"));
        FormField retyped = FormField.of("proposal", FieldType.TEXT, LocalizedText.of("Proposal", "计划"), true);
        assertRefused(FormEdits.replaceField(call.definition().form(), "proposal", retyped),
                tuple("fields[proposal].type", "callbuilder.compat.typeChanged"));
        assertThat(callQueries.any(callId).version()).isEqualTo(call.version());

        CallManagement.Notices hidden = calls.update(callId, with(call.definition(), FormEdits.hideField(call.definition().form(), "proposal", true)),
                call.version());
        assertThat(callQueries.any(callId).definition().form().field("proposal").orElseThrow().hidden()).isTrue();
        assertThat(hidden.losses()).isEmpty();
    }

    @Test
    void theRefusalNamesTheCount() {
        CallView call = callQueries.any(callId);
        assertThatThrownBy(() -> calls.update(callId, with(call.definition(), FormEdits.removeField(call.definition().form(), "proposal")),
                call.version())).isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations())
                        .filteredOn(v -> v.field().equals("fields[proposal]")).singleElement()
                        .satisfies(v -> assertThat(v.args()).containsExactly(1, "proposal")));
    }

    @Test
    void draftsAreToldWhatTheyLoseAndNotBlocked() {
        CallView call = callQueries.any(callId);
        CallManagement.Notices notices = calls.update(callId, with(call.definition(),
                FormEdits.removeField(call.definition().form(), "fieldOfStudy")), call.version());
        assertThat(notices.losses()).singleElement().satisfies(loss -> {
            assertThat(loss.key()).isEqualTo("fieldOfStudy");
            assertThat(loss.drafts()).isEqualTo(1);
        });
        assertThat(callQueries.any(callId).definition().form().field("fieldOfStudy")).isEmpty();
    }

    @Test
    void aTrackApplicationsChoseStaysAndANewOneReachesTheTrackQuestion() {
        CallView call = callQueries.any(callId);
        List<Track> onlyMaster = call.definition().tracks().stream().filter(track -> !track.code().equals("PHD")).toList();
        assertThatThrownBy(() -> calls.update(callId, withTracks(call.definition(), onlyMaster), call.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations())
                        .extracting(Violation::field, Violation::messageKey).contains(tuple("tracks", "callbuilder.tracks.chosen")));

        List<Track> more = new ArrayList<>(call.definition().tracks());
        more.add(new Track("POSTDOC", LocalizedText.of("Postdoc", "博士后"), 1));
        CallManagement.Notices notices = calls.update(callId, withTracks(call.definition(), more), call.version());
        assertThat(notices.offered()).extracting(Track::code).containsExactly("POSTDOC");
        assertThat(callQueries.any(callId).definition().form().field("track").orElseThrow().options())
                .extracting(FormField.Option::value).containsExactly("PHD", "MASTER", "POSTDOC");
    }

    private void assertRefused(ApplicationForm form, org.assertj.core.groups.Tuple expected) {
        CallView call = callQueries.any(callId);
        assertThatThrownBy(() -> calls.update(callId, with(call.definition(), form), call.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations())
                        .extracting(Violation::field, Violation::messageKey).contains(expected));
    }

    private static CallDefinition with(CallDefinition base, ApplicationForm form) {
        return new CallDefinition(base.programmeCode(), base.code(), base.referencePrefix(), base.title(), base.description(), base.zone(),
                base.opens(), base.closes(), base.status(), base.refereeCount(), base.nominationQuota(), base.tracks(), base.hosts(), form,
                base.eligibility(), base.reopenBeforeDeadline());
    }

    private static CallDefinition withTracks(CallDefinition base, List<Track> tracks) {
        return new CallDefinition(base.programmeCode(), base.code(), base.referencePrefix(), base.title(), base.description(), base.zone(),
                base.opens(), base.closes(), base.status(), base.refereeCount(), base.nominationQuota(), tracks, base.hosts(), base.form(),
                base.eligibility(), base.reopenBeforeDeadline());
    }
}
