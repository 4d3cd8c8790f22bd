package org.ansoplatform.governance.sessions;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.governance.DelegateQueries;
import org.ansoplatform.governance.DelegateView;
import org.ansoplatform.governance.MandateQueries;
import org.ansoplatform.governance.SessionNotice;
import org.ansoplatform.governance.SessionQueries;
import org.ansoplatform.governance.SessionRescheduled;
import org.ansoplatform.governance.SessionScheduled;
import org.ansoplatform.governance.SessionStatus;
import org.ansoplatform.governance.SessionView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns a planned or moved session into a {@link SessionNotice} for its body's members, in the transaction that planned it
 * (a synchronous listener), so the notice goes out only if the session is saved. The platform's own records (the
 * demo's past sessions) and sessions recorded as already held tell no one.
 */
@Component
class SessionNotices {

    private final SessionQueries sessions;
    private final MandateQueries mandates;
    private final DelegateQueries delegates;
    private final ApplicationEventPublisher events;

    SessionNotices(SessionQueries sessions, MandateQueries mandates, DelegateQueries delegates,
            ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.mandates = mandates;
        this.delegates = delegates;
        this.events = events;
    }

    @EventListener
    void on(SessionScheduled event) {
        if (event.actor() != null && event.actor().personId() != null) {
            tell(event.sessionId(), false);
        }
    }

    @EventListener
    void on(SessionRescheduled event) {
        if (event.actor() != null && event.actor().personId() != null) {
            tell(event.sessionId(), true);
        }
    }

    private void tell(UUID sessionId, boolean rescheduled) {
        SessionView session = sessions.session(sessionId);
        if (session.status() != SessionStatus.PLANNED && session.status() != SessionStatus.POSTPONED) {
            return;
        }
        Set<UUID> electorate = new HashSet<>(mandates.electorate(session.body()));
        List<UUID> recipients = delegates.current().stream().filter(d -> electorate.contains(d.organizationId()))
                .map(DelegateView::personId).distinct().toList();
        events.publishEvent(new SessionNotice(session.id(), session.body(), session.title(), session.startsAt(),
                session.zone(), session.mode(), session.location(), rescheduled, recipients,
                "/governance/sessions/" + session.id()));
    }
}
