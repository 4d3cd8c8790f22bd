package org.ansoplatform.partnerships;

import java.util.List;
import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.RecordRef;

/**
 * An introduction on the Technology Transfer Platform ended in a deal that should become an agreement: the agreements
 * side drafts one (PROPOSED) of {@code kind} (LICENCE or COOPERATION_AGREEMENT) between {@code organizationIds}, titled
 * {@code title}, naming {@code introduction} as its origin. Published in the transaction that records the outcome.
 */
public record DealConcluded(RecordRef introduction, AgreementKind kind, List<UUID> organizationIds, String title,
        Actor actor) {

    public DealConcluded {
        organizationIds = List.copyOf(organizationIds);
    }
}
