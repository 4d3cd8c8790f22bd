package org.ansoplatform.datasets;

/**
 * COUNTER Code of Practice for Research Data counts: investigations (landing page views, metadata exports, any
 * request) and requests (file downloads), total and unique per user-session.
 */
public record UsageTotals(long totalInvestigations, long uniqueInvestigations, long totalRequests, long uniqueRequests) {

    public static final UsageTotals NONE = new UsageTotals(0, 0, 0, 0);
}
