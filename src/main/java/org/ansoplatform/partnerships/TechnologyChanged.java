package org.ansoplatform.partnerships;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/**
 * Every change on the Technology Transfer Platform, for the audit trail: a representative asked for, confirmed,
 * refused or ended; an offer or a request drafted, edited, submitted, published, sent back, renewed, expired or
 * archived; an interest expressed, forwarded, declined, accepted, refused, and an introduction's outcome. One event
 * type keeps the action keys the only thing to name in the activity log's bundles. The detail never carries an
 * interested organization's name: the audit trail is the Secretariat's, but an identity travels no further.
 */
public record TechnologyChanged(Actor actor, String action, String recordType, String recordId, String detail)
        implements AuditedEvent {

    public static final String REPRESENTATIVE = "technology-representative", OFFER = "technology-offer",
            REQUEST = "technology-request", INTRODUCTION = "technology-introduction";

    public static String type(TechnologyKind kind) {
        return kind == TechnologyKind.OFFER ? OFFER : REQUEST;
    }
}
