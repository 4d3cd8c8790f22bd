package org.ansoplatform.calls.selection;

import java.util.UUID;

/**
 * Two candidates next to each other in a ranking with the same score, and the rule that ordered them:
 * the first rule whose values differ ({@link SelectionRules.TieBreak#APPLICATION_ID} when none did).
 */
public record TieRecord(String track, UUID ahead, UUID behind, double score, String rule, Object aheadValue,
        Object behindValue) {
}
