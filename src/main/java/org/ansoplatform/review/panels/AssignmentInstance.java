package org.ansoplatform.review.panels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.review.assignment.AssignmentProblem;
import org.ansoplatform.review.panels.AssignmentStore.Candidate;
import org.ansoplatform.review.panels.AssignmentStore.Pair;
import org.ansoplatform.review.panels.AssignmentStore.Pairing;
import org.ansoplatform.review.panels.AssignmentStore.StoredPair;
import org.ansoplatform.review.panels.AssignmentStore.SubjectFields;

/**
 * Everything the solver needs of one panel, read with one query per table, and the problem it makes:
 * affinity from expertise (the reviewer's field equals the subject's discipline, or they share the area),
 * conflicts, pins and bans, and for a re-assignment the stored pairs. Reviewer indices follow reviewerIds.
 */
final class AssignmentInstance {

    /** Affinity of a pair whose reviewer's field equals the subject's discipline. */
    static final double SAME_FIELD = 1.0;
    /** Affinity of a pair that shares only the area. */
    static final double SAME_AREA = 0.4;
    private static final int[] EMPTY = new int[0];

    final Panel panel;
    final List<UUID> subjectIds = new ArrayList<>();
    final List<String[]> subjectFields = new ArrayList<>();
    final Map<UUID, Integer> subjectIndex = new HashMap<>();
    final Map<UUID, String> subjectLabels = new HashMap<>();
    final List<UUID> reviewerIds = new ArrayList<>();
    final List<String[]> reviewerFields = new ArrayList<>();
    final List<int[]> reviewerLoads = new ArrayList<>();
    final Map<UUID, Integer> reviewerIndex = new HashMap<>();
    final Map<UUID, String> reviewerNames = new HashMap<>();
    final List<int[]> conflicts = new ArrayList<>();
    final List<int[]> pins = new ArrayList<>();
    final List<int[]> bans = new ArrayList<>();
    /** Re-assignment only: stored pairs (reviewer indices per subject), the dropped indices, kept pairs of dropped reviewers. */
    int[][] current;
    final List<Integer> dropped = new ArrayList<>();
    final List<double[]> keptAffinities = new ArrayList<>();
    long candidatePairs;
    int conflictedPairs;

    private AssignmentInstance(Panel panel) {
        this.panel = panel;
    }

    /** The panel's instance; with dropped reviewers, also the stored pairs a re-assignment starts from. */
    static AssignmentInstance read(AssignmentStore store, Panel panel, List<UUID> droppedReviewers) {
        AssignmentInstance instance = new AssignmentInstance(panel);
        UUID panelId = panel.id();
        for (SubjectFields subject : store.subjects(panelId)) {
            instance.subjectIndex.put(subject.id(), instance.subjectIds.size());
            instance.subjectIds.add(subject.id());
            instance.subjectLabels.put(subject.id(), subject.label());
            instance.subjectFields.add(subject.fields());
        }
        Set<UUID> dropped = new HashSet<>(droppedReviewers);
        for (Candidate candidate : store.candidates(panelId, droppedReviewers)) {
            boolean gone = dropped.contains(candidate.id());
            int max = candidate.maxLoad();
            int index = instance.reviewer(candidate.id(), candidate.name(), candidate.fields(),
                    gone ? 0 : Math.min(candidate.minLoad(), max), gone ? Integer.MAX_VALUE / 4 : max);
            if (gone) {
                instance.dropped.add(index);
            }
        }
        for (Pair pair : store.conflictedPairs(panelId)) {
            Integer a = instance.subjectIndex.get(pair.subjectId());
            Integer r = instance.reviewerIndex.get(pair.reviewerId());
            if (a != null && r != null) {
                instance.conflicts.add(new int[] {a, r});
            }
            instance.conflictedPairs++;
        }
        for (Pairing pairing : store.pairings(panelId)) {
            Integer a = instance.subjectIndex.get(pairing.subjectId());
            Integer r = instance.reviewerIndex.get(pairing.reviewerId());
            if (a != null && r != null && !dropped.contains(pairing.reviewerId())) {
                (pairing.kind() == PairingKind.PIN ? instance.pins : instance.bans).add(new int[] {a, r});
            }
        }
        if (!droppedReviewers.isEmpty()) {
            instance.readCurrent(store, dropped);
        }
        return instance;
    }

