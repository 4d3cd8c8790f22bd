package org.ansoplatform.calls.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.calls.ApplicantMessaged;
import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Secretariat writes to a group of a call's applicants, one email each. */
@Service
public class ApplicantMessaging {

    private final ApplicationStore store;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;

    ApplicantMessaging(ApplicationStore store, ApplicationEventPublisher events, CurrentActor actor) {
        this.store = store;
        this.events = events;
        this.actor = actor;
    }

    /** Writes to the applicants of the selected applications of one call; each gets their own email. */
    @Transactional
    public int message(UUID callId, List<UUID> ids, String subject, String body) {
        List<Violation> problems = new ArrayList<>();
        String cleanSubject = subject == null ? "" : subject.strip();
        String cleanBody = body == null ? "" : body.strip();
        if (ids.isEmpty()) {
            problems.add(new Violation("selected", "calls.screening.noneSelected"));
        }
        if (cleanSubject.isEmpty() || cleanSubject.length() > 200) {
            problems.add(new Violation("subject", "calls.message.subject"));
        }
        if (cleanBody.isEmpty() || cleanBody.length() > 10_000) {
            problems.add(new Violation("body", "calls.message.body"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (UUID id : ids) {
            ApplicationView application = store.find(id).filter(found -> found.callId().equals(callId))
                    .orElseThrow(() -> new NotFoundException("application " + id));
            events.publishEvent(new ApplicantMessaged(id, application.applicantId(), cleanSubject, cleanBody, actor.get()));
        }
        return ids.size();
    }
}
