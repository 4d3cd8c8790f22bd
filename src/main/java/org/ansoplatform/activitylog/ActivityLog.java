package org.ansoplatform.activitylog;

import java.time.Clock;

import org.ansoplatform.shared.AuditedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Records every {@link AuditedEvent}; {@link ActivityQueries} reads them. There is deliberately no method that
 * changes or removes an entry; the database refuses it too.
 */
@Service
public class ActivityLog {

    static final int DETAIL_MAX = 1000;

    private final ActivityStore store;
    private final Clock clock;

    ActivityLog(ActivityStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Written in the publishing transaction, not after it: an action and its entry commit or roll back together,
     * and an audited action costs no event publication of its own (in a submission surge those were a third of
     * the statements).
     */
    @EventListener
    void on(AuditedEvent event) {
        var at = event.actor().at() != null ? event.actor().at() : clock.instant();
        store.append(event, at, truncate(event.detail(), DETAIL_MAX));
    }

    private static String truncate(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
    }
}
