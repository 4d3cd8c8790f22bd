package org.ansoplatform.publications;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/**
 * A change of news or newsletters for the audit trail: an article written, edited, published, withdrawn or given an
 * image; a newsletter issue composed, edited or sent. Subscribers' own steps are not audited (their email is theirs).
 */
public record NewsChanged(Actor actor, String action, String recordType, String recordId, String detail) implements AuditedEvent {

    static NewsChanged news(Actor actor, String step, UUID id, String detail) {
        return new NewsChanged(actor, "news." + step, PublicationsPaths.NEWS, id.toString(), detail);
    }

    static NewsChanged newsletter(Actor actor, String step, UUID id, String detail) {
        return new NewsChanged(actor, "newsletter." + step, PublicationsPaths.NEWSLETTER, id.toString(), detail);
    }
}
