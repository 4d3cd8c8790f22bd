package org.ansoplatform.finance;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/**
 * Every change to the alliance's money records, for the audit trail: who imported a ledger, reversed a line, entered
 * a rate, drafted, proposed, withdrew or revised a plan, what the Board's decision did to it, and which fund received
 * money. One event type for the module keeps the action keys ({@code finance.ledger.imported}, ...) the only thing
 * to name in the activity log's bundles.
 */
public record FinanceChanged(Actor actor, String action, String recordType, String recordId, String detail)
        implements AuditedEvent {

    public static final String LEDGER_IMPORT = "ledger-import", LEDGER_LINE = "ledger-line", RATE = "exchange-rate",
            PLAN = "budget-plan", FUND = "fund";
}
