package org.ansoplatform.calls;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/**
 * An application was submitted; its receipt is emailed to the applicant, with links to the application's page
 * ({@code applicationPath}) and to the receipt PDF ({@code receiptPath}).
 */
public record ApplicationSubmitted(UUID applicationId, UUID callId, UUID applicantId, String reference, String applicationPath,
        String receiptPath, Actor actor) implements ApplicationEvent {

    @Override
    public String action() {
        return "application.submitted";
    }

    @Override
    public String detail() {
        return reference;
    }
}
