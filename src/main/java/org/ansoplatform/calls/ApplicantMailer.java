package org.ansoplatform.calls;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * Hands a message the Secretariat wrote to one applicant to the mail pipeline, written in the applicant's own
 * language: calls knows the call, the application and the merge fields, the mail pipeline knows the applicant's
 * address and language (implemented by notifications; decision 328).
 */
public interface ApplicantMailer {

    /** A message as written for one reader: its subject and its body, merge fields already filled in. */
    record Letter(String subject, String body) {
    }

    /**
     * Writes the letter in the applicant's language and sends it, answered to {@code replyTo} when given; false when
     * the applicant has no account any more. A failed SMTP hand-over throws.
     */
    boolean send(UUID applicantId, Function<Locale, Letter> write, String replyTo);
}