    /**
     * The stored pairs for a re-assignment. A dropped reviewer's pair with a submitted review moves to a
     * second index of the same reviewer (a keeper, never dropped, capacity its submitted reviews) so the
     * solver keeps it while re-assigning their other subjects.
     */
    private void readCurrent(AssignmentStore store, Set<UUID> droppedIds) {
        UUID panelId = panel.id();
        List<List<Integer>> bySubject = new ArrayList<>();
        subjectIds.forEach(id -> bySubject.add(new ArrayList<>()));
        Map<UUID, Integer> keepers = new HashMap<>();
        Map<UUID, Integer> keptCounts = new HashMap<>();
        Set<Long> conflicted = new HashSet<>();
        conflicts.forEach(pair -> conflicted.add(((long) pair[0] << 32) | pair[1]));
        Set<Long> pinned = new HashSet<>();
        pins.forEach(pair -> pinned.add(((long) pair[0] << 32) | pair[1]));
        // further-review pairs stay out of the instance (and are kept as they are); a stored pinned pair is a pin
        List<StoredPair> rows = store.storedPairs(panelId);
        for (StoredPair row : rows) {
            if (droppedIds.contains(row.reviewerId()) && row.submitted() && !isConflicted(conflicted, row)) {
                keptCounts.merge(row.reviewerId(), 1, Integer::sum);
            }
        }
        keptCounts.forEach((reviewer, count) -> keepers.put(reviewer, reviewer(reviewer, reviewerNames.get(reviewer), null, 0, count)));
        for (StoredPair row : rows) {
            Integer a = subjectIndex.get(row.subjectId());
            UUID reviewer = row.reviewerId();
            Integer r = reviewerIndex.get(reviewer);
            if (a == null || r == null) {
                continue;
            }
            if (conflicted.contains(((long) a << 32) | r)) {
                // a kept pair that became conflicted is dropped: its stand-in index is removed by the re-assignment
                int standIn = reviewer(reviewer, reviewerNames.get(reviewer), null, 0, Integer.MAX_VALUE / 4);
                dropped.add(standIn);
                bySubject.get(a).add(standIn);
            } else if (droppedIds.contains(reviewer) && row.submitted()) {
                int keeper = keepers.get(reviewer);
                keptAffinities.add(new double[] {a, keeper, row.affinity()});
                bySubject.get(a).add(keeper);
            } else {
                bySubject.get(a).add(r);
                if (row.pinned() && !droppedIds.contains(reviewer) && pinned.add(((long) a << 32) | r)) {
                    pins.add(new int[] {a, r});
                }
            }
        }
        // the reviewer of a further review is not asked again for the same subject
        for (Pair pair : store.furtherReviewPairs(panelId)) {
            Integer a = subjectIndex.get(pair.subjectId());
            Integer r = reviewerIndex.get(pair.reviewerId());
            if (a != null && r != null) {
                bans.add(new int[] {a, r});
            }
        }
        current = new int[bySubject.size()][];
        for (int a = 0; a < bySubject.size(); a++) {
            current[a] = bySubject.get(a).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
    }

    private boolean isConflicted(Set<Long> conflicted, StoredPair row) {
        Integer a = subjectIndex.get(row.subjectId());
        Integer r = reviewerIndex.get(row.reviewerId());
        return a != null && r != null && conflicted.contains(((long) a << 32) | r);
    }

    List<Integer> droppedIndices() {
        return dropped;
    }

    private int reviewer(UUID id, String name, String[] fields, int min, int max) {
        int index = reviewerIds.size();
        reviewerIds.add(id);
        reviewerFields.add(fields);
        reviewerLoads.add(new int[] {min, max});
        reviewerIndex.putIfAbsent(id, index);
        reviewerNames.putIfAbsent(id, name);
        return index;
    }

    AssignmentProblem build() {
        AssignmentProblem.Builder b = AssignmentProblem.builder(panel.reviewersPerSubject()).loadPenalty(panel.loadPenalty());
        for (UUID id : subjectIds) {
            b.application(id);
        }
        for (int r = 0; r < reviewerIds.size(); r++) {
            b.reviewer(reviewerIds.get(r), reviewerLoads.get(r)[0], reviewerLoads.get(r)[1]);
        }
        // indices of reviewers by exact field, by declared area, and by the areas of their exact fields
        Map<String, int[]> exact = index(false, false);
        Map<String, int[]> declaredArea = index(true, false);
        Map<String, int[]> fieldArea = index(false, true);
        int m = reviewerIds.size();
        double[] affinity = new double[m];
        int[] touched = new int[m];
        boolean[] isDropped = new boolean[m];
        dropped.forEach(r -> isDropped[r] = true);
        long candidates = 0;
        for (int a = 0; a < subjectIds.size(); a++) {
            int count = 0;
            String[] fields = subjectFields.get(a);
            boolean hasDiscipline = false;
            for (String field : fields) {
                if (field.indexOf('.') > 0) {
                    hasDiscipline = true;
                    for (int r : exact.getOrDefault(field, EMPTY)) {
                        if (affinity[r] == 0) {
                            touched[count++] = r;
                        }
                        affinity[r] = SAME_FIELD;
                    }
                }
            }
            for (String field : fields) {
                String area = area(field);
                count = atLeast(declaredArea.getOrDefault(area, EMPTY), affinity, touched, count);
                if (!hasDiscipline) {
                    count = atLeast(fieldArea.getOrDefault(area, EMPTY), affinity, touched, count);
                }
            }
            Arrays.sort(touched, 0, count);
            for (int i = 0; i < count; i++) {
                int r = touched[i];
                if (!isDropped[r]) {
                    b.affinity(a, r, affinity[r]);
                    candidates++;
                }
                affinity[r] = 0;
            }
        }
        // kept pairs of dropped reviewers (submitted reviews) count as candidates of their keeper index only
        for (double[] kept : keptAffinities) {
            b.affinity((int) kept[0], (int) kept[1], Math.max(kept[2], 1e-6));
        }
        conflicts.forEach(pair -> b.conflict(pair[0], pair[1]));
        pins.forEach(pair -> b.pin(pair[0], pair[1]));
        bans.forEach(pair -> b.ban(pair[0], pair[1]));
        this.candidatePairs = candidates;
        return b.build();
    }

    private static int atLeast(int[] reviewers, double[] affinity, int[] touched, int count) {
        for (int r : reviewers) {
            if (affinity[r] == 0) {
                touched[count++] = r;
                affinity[r] = SAME_AREA;
            }
        }
        return count;
    }

    private Map<String, int[]> index(boolean declaredAreas, boolean areasOfFields) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int r = 0; r < reviewerIds.size(); r++) {
            if (reviewerFields.get(r) == null) {
                continue; // a keeper index: no affinity from fields
            }
            Set<String> keys = new HashSet<>();
            for (String field : reviewerFields.get(r)) {
                boolean isArea = field.indexOf('.') < 0;
                if (declaredAreas && isArea || !declaredAreas && !areasOfFields && !isArea) {
                    keys.add(field);
                } else if (areasOfFields && !isArea) {
                    keys.add(area(field));
                }
            }
            for (String key : keys) {
                lists.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, int[]> out = new HashMap<>();
        lists.forEach((key, list) -> out.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    static String area(String field) {
        int dot = field.indexOf('.');
        return dot < 0 ? field : field.substring(0, dot);
    }
}
