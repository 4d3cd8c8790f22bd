package org.ansoplatform.calls;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An application as its owner and the Secretariat see it. Referee letters appear only as received or
 * not: their content is never part of this view, and only the Secretariat's view names the letter's file.
 */
public record ApplicationView(UUID id, UUID callId, UUID applicantId, String applicantName, String applicantEmail,
        ApplicationStatus status, String reference, String trackCode, String country, Map<String, Object> answers,
        List<String> hostChoices, Instant createdAt, Instant updatedAt, Instant submittedAt, Instant withdrawnAt,
        List<DocumentView> documents, List<RefereeView> referees, Screening screening, int version) {

    public record DocumentView(String type, java.util.UUID fileId, String fileName, long sizeBytes, String contentType,
            Instant uploadedAt) {
    }

    /**
     * A referee asked for a letter; one who declined (with their reason, told to the applicant) is to be replaced. The
     * letter's file is known to the Secretariat's view only: the applicant's view leaves it out.
     */
    public record RefereeView(UUID id, String name, String email, String institution, Instant invitedAt,
            Instant receivedAt, Instant expiresAt, Instant declinedAt, String declineReason, UUID letterFileId) {

        public RefereeView(UUID id, String name, String email, String institution, Instant invitedAt, Instant receivedAt,
                Instant expiresAt) {
            this(id, name, email, institution, invitedAt, receivedAt, expiresAt, null, null, null);
        }

        RefereeView withoutLetter() {
            return letterFileId == null ? this
                    : new RefereeView(id, name, email, institution, invitedAt, receivedAt, expiresAt, declinedAt, declineReason, null);
        }

        public boolean received() {
            return receivedAt != null;
        }

        public boolean declined() {
            return declinedAt != null;
        }
    }

    /**
     * The eligibility screening: the rules' verdict with its failed rules and their reasons (message keys
     * and arguments), and the Secretariat's override with its internal reason and, if any, a note written for
     * the applicant.
     */
    public record Screening(Boolean eligible, List<Failure> failures, Instant evaluatedAt, Boolean overrideEligible,
            String overrideReason, String applicantNote, Instant overrideAt) {

        public record Failure(String ruleId, String messageKey, List<Object> args) {
        }

        public Boolean decided() {
            return overrideEligible != null ? overrideEligible : eligible;
        }

        /** The screening without the Secretariat's reason for its override, which is an internal note. */
        Screening withoutInternalNotes() {
            return overrideReason == null ? this
                    : new Screening(eligible, failures, evaluatedAt, overrideEligible, null, applicantNote, overrideAt);
        }
    }

    /**
     * The application as its applicant sees it: the outcome of the screening and the note written for them,
     * but not the Secretariat's internal reason for overriding it.
     */
    public ApplicationView forApplicant() {
        boolean letters = referees.stream().anyMatch(referee -> referee.letterFileId() != null);
        if ((screening == null || screening.overrideReason() == null) && !letters) {
            return this;
        }
        return new ApplicationView(id, callId, applicantId, applicantName, applicantEmail, status, reference, trackCode,
                country, answers, hostChoices, createdAt, updatedAt, submittedAt, withdrawnAt, documents,
                referees.stream().map(RefereeView::withoutLetter).toList(),
                screening == null ? null : screening.withoutInternalNotes(), version);
    }

    public boolean isDraft() {
        return status == ApplicationStatus.DRAFT;
    }

    public String answer(String key) {
        Object value = answers.get(key);
        return value == null ? "" : value instanceof List<?> list ? String.join(", ", list.stream().map(Object::toString).toList()) : value.toString();
    }

    public java.util.Optional<DocumentView> document(String type) {
        return documents.stream().filter(document -> document.type().equals(type)).findFirst();
    }
}
