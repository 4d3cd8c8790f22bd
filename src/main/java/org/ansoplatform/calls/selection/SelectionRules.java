package org.ansoplatform.calls.selection;

import java.util.List;

import org.ansoplatform.shared.Money;

/**
 * Everything the selection depends on besides the candidates, as data: tracks with quotas (processed in
 * this order, which matters only for caps spanning tracks), caps, and the ordered tie-break rules.
 * After the rules, ties still standing are broken by application id so the result is always total
 * and reproducible; that last step is recorded as rule {@link TieBreak#APPLICATION_ID}.
 */
public record SelectionRules(List<TrackQuota> tracks, List<Cap> caps, List<TieBreak> tieBreaks, Budget budget) {

    public SelectionRules {
        tracks = List.copyOf(tracks);
        caps = List.copyOf(caps);
        tieBreaks = List.copyOf(tieBreaks);
        if (tracks.stream().map(TrackQuota::track).distinct().count() != tracks.size()) {
            throw new IllegalArgumentException("each track once");
        }
    }

    /** Rules without a budget envelope: quotas and caps only. */
    public SelectionRules(List<TrackQuota> tracks, List<Cap> caps, List<TieBreak> tieBreaks) {
        this(tracks, caps, tieBreaks, null);
    }

    /**
     * One envelope for the whole call: candidates are funded at their requested amount in rank order (tracks in
     * their order) while it lasts. One that does not fit is not funded; with skipToFit the next ones that fit still
     * are, otherwise funding stops there.
     */
    public record Budget(Money envelope, boolean skipToFit) {

        public Budget {
            java.util.Objects.requireNonNull(envelope, "envelope");
            if (envelope.isNegative()) {
                throw new IllegalArgumentException("envelope must not be negative");
            }
        }
    }

    public record TrackQuota(String track, int quota) {

        public TrackQuota {
            if (quota < 0) {
                throw new IllegalArgumentException("quota must not be negative");
            }
        }
    }

    /**
     * At most maxCount selected candidates share one value of the attribute, within the track, or over
     * all tracks when track is null. {@link #share} builds one from a share of the quota.
     */
    public record Cap(String attribute, String track, int maxCount) {

        public Cap {
            if (maxCount < 0) {
                throw new IllegalArgumentException("cap must not be negative");
            }
        }

        /** A maximum share of a track's quota, rounded down (a 10 % cap of 300 is 30). */
        public static Cap share(String attribute, TrackQuota track, double share) {
            return new Cap(attribute, track.track(), (int) Math.floor(share * track.quota() + 1e-9));
        }

        boolean appliesTo(String candidateTrack) {
            return track == null || track.equals(candidateTrack);
        }

        String name() {
            return attribute + (track == null ? "" : "@" + track);
        }
    }

    /**
     * One tie-break rule: compare a numeric tie-break value (higher first unless ascending; missing
     * values last), or draw lots with a seed (a hash of seed and application id, reproducible).
     */
    public record TieBreak(String name, Kind kind, String attribute, boolean ascending, long seed) {

        public static final String APPLICATION_ID = "application-id";

        public enum Kind { VALUE, LOT }

        public static TieBreak higher(String attribute) {
            return new TieBreak(attribute, Kind.VALUE, attribute, false, 0);
        }

        public static TieBreak lower(String attribute) {
            return new TieBreak(attribute, Kind.VALUE, attribute, true, 0);
        }

        public static TieBreak lot(long seed) {
            return new TieBreak("lot", Kind.LOT, null, false, seed);
        }
    }
}
