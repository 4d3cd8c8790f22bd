package org.ansoplatform.calls.selection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Places awardees at hosts by applicant-proposing deferred acceptance (Gale and Shapley): the result is
 * stable (no awardee and host would both rather have each other) and the best stable result for every
 * awardee. A host ranks awardees by score (then application id) unless it gives its own ranking, in
 * which case awardees it did not list are not acceptable to it.
 */
public final class Placement {

    private Placement() {
    }

    /** An awardee with hosts in order of preference (host codes); hosts not listed are not acceptable. */
    public record Awardee(UUID applicationId, double score, List<String> preferences) {

        public Awardee {
            preferences = List.copyOf(preferences);
            if (preferences.stream().distinct().count() != preferences.size()) {
                throw new IllegalArgumentException("each host once in the preferences");
            }
        }
    }

    /** A host with its capacity and, optionally, its own ranking (null: rank by score). */
    public record HostSeats(String code, int capacity, List<UUID> ownRanking) {

        public HostSeats {
            if (capacity < 0) {
                throw new IllegalArgumentException("capacity must not be negative");
            }
            ownRanking = ownRanking == null ? null : List.copyOf(ownRanking);
        }
    }

    /**
     * @param hostOf placed awardees and their host code
     * @param explanations per awardee: calls.selection.placed [host, preference number] or
     *        calls.selection.unplaced [number of hosts preferred]
     */
    public record PlacementResult(Map<UUID, String> hostOf, Map<String, List<UUID>> placedAt,
            Map<UUID, Explanation> explanations) {

        public PlacementResult {
            hostOf = Map.copyOf(hostOf);
            placedAt = Map.copyOf(placedAt);
            explanations = Map.copyOf(explanations);
        }
    }

    public record Explanation(String messageKey, List<Object> args) {

        public Explanation {
            args = List.copyOf(args);
        }
    }

    public static PlacementResult place(List<Awardee> awardees, List<HostSeats> hosts) {
        int n = awardees.size();
        Map<String, Integer> hostIndex = new HashMap<>();
        for (HostSeats host : hosts) {
            if (hostIndex.put(host.code(), hostIndex.size()) != null) {
                throw new IllegalArgumentException("host listed twice: " + host.code());
            }
        }
        // awardees in a canonical order so that input order cannot change anything
        List<Awardee> sorted = new ArrayList<>(awardees);
        sorted.sort(Comparator.comparing(Awardee::applicationId));
        Map<UUID, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (index.put(sorted.get(i).applicationId(), i) != null) {
                throw new IllegalArgumentException("awardee listed twice");
            }
        }
        // rank of each awardee at each host: lower is better; -1 not acceptable
        int[] byScore = byScoreOrder(sorted);
        List<Map<Integer, Integer>> ownRank = new ArrayList<>();
        for (HostSeats host : hosts) {
            if (host.ownRanking() == null) {
                ownRank.add(null);
            } else {
                Map<Integer, Integer> ranks = new HashMap<>();
                for (UUID id : host.ownRanking()) {
                    Integer i = index.get(id);
                    if (i != null) {
                        ranks.putIfAbsent(i, ranks.size());
                    }
                }
                ownRank.add(ranks);
            }
        }
        int[][] preference = new int[n][];
        for (int i = 0; i < n; i++) {
            preference[i] = sorted.get(i).preferences().stream().filter(hostIndex::containsKey)
                    .mapToInt(hostIndex::get).toArray();
        }
        List<TreeSet<int[]>> held = new ArrayList<>();
        for (int h = 0; h < hosts.size(); h++) {
            // entries {rank at host, awardee}; last = worst held
            held.add(new TreeSet<>(Comparator.<int[]>comparingInt(e -> e[0]).thenComparingInt(e -> e[1])));
        }
        int[] next = new int[n];
        int[] placed = new int[n];
        java.util.Arrays.fill(placed, -1);
        Deque<Integer> free = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            free.add(i);
        }
        while (!free.isEmpty()) {
            int i = free.poll();
            while (next[i] < preference[i].length) {
                int h = preference[i][next[i]++];
                int rank = ownRank.get(h) == null ? byScore[i] : ownRank.get(h).getOrDefault(i, -1);
                if (rank < 0 || hosts.get(h).capacity() == 0) {
                    continue;
                }
                TreeSet<int[]> seats = held.get(h);
                if (seats.size() < hosts.get(h).capacity()) {
                    seats.add(new int[] {rank, i});
                    placed[i] = h;
                    break;
                }
                int[] worst = seats.last();
                if (rank < worst[0]) {
                    seats.pollLast();
                    seats.add(new int[] {rank, i});
                    placed[i] = h;
                    placed[worst[1]] = -1;
                    free.add(worst[1]);
                    break;
                }
            }
        }
        Map<UUID, String> hostOf = new HashMap<>();
        Map<String, List<UUID>> placedAt = new HashMap<>();
        Map<UUID, Explanation> explanations = new HashMap<>();
        for (HostSeats host : hosts) {
            placedAt.put(host.code(), new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            UUID id = sorted.get(i).applicationId();
            if (placed[i] >= 0) {
                String code = hosts.get(placed[i]).code();
                hostOf.put(id, code);
                placedAt.get(code).add(id);
                explanations.put(id, new Explanation("calls.selection.placed",
                        List.of(code, sorted.get(i).preferences().indexOf(code) + 1)));
            } else {
                explanations.put(id, new Explanation("calls.selection.unplaced", List.of(preference[i].length)));
            }
        }
        placedAt.replaceAll((code, ids) -> List.copyOf(ids));
        return new PlacementResult(hostOf, placedAt, explanations);
    }

    /** Rank by score, best first, ties by application id (the list is already in id order). */
    private static int[] byScoreOrder(List<Awardee> sorted) {
        Integer[] order = new Integer[sorted.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> sorted.get(i).score()).reversed()
                .thenComparingInt(i -> i));
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }
}
