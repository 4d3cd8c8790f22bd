package org.ansoplatform.finance.ledger;

import java.util.UUID;

/**
 * The ledger list's filters (contracts of issue 19, the parameters budget against actual links with): each null for
 * any. {@code programme} is a programme code or an area's code, which means all its programmes.
 */
public record LedgerFilter(Integer year, String programme, String fund, String project, UUID importId) {

    public static LedgerFilter none() {
        return new LedgerFilter(null, null, null, null, null);
    }
}
