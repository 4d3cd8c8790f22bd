package org.ansoplatform.governance;

import java.util.UUID;

/**
 * A step of a membership application that someone must hear of, for notifications to turn into email and a
 * copy under Messages: the applicant hears of every step; the Secretariat of a new application and an answer,
 * the Board of an application found complete. {@code note} is the question asked or the decision's text.
 */
public record MembershipStepNotice(UUID applicationId, UUID applicantId, String legalName, String step, String note,
        String applicantPath, String secretariatPath, String boardPath) {
}
