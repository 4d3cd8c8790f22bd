package org.ansoplatform.calls;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** The Secretariat overrode the eligibility rules' verdict, with a reason. */
public record EligibilityOverridden(UUID applicationId, boolean eligible, String reason, Actor actor) implements ApplicationEvent {

    @Override
    public String action() {
        return "application.eligibilityOverridden";
    }

    @Override
    public String detail() {
        return (eligible ? "eligible: " : "ineligible: ") + reason;
    }
}
