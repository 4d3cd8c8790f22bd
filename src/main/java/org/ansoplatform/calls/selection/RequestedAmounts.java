package org.ansoplatform.calls.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.calls.SelectionSettings;
import org.ansoplatform.calls.selection.SelectionStore.CandidateRow;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.Money;

/**
 * The amounts proposals request, read from the MONEY answer the envelope names. Before a run under an envelope
 * every candidate's amount must be there, well formed and in the envelope's currency: the selection never compares
 * amounts across currencies, so a run with one in another currency is refused with every such proposal named.
 */
final class RequestedAmounts {

    /** At most this many proposals are named in one refusal; the message says how many there were. */
    static final int NAMED = 20;

    private RequestedAmounts() {
    }

    /** The requested amount of a candidate's row; null when it is missing or not an amount in a known currency. */
    static Money parse(CandidateRow row) {
        if (row.requestedAmount() == null || row.requestedCurrency() == null) {
            return null;
        }
        try {
            return Money.of(row.requestedAmount(), row.requestedCurrency());
        } catch (IllegalArgumentException notMoney) {
            return null;
        }
    }

    /** Refuses the run, naming the proposals, when one lacks an amount or asks in another currency than the envelope's. */
    static void require(SelectionSettings settings, List<Candidate> candidates, Map<UUID, CandidateRow> rows) {
        if (!settings.hasBudget()) {
            return;
        }
        Money envelope = settings.budget().envelope();
        List<Violation> problems = new ArrayList<>();
        int count = 0;
        for (Candidate candidate : candidates.stream().sorted(java.util.Comparator.comparing(c -> String.valueOf(rows.get(c.applicationId())
                .reference()))).toList()) {
            CandidateRow row = rows.get(candidate.applicationId());
            Violation problem = null;
            if (candidate.requested() == null || candidate.requested().isNegative()) {
                problem = new Violation("selection", "calls.selection.budget.noAmount", row.reference(), settings.budget().amountField());
            } else if (!candidate.requested().currency().equals(envelope.currency())) {
                problem = new Violation("selection", "calls.selection.budget.currency", row.reference(), candidate.requested().toString(),
                        envelope.currency());
            }
            if (problem != null && ++count <= NAMED) {
                problems.add(problem);
            }
        }
        if (count > NAMED) {
            problems.add(new Violation("selection", "calls.selection.budget.more", count - NAMED));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
