import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.ansoplatform.calls.selection.Candidate;
import org.ansoplatform.calls.selection.Decision;
import org.ansoplatform.calls.selection.Placement;
import org.ansoplatform.calls.selection.Selection;
import org.ansoplatform.calls.selection.SelectionResult;
import org.ansoplatform.calls.selection.SelectionRules;

/**
 * Selection and placement benchmark: 6,000 ranked applications in two tracks (PhD quota 300, Master's
 * 200, at most 10 % of a track per country), ties by a criterion then lots; the 500 awardees placed at
 * 60 hosts from 5 ranked preferences each. Run by bench/review/selection.sh with the number of runs.
 */
public class SelectionBenchmark {

    public static void main(String[] args) {
        int runs = Math.min(20, Integer.parseInt(args[0]));
        int applications = args.length > 1 ? Integer.parseInt(args[1]) : 6000;
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Random random = new Random(run);
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < applications; i++) {
                candidates.add(new Candidate(new UUID(run, i), random.nextInt(5) < 3 ? "PHD" : "MASTER",
                        Math.round(random.nextGaussian() * 40) / 10.0,
                        Map.of("country", "C" + random.nextInt(40)), Map.of("research", (double) random.nextInt(5))));
            }
            List<String> hosts = new ArrayList<>();
            for (int h = 0; h < 60; h++) {
                hosts.add("H" + h);
            }
            long start = System.nanoTime();
            SelectionRules.TrackQuota phd = new SelectionRules.TrackQuota("PHD", 300);
            SelectionRules.TrackQuota master = new SelectionRules.TrackQuota("MASTER", 200);
            SelectionResult selection = Selection.select(candidates, new SelectionRules(List.of(phd, master),
                    List.of(SelectionRules.Cap.share("country", phd, 0.1), SelectionRules.Cap.share("country", master, 0.1)),
                    List.of(SelectionRules.TieBreak.higher("research"), SelectionRules.TieBreak.lot(2026))));
            Map<UUID, Candidate> byId = new java.util.HashMap<>();
            candidates.forEach(c -> byId.put(c.applicationId(), c));
            List<Placement.Awardee> awardees = new ArrayList<>();
            for (Decision d : selection.decisions()) {
                if (d.outcome() == Decision.Outcome.SELECTED) {
                    List<String> preferences = new ArrayList<>(hosts);
                    Collections.shuffle(preferences, random);
                    awardees.add(new Placement.Awardee(d.applicationId(), byId.get(d.applicationId()).score(),
                            preferences.subList(0, 5)));
                }
            }
            List<Placement.HostSeats> seats = new ArrayList<>();
            for (String h : hosts) {
                seats.add(new Placement.HostSeats(h, 9, null));
            }
            Placement.PlacementResult placement = Placement.place(awardees, seats);
            long end = System.nanoTime();
            times.add(end - start);
            System.out.printf("run %d: %d candidates, %d selected, %d ties recorded, %d placed: %.1f ms%n", run + 1,
                    candidates.size(), awardees.size(), selection.ties().size(), placement.hostOf().size(),
                    (end - start) / 1e6);
        }
        Collections.sort(times);
        System.out.printf("median %.1f ms over %d runs%n", times.get(times.size() / 2) / 1e6, runs);
    }
}
