package org.ansoplatform.calls;

import java.time.LocalDateTime;
import java.util.UUID;

import org.ansoplatform.Someone;

/** Lets the web tests use the calls test data, which is package-private. */
public final class CallTestDataAccess {

    private CallTestDataAccess() {
    }

    public static CallDefinition call(String prefix, LocalDateTime opens, LocalDateTime closes) {
        return CallTestData.call(CallTestData.code(prefix), opens, closes, 2);
    }

    public static UUID submitted(Applications applications, UUID callId, Someone applicant, String nationality) {
        UUID id = CallTestData.completeDraft(applications, callId, applicant, nationality, 2);
        applications.submit(id, null, applicant);
        return id;
    }
}
