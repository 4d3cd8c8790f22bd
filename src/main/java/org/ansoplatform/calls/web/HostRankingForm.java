package org.ansoplatform.calls.web;

/** A host's own ranking: reference numbers, best first (or a CSV file beside the form). */
public record HostRankingForm(String host, String references) {

    static HostRankingForm empty() {
        return new HostRankingForm(null, null);
    }
}
