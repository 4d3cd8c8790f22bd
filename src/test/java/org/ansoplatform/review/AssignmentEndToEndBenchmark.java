package org.ansoplatform.review;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.ToDoubleFunction;

import javax.sql.DataSource;

import org.ansoplatform.AnsoPlatformApplication;
import org.ansoplatform.review.panels.AssignmentRunner;
import org.ansoplatform.review.panels.RunSummary;
import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reviewer assignment end to end (issue 4): starts the platform without demo data on a temporary data
 * directory (loopback only), loads a synthetic panel straight into the review tables with COPY, then
 * times {@link AssignmentRunner#run} several times: reading the database, building the problem, solving,
 * verifying and storing. Run by bench/review-assignment.sh; not a test (no timing in the build).
 *
 * <p>Arguments: subjects reviewers k maxLoad runs (at most 10). Synthetic data: subjects have a
 * discipline among the 42 FORD fields (areas weighted like the scholarship applicants); reviewers 2 to
 * 4 fields in one area and 30 % of them the whole area too; about 1.4 % of the pairs are conflicted.
 */
public final class AssignmentEndToEndBenchmark {

    private static final String[] AREAS = {"1", "1", "1", "1", "1", "2", "2", "2", "2", "2", "2", "3", "3", "3", "4", "4", "4", "5", "5", "6"};
    private static final int[] FIELDS_PER_AREA = {0, 7, 11, 5, 5, 9, 5};

    private AssignmentEndToEndBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int m = Integer.parseInt(args[1]);
        int k = Integer.parseInt(args[2]);
        int maxLoad = Integer.parseInt(args[3]);
        int runs = Math.max(1, Math.min(10, Integer.parseInt(args[4])));
        Path data = Files.createTempDirectory("anso-bench-review");
        ConfigurableApplicationContext context = SpringApplication.run(AnsoPlatformApplication.class, "--anso.data-dir=" + data,
                "--anso.demo=false", "--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=WARN");
        try {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            DataSource dataSource = context.getBean(DataSource.class);
            AssignmentRunner assignments = context.getBean(AssignmentRunner.class);
            long loadStart = System.nanoTime();
            UUID panel = load(dataSource, jdbc, n, m, k, maxLoad);
            System.out.printf("loaded %d subjects x %d reviewers (k=%d, max load %d) in %.1f s%n", n, m, k, maxLoad,
                    (System.nanoTime() - loadStart) / 1e9);
            List<RunSummary.Timing> timings = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                // every run stores all pairs afresh, as for a panel's first assignment (not timed)
                jdbc.update("delete from review.assignment where panel_id = ?", panel);
                jdbc.execute("vacuum analyze review.assignment");
                System.gc();
                long t0 = System.nanoTime();
                RunSummary result = assignments.run(panel);
                long t1 = System.nanoTime();
                if (!result.feasible()) {
                    throw new IllegalStateException("infeasible: " + result.explanations());
                }
                RunSummary.Summary s = result.summary();
                Integer stored = jdbc.queryForObject("select count(*) from review.assignment where panel_id = ?", Integer.class, panel);
                RunSummary.Timing t = s.timing();
                timings.add(t);
                System.out.printf("run %d: end to end %.0f ms (call %.0f ms) = read %.0f + build %.0f + solve %.0f (bare solver %.0f, rounds %d)"
                        + " + verify %.0f + store %.0f; pairs %d stored %d, candidates %.1f %%, conflicted %.2f %%, objective %.6f,"
                        + " lowest affinity p10/p50 %.2f/%.2f, loads %d..%d (sd %.2f, idle %d); heap used %d MB%n",
                        run, t.total(), (t1 - t0) / 1e6, t.read(), t.build(), t.solve(), t.solver(), t.rounds(), t.verify(), t.store(),
                        s.pairs(), stored, 100.0 * s.candidatePairs() / ((double) n * m), 100.0 * s.conflictedPairs() / ((double) n * m),
                        s.objective(), s.lowestAffinityPercentiles().get("p10"), s.lowestAffinityPercentiles().get("p50"),
                        s.loads().minimum(), s.loads().maximum(), s.loads().standardDeviation(), s.loads().idle(),
                        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
            }
            System.out.printf("median of %d runs: end to end %.0f ms, bare solver %.0f ms (ratio %.1f), read %.0f ms, build %.0f ms,"
                    + " solve %.0f ms, verify %.0f ms, store %.0f ms; max heap %d MB%n", runs, median(timings, RunSummary.Timing::total),
                    median(timings, RunSummary.Timing::solver), median(timings, RunSummary.Timing::total) / median(timings, RunSummary.Timing::solver),
                    median(timings, RunSummary.Timing::read), median(timings, RunSummary.Timing::build), median(timings, RunSummary.Timing::solve),
                    median(timings, RunSummary.Timing::verify), median(timings, RunSummary.Timing::store), Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            context.close();
            try (var files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double median(List<RunSummary.Timing> timings, ToDoubleFunction<RunSummary.Timing> f) {
        double[] values = timings.stream().mapToDouble(f).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    /** Rows straight into the review tables: reviewers, panel, members, subjects and conflicts, by COPY. */
    private static UUID load(DataSource dataSource, JdbcTemplate jdbc, int n, int m, int k, int maxLoad) throws Exception {
        SplittableRandom random = new SplittableRandom(20260422L);
        UUID panel = UUID.randomUUID();
        jdbc.update("""
                insert into review.panel (id, scope_type, scope_id, title, reviewers_per_subject, max_load, load_penalty, created_at)
                values (?, 'bench', ?, '{"en": "Benchmark panel"}', ?, ?, 0.001, now())""", panel, UUID.randomUUID(), k, maxLoad);
        UUID[] reviewers = new UUID[m];
        StringBuilder reviewerRows = new StringBuilder();
        StringBuilder memberRows = new StringBuilder();
        for (int r = 0; r < m; r++) {
            reviewers[r] = UUID.randomUUID();
            String area = AREAS[r % AREAS.length]; // reviewers spread over the areas like the subjects, so every area has capacity
            int fieldsInArea = FIELDS_PER_AREA[Integer.parseInt(area)];
            List<String> fields = new ArrayList<>();
            int count = 2 + random.nextInt(3);
            while (fields.size() < Math.min(count, fieldsInArea)) {
                String field = area + "." + (1 + random.nextInt(fieldsInArea));
                if (!fields.contains(field)) {
                    fields.add(field);
                }
            }
            if (random.nextInt(100) < 30) {
                fields.add(area);
            }
            reviewerRows.append(reviewers[r]).append('\t').append(UUID.randomUUID()).append("\tReviewer ").append(r).append("\treviewer")
                    .append(r).append("@bench.example.org\tInstitute ").append(r % 300).append("\t{").append(String.join(",", fields))
                    .append("}\t").append(maxLoad).append("\t2026-01-01T00:00:00Z\n");
            memberRows.append(panel).append('\t').append(reviewers[r]).append("\tACCEPTED\t2026-01-01T00:00:00Z\n");
        }
        StringBuilder subjectRows = new StringBuilder();
        StringBuilder conflictRows = new StringBuilder();
        int conflictsPerSubject = (int) Math.round(m * 0.014);
        for (int a = 0; a < n; a++) {
            UUID subject = UUID.randomUUID();
            String area = AREAS[random.nextInt(AREAS.length)];
            String field = area + "." + (1 + random.nextInt(FIELDS_PER_AREA[Integer.parseInt(area)]));
            subjectRows.append(panel).append("\tapplication\t").append(subject).append("\tBENCH-").append(String.format("%06d", a))
                    .append("\tPHD\tInstitute of subject ").append(a).append("\t{").append(field).append(',').append(area)
                    .append("}\t2026-01-01T00:00:00Z\n");
            int[] chosen = random.ints(0, m).distinct().limit(conflictsPerSubject).toArray();
            Arrays.sort(chosen);
            for (int r : chosen) {
                conflictRows.append(panel).append('\t').append(subject).append('\t').append(reviewers[r])
                        .append("\tDECLARED\t\t2026-01-01T00:00:00Z\n");
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy review.reviewer (id, person_id, name, email, institution, fields, max_load, created_at) from stdin",
                    new StringReader(reviewerRows.toString()));
            copy.copyIn("copy review.panel_member (panel_id, reviewer_id, status, invited_at) from stdin", new StringReader(memberRows.toString()));
            copy.copyIn("copy review.subject (panel_id, subject_type, subject_id, label, track, institution, fields, loaded_at) from stdin",
                    new StringReader(subjectRows.toString()));
            copy.copyIn("copy review.conflict (panel_id, subject_id, reviewer_id, source, reason, recorded_at) from stdin",
                    new StringReader(conflictRows.toString()));
        }
        jdbc.execute("analyze review.reviewer; analyze review.panel_member; analyze review.subject; analyze review.conflict");
        return panel;
    }
}
