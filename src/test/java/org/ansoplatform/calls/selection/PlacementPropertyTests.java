package org.ansoplatform.calls.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Deferred acceptance on random preferences: stable, within capacities, order-independent. */
class PlacementPropertyTests {

    record Instance(List<Placement.Awardee> awardees, List<Placement.HostSeats> hosts) {
    }

    static Instance instance(long seed) {
        Random random = new Random(seed);
        int hostCount = 1 + random.nextInt(6);
        List<String> codes = new ArrayList<>();
        for (int h = 0; h < hostCount; h++) {
            codes.add("H" + h);
        }
        List<Placement.Awardee> awardees = new ArrayList<>();
        int count = random.nextInt(40);
        for (int i = 0; i < count; i++) {
            List<String> preferences = new ArrayList<>(codes);
            Collections.shuffle(preferences, random);
            awardees.add(new Placement.Awardee(new UUID(random.nextLong(), i), random.nextInt(10),
                    preferences.subList(0, random.nextInt(hostCount + 1))));
        }
        List<Placement.HostSeats> hosts = new ArrayList<>();
        for (String code : codes) {
            List<UUID> own = null;
            if (random.nextInt(3) == 0) {
                own = new ArrayList<>();
                for (Placement.Awardee a : awardees) {
                    if (random.nextInt(4) > 0) {
                        own.add(a.applicationId());
                    }
                }
                Collections.shuffle(own, random);
            }
            hosts.add(new Placement.HostSeats(code, random.nextInt(8), own));
        }
        return new Instance(awardees, hosts);
    }

    /** Lower is better; MAX_VALUE: not acceptable. Mirrors the documented host ranking. */
    static int hostRank(Placement.HostSeats host, Placement.Awardee a, List<Placement.Awardee> all) {
        if (host.ownRanking() != null) {
            int i = host.ownRanking().indexOf(a.applicationId());
            return i < 0 ? Integer.MAX_VALUE : i;
        }
        int better = 0;
        for (Placement.Awardee other : all) {
            if (other.score() > a.score()
                    || other.score() == a.score() && other.applicationId().compareTo(a.applicationId()) < 0) {
                better++;
            }
        }
        return better;
    }

    @Property(tries = 400)
    void noBlockingPairAndNoHostOverCapacity(@ForAll long seed) {
        Instance instance = instance(seed);
        Placement.PlacementResult result = Placement.place(instance.awardees(), instance.hosts());
        Map<String, Placement.HostSeats> hosts = new HashMap<>();
        instance.hosts().forEach(h -> hosts.put(h.code(), h));

        for (Placement.HostSeats host : instance.hosts()) {
            assertThat(result.placedAt().get(host.code())).hasSizeLessThanOrEqualTo(host.capacity());
        }
        for (Placement.Awardee a : instance.awardees()) {
            String current = result.hostOf().get(a.applicationId());
            if (current != null) {
                assertThat(a.preferences()).contains(current);
                assertThat(hostRank(hosts.get(current), a, instance.awardees())).isLessThan(Integer.MAX_VALUE);
            }
            int limit = current == null ? a.preferences().size() : a.preferences().indexOf(current);
            for (String better : a.preferences().subList(0, limit)) {
                Placement.HostSeats host = hosts.get(better);
                int rank = hostRank(host, a, instance.awardees());
                if (rank == Integer.MAX_VALUE) {
                    continue;
                }
                List<UUID> there = result.placedAt().get(better);
                boolean room = there.size() < host.capacity();
                boolean prefersA = there.stream().anyMatch(id -> hostRank(host, instance.awardees().stream()
                        .filter(x -> x.applicationId().equals(id)).findFirst().orElseThrow(), instance.awardees()) > rank);
                assertThat(room || prefersA).as("%s and %s block", a.applicationId(), better).isFalse();
            }
        }
    }

    @Property(tries = 200)
    void inputOrderDoesNotMatter(@ForAll long seed) {
        Instance instance = instance(seed);
        List<Placement.Awardee> shuffled = new ArrayList<>(instance.awardees());
        Collections.shuffle(shuffled, new Random(seed));

        Placement.PlacementResult a = Placement.place(instance.awardees(), instance.hosts());
        Placement.PlacementResult b = Placement.place(shuffled, instance.hosts());
        assertThat(b.hostOf()).isEqualTo(a.hostOf());
        assertThat(b.explanations()).isEqualTo(a.explanations());
    }
}
