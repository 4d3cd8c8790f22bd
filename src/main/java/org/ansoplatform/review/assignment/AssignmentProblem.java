package org.ansoplatform.review.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An immutable reviewer assignment instance held in dense primitive arrays (50,000 applications with
 * 24 million candidate pairs fit in a few hundred megabytes). Applications and reviewers are addressed by
 * their index in the order they were added; ids are carried for the result only.
 *
 * <p>Candidates are the pairs given a positive affinity; conflicts, bans and pins are separate lists
 * so that an explanation can say why a pair is not eligible.
 */
public final class AssignmentProblem {

    final UUID[] applicationIds;
    final UUID[] reviewerIds;
    final int[] minLoad;
    final int[] maxLoad;
    final int reviewersPerApplication;
    /** Per application: candidate reviewers (sorted ascending) and their affinities, above 0 and at most 1. */
    final int[][] candidates;
    final double[][] affinities;
    /** Per application: sorted reviewer indices. */
    final int[][] conflicts;
    final int[][] bans;
    final int[][] pins;
    final double loadPenaltyWeight;
    /** Negative when no fairness floor is asked for. */
    final double fairnessFloor;

    private AssignmentProblem(Builder b) {
        int n = b.applicationIds.size();
        this.applicationIds = b.applicationIds.toArray(new UUID[0]);
        this.reviewerIds = b.reviewerIds.toArray(new UUID[0]);
        this.minLoad = Arrays.copyOf(b.minLoad, b.reviewerIds.size());
        this.maxLoad = Arrays.copyOf(b.maxLoad, b.reviewerIds.size());
        this.reviewersPerApplication = b.reviewersPerApplication;
        this.loadPenaltyWeight = b.loadPenaltyWeight;
        this.fairnessFloor = b.fairnessFloor;
        this.candidates = new int[n][];
        this.affinities = new double[n][];
        this.conflicts = new int[n][];
        this.bans = new int[n][];
        this.pins = new int[n][];
        for (int a = 0; a < n; a++) {
            PairList list = b.affinity.get(a);
            if (list == null) {
                candidates[a] = new int[0];
                affinities[a] = new double[0];
            } else {
                list.sortAndDeduplicate();
                candidates[a] = Arrays.copyOf(list.reviewers, list.size);
                affinities[a] = Arrays.copyOf(list.values, list.size);
            }
            conflicts[a] = sortedDistinct(b.conflicts.get(a));
            bans[a] = sortedDistinct(b.bans.get(a));
            pins[a] = sortedDistinct(b.pins.get(a));
        }
    }

    private static int[] sortedDistinct(IntList list) {
        if (list == null) {
            return new int[0];
        }
        int[] values = Arrays.copyOf(list.values, list.size);
        Arrays.sort(values);
        int out = 0;
        for (int i = 0; i < values.length; i++) {
            if (out == 0 || values[out - 1] != values[i]) {
                values[out++] = values[i];
            }
        }
        return out == values.length ? values : Arrays.copyOf(values, out);
    }

    public static Builder builder(int reviewersPerApplication) {
        return new Builder(reviewersPerApplication);
    }

    public int applicationCount() {
        return applicationIds.length;
    }

    public int reviewerCount() {
        return reviewerIds.length;
    }

    public int reviewersPerApplication() {
        return reviewersPerApplication;
    }

    public UUID applicationId(int application) {
        return applicationIds[application];
    }

    public UUID reviewerId(int reviewer) {
        return reviewerIds[reviewer];
    }

    public int minLoad(int reviewer) {
        return minLoad[reviewer];
    }

    public int maxLoad(int reviewer) {
        return maxLoad[reviewer];
    }

    public double loadPenaltyWeight() {
        return loadPenaltyWeight;
    }

    /** The floor t, or empty when none is asked for. */
    public java.util.OptionalDouble fairnessFloor() {
        return fairnessFloor < 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(fairnessFloor);
    }

    /** The affinity of a pair, 0 when it is not a candidate. */
    public double affinity(int application, int reviewer) {
        int i = Arrays.binarySearch(candidates[application], reviewer);
        return i >= 0 ? affinities[application][i] : 0;
    }

    public boolean isConflicted(int application, int reviewer) {
        return Arrays.binarySearch(conflicts[application], reviewer) >= 0;
    }

    public boolean isBanned(int application, int reviewer) {
        return Arrays.binarySearch(bans[application], reviewer) >= 0;
    }

    public boolean isPinned(int application, int reviewer) {
        return Arrays.binarySearch(pins[application], reviewer) >= 0;
    }

    int[] pins(int application) {
        return pins[application];
    }

    /** May the solver choose this pair (pins aside)? Positive affinity, no conflict, no ban. */
    public boolean isEligible(int application, int reviewer) {
        return affinity(application, reviewer) > 0 && !isConflicted(application, reviewer)
                && !isBanned(application, reviewer);
    }

    /** The same instance with a different fairness floor (negative for none); arrays are shared. */
    public AssignmentProblem withFairnessFloor(double floor) {
        return new AssignmentProblem(this, floor, maxLoad, pins);
    }

    /** The same instance with some reviewers unavailable (maximum and minimum load 0, their pins gone). */
    public AssignmentProblem withoutReviewers(java.util.Collection<Integer> reviewers) {
        int[] max = maxLoad.clone();
        java.util.Set<Integer> gone = new java.util.HashSet<>(reviewers);
        int[][] keptPins = new int[pins.length][];
        for (int a = 0; a < pins.length; a++) {
            keptPins[a] = Arrays.stream(pins[a]).filter(r -> !gone.contains(r)).toArray();
        }
        AssignmentProblem copy = new AssignmentProblem(this, fairnessFloor, max, keptPins);
        for (int r : reviewers) {
            copy.maxLoad[r] = 0;
            copy.minLoad[r] = 0;
        }
        return copy;
    }

