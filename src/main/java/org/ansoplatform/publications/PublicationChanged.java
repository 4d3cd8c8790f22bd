package org.ansoplatform.publications;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/**
 * Every change of a series or an issue for the audit trail (created, edited, a file added, published, withdrawn),
 * and every refused attempt to open an item the reader may not see ({@code issue.refused}): the page answered 404,
 * the log says who tried. The detail never carries a restricted item's title.
 */
public record PublicationChanged(Actor actor, String action, String recordType, String recordId, String detail)
        implements AuditedEvent {

    public static final String SERIES = "publication-series", ISSUE = "publication-issue";
}
