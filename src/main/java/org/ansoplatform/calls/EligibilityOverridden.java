package org.ansoplatform.calls;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** The Secretariat overrode the eligibility rules' verdict, with a reason. */
public record EligibilityOverridden(UUID applicationId, boolean eligible, String reason, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "application.eligibilityOverridden";
    }

    @Override
    public String recordType() {
        return "application";
    }

    @Override
    public String recordId() {
        return applicationId.toString();
    }

    @Override
    public String detail() {
        return (eligible ? "eligible: " : "ineligible: ") + reason;
    }
}