    private AssignmentProblem(AssignmentProblem p, double floor, int[] maxLoad, int[][] pins) {
        this.applicationIds = p.applicationIds;
        this.reviewerIds = p.reviewerIds;
        this.minLoad = p.minLoad.clone();
        this.maxLoad = maxLoad;
        this.reviewersPerApplication = p.reviewersPerApplication;
        this.candidates = p.candidates;
        this.affinities = p.affinities;
        this.conflicts = p.conflicts;
        this.bans = p.bans;
        this.pins = pins;
        this.loadPenaltyWeight = p.loadPenaltyWeight;
        this.fairnessFloor = floor;
    }

    /** Collects an instance; indices are returned by {@link #application} and {@link #reviewer}. */
    public static final class Builder {
        private final int reviewersPerApplication;
        private final List<UUID> applicationIds = new ArrayList<>();
        private final List<UUID> reviewerIds = new ArrayList<>();
        private int[] minLoad = new int[16];
        private int[] maxLoad = new int[16];
        private final List<PairList> affinity = new ArrayList<>();
        private final List<IntList> conflicts = new ArrayList<>();
        private final Map<Integer, IntList> bans = new HashMap<>();
        private final Map<Integer, IntList> pins = new HashMap<>();
        private double loadPenaltyWeight = 0.001;
        private double fairnessFloor = -1;

        private Builder(int reviewersPerApplication) {
            if (reviewersPerApplication < 1) {
                throw new IllegalArgumentException("k must be at least 1");
            }
            this.reviewersPerApplication = reviewersPerApplication;
        }

        public int application(UUID id) {
            applicationIds.add(id);
            affinity.add(null);
            conflicts.add(null);
            return applicationIds.size() - 1;
        }

        public int reviewer(UUID id, int minimumLoad, int maximumLoad) {
            if (minimumLoad < 0 || maximumLoad < minimumLoad) {
                throw new IllegalArgumentException("need 0 <= minimum load <= maximum load");
            }
            int index = reviewerIds.size();
            reviewerIds.add(id);
            if (index == minLoad.length) {
                minLoad = Arrays.copyOf(minLoad, index * 2);
                maxLoad = Arrays.copyOf(maxLoad, index * 2);
            }
            minLoad[index] = minimumLoad;
            maxLoad[index] = maximumLoad;
            return index;
        }

        /** A candidate pair; an affinity of 0 or less is no candidate, one above 1 counts as 1. */
        public Builder affinity(int application, int reviewer, double value) {
            checkPair(application, reviewer);
            if (!(value > 0)) {
                return this;
            }
            PairList list = affinity.get(application);
            if (list == null) {
                list = new PairList();
                affinity.set(application, list);
            }
            list.add(reviewer, Math.min(1.0, value));
            return this;
        }

        public Builder conflict(int application, int reviewer) {
            checkPair(application, reviewer);
            IntList list = conflicts.get(application);
            if (list == null) {
                list = new IntList();
                conflicts.set(application, list);
            }
            list.add(reviewer);
            return this;
        }

        public Builder ban(int application, int reviewer) {
            checkPair(application, reviewer);
            bans.computeIfAbsent(application, a -> new IntList()).add(reviewer);
            return this;
        }

        public Builder pin(int application, int reviewer) {
            checkPair(application, reviewer);
            pins.computeIfAbsent(application, a -> new IntList()).add(reviewer);
            return this;
        }

        /** Weight w of the convex load penalty: the j-th review of one reviewer costs w times (j - 1). */
        public Builder loadPenalty(double weight) {
            if (weight < 0) {
                throw new IllegalArgumentException("penalty weight must not be negative");
            }
            this.loadPenaltyWeight = weight;
            return this;
        }

        /** Every application gets at least one reviewer with affinity at least t. */
        public Builder fairnessFloor(double floor) {
            this.fairnessFloor = floor;
            return this;
        }

        private void checkPair(int application, int reviewer) {
            if (application < 0 || application >= applicationIds.size() || reviewer < 0
                    || reviewer >= reviewerIds.size()) {
                throw new IndexOutOfBoundsException("unknown application or reviewer index");
            }
        }

        public AssignmentProblem build() {
            return new AssignmentProblem(this);
        }
    }

    private static final class IntList {
        int[] values = new int[4];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }

    /** Growable (reviewer, affinity) pairs of one application; the last value given for a pair wins. */
    private static final class PairList {
        int[] reviewers = new int[8];
        double[] values = new double[8];
        int size;

        void add(int reviewer, double value) {
            if (size == reviewers.length) {
                reviewers = Arrays.copyOf(reviewers, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            reviewers[size] = reviewer;
            values[size++] = value;
        }

        void sortAndDeduplicate() {
            boolean sorted = true;
            for (int i = 1; i < size && sorted; i++) {
                sorted = reviewers[i - 1] < reviewers[i];
            }
            if (sorted) {
                return;
            }
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            // stable sort keeps insertion order among duplicates so the last one can win
            Arrays.sort(order, (x, y) -> Integer.compare(reviewers[x], reviewers[y]));
            int[] r = new int[size];
            double[] v = new double[size];
            int out = 0;
            for (int i = 0; i < size; i++) {
                int at = order[i];
                if (out > 0 && r[out - 1] == reviewers[at]) {
                    v[out - 1] = values[at];
                } else {
                    r[out] = reviewers[at];
                    v[out++] = values[at];
                }
            }
            reviewers = r;
            values = v;
            size = out;
        }
    }
}
