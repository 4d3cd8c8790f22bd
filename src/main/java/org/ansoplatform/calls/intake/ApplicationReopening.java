package org.ansoplatform.calls.intake;

import java.time.Instant;
import java.util.UUID;

import java.time.Clock;

import org.ansoplatform.calls.ApplicationReopened;
import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.SignedInPerson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A submitted application back to draft, when the call allows it and only before its deadline: the
 * applicant corrects it and submits again, under the same reference. After the deadline nothing reopens.
 */
@Service
public class ApplicationReopening {

    private final ApplicationStore store;
    private final ApplicationIntake applications;
    private final CallQueries calls;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final Clock clock;

    ApplicationReopening(ApplicationStore store, ApplicationIntake applications, CallQueries calls, ApplicationEventPublisher events,
            CurrentActor actor, Clock clock) {
        this.store = store;
        this.applications = applications;
        this.calls = calls;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    /** Whether the application's owner may reopen it now. */
    public boolean mayReopen(ApplicationView application, CallView call) {
        return application.status() == ApplicationStatus.SUBMITTED && call.definition().reopenBeforeDeadline()
                && call.accepting(clock.instant());
    }

    @Transactional
    public void reopen(UUID id, SignedInPerson applicant) {
        ApplicationView application = store.lock(id).orElseThrow(() -> new NotFoundException("application " + id));
        if (!application.applicantId().equals(applicant.id())) {
            applications.refuse(id, "reopening");
        }
        CallView call = calls.get(application.callId());
        if (application.status() != ApplicationStatus.SUBMITTED) {
            throw new InvalidInputException("status", application.status() == ApplicationStatus.DRAFT
                    ? "calls.application.notSubmitted" : "calls.application.withdrawn");
        }
        if (!call.definition().reopenBeforeDeadline()) {
            throw new InvalidInputException("status", "calls.application.reopenNotAllowed");
        }
        Instant now = clock.instant();
        if (!call.accepting(now)) {
            throw new InvalidInputException("status", "calls.application.reopenTooLate");
        }
        store.reopen(id, now);
        events.publishEvent(new ApplicationReopened(id, applicant.id(), application.reference(), actor.get()));
    }
}
