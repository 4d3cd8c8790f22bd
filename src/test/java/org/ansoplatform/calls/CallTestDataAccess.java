package org.ansoplatform.calls;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.Someone;
import org.ansoplatform.calls.intake.ApplicationIntake;

/** Lets the web tests use the calls test data, which is package-private. */
public final class CallTestDataAccess {

    private CallTestDataAccess() {
    }

    public static CallDefinition call(String prefix, LocalDateTime opens, LocalDateTime closes) {
        return CallTestData.call(CallTestData.code(prefix), opens, closes, 2);
    }

    public static UUID submitted(ApplicationIntake applications, UUID callId, Someone applicant, String nationality) {
        UUID id = CallTestData.completeDraft(applications, callId, applicant, nationality, 2);
        applications.submit(id, null, applicant);
        return id;
    }

    /** A call with a required-if document (the English certificate, once a proof of English is declared) and one referee. */
    public static CallDefinition languageCall(LocalDateTime opens, LocalDateTime closes, boolean reopen) {
        return CallTestData.languageCall(opens, closes, reopen);
    }

    /** A call whose PhD track has the given award quota, for the review and selection tests. */
    public static CallDefinition call(String prefix, LocalDateTime opens, LocalDateTime closes, int phdQuota) {
        CallDefinition call = call(prefix, opens, closes);
        List<Track> tracks = call.tracks().stream()
                .map(track -> track.code().equals("PHD") ? new Track(track.code(), track.name(), phdQuota) : track).toList();
        return new CallDefinition(call.programmeCode(), call.code(), call.referencePrefix(), call.title(), call.description(),
                call.zone(), call.opens(), call.closes(), call.status(), call.refereeCount(), call.nominationQuota(), tracks,
                call.hosts(), call.form(), call.eligibility());
    }

    /** A submitted PhD application in the given field of study (a value of the form's fieldOfStudy question). */
    public static UUID submitted(ApplicationIntake applications, UUID callId, Someone applicant, String nationality, String fieldOfStudy) {
        return submitted(applications, callId, applicant, nationality, fieldOfStudy, Map.of());
    }

    /** As above, with some answers replaced (for example a distinctive proposal). */
    public static UUID submitted(ApplicationIntake applications, UUID callId, Someone applicant, String nationality, String fieldOfStudy,
            Map<String, Object> replaced) {
        UUID id = CallTestData.completeDraft(applications, callId, applicant, nationality, 2);
        Map<String, Object> answers = CallTestData.answers("1998-05-04", nationality);
        answers.put("fieldOfStudy", fieldOfStudy);
        answers.putAll(replaced);
        applications.saveDraft(id, answers, applicant);
        applications.submit(id, null, applicant);
        return id;
    }
}
