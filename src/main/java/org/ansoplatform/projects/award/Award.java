package org.ansoplatform.projects.award;

import java.util.Map;
import java.util.UUID;

/**
 * An accepted award of a call that awards projects: the application's answers in the cooperation form's keys
 * (docs/architecture.md, issue 18's contracts §2), with the call's programme, the application's reference and the
 * amount its selection granted.
 */
record Award(UUID applicationId, UUID callId, UUID applicantId, String applicantName, String applicantEmail,
        String programmeCode, String reference, Map<String, Object> answers,
        org.ansoplatform.shared.Money granted) {
}
