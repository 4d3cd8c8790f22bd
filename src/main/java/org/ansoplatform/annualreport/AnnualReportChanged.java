package org.ansoplatform.annualreport;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/**
 * Every change to an edition for the audit trail (a draft created, a text or block edited, the glossary changed, the
 * edition submitted, frozen or published), and a signed-in reader shown that a figure counts records they may not
 * see. One event type keeps the action keys ({@code annualreport.text.saved}, ...) the only thing the activity log's
 * bundles name.
 */
public record AnnualReportChanged(Actor actor, String action, String recordType, String recordId, String detail)
        implements AuditedEvent {

    public static final String EDITION = "annual-report-edition";

    public static AnnualReportChanged edition(Actor actor, String action, java.util.UUID editionId, String detail) {
        return new AnnualReportChanged(actor, action, EDITION, editionId.toString(), detail);
    }
}
