package org.ansoplatform.governance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.TestMembers;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Not a test (no assertion, not matched by the test naming rule): run by {@code bench/ballot-latency.sh}. Over
 * loopback HTTP, against the platform on its embedded PostgreSQL, times {@code POST /api/v1/motions/{id}/ballots}:
 * per round a new secret motion, then VOTERS delegates cast at once (a burst), and on another motion the same
 * delegates one after another through 8 clients (steady). Reference in the same run: the liveness probe.
 * Bounded: VOTERS (default 200) and ROUNDS (default 3) from system properties, each request times out at 30 s.
 * Writes target/bench/ballot-latency.txt.
 */
class BallotLatencyBenchmark extends IntegrationTest {

    static final int VOTERS = Integer.getInteger("bench.voters", 200);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    @LocalServerPort int port;
    @Autowired AccountManagement accounts;
    @Autowired OrganizationManagement organizations;
    @Autowired DelegateManagement delegates;
    @Autowired DelegateQueries delegateQueries;
    @Autowired MotionManagement voting;
    @Autowired VotingQueries votes;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void measure() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < VOTERS; i++) {
            UUID organization = TestMembers.create(organizations, new OrganizationCommand("Zz bench academy " + run + " " + i, null, "TH",
                    OrganizationType.ACADEMY, OrganizationStatus.MEMBER, null, null, null));
            UUID person = accounts.createActive("bench-" + run + "-" + i + "@example.net", "Bench " + i,
                    "a long enough passphrase " + run, Set.of(Role.MEMBER_REPRESENTATIVE));
            delegates.appoint(person, organization, Actor.system(Instant.now()));
            people.add(person);
        }
        List<String> tokens = new ArrayList<>();
        for (UUID person : people) {
            tokens.add(accounts.createApiToken(person, "bench").secret());
        }
        // warm-up: one motion, a few ballots
        cast(openMotion("warm-up"), tokens.subList(0, Math.min(20, VOTERS)), 4);

        StringBuilder report = new StringBuilder();
        report.append("voters ").append(VOTERS).append(", rounds ").append(ROUNDS).append('\n');
        for (int round = 1; round <= ROUNDS; round++) {
            List<Long> burst = cast(openMotion("burst " + round), tokens, VOTERS);
            List<Long> steady = cast(openMotion("steady " + round), tokens, 8);
            List<Long> reference = reference(200);
            report.append(String.format("round %d burst(%d at once) p50 %.1f p95 %.1f p99 %.1f max %.1f ms | "
                            + "steady(8 clients) p50 %.1f p95 %.1f p99 %.1f ms | reference liveness p50 %.1f p99 %.1f ms%n",
                    round, VOTERS, p(burst, 50), p(burst, 95), p(burst, 99), p(burst, 100), p(steady, 50), p(steady, 95),
                    p(steady, 99), p(reference, 50), p(reference, 99)));
        }
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "ballot-latency.txt"), report);
        System.out.println("BENCH " + report.toString().replace("\n", "\nBENCH "));
    }

    UUID openMotion(String title) {
        UUID motion = voting.create(new MotionCommand(null, Body.ASSEMBLY, "Bench " + title, null,
                VotingRule.SIMPLE_MAJORITY, QuorumBasis.ENTITLED, 0, true, 0, null, SubjectType.OTHER, null));
        voting.open(motion);
        return motion;
    }

    /** Every token casts one ballot on the motion, with the given number of clients; latencies in microseconds. */
    List<Long> cast(UUID motion, List<String> tokens, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> futures = new ArrayList<>();
        for (String token : tokens) {
            futures.add(pool.submit(() -> {
                start.await();
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/motions/" + motion + "/ballots"))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"choice\":\"YES\"}")).build();
                long begin = System.nanoTime();
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                long micros = (System.nanoTime() - begin) / 1000;
                if (status != 201) {
                    throw new IllegalStateException("ballot answered " + status);
                }
                return micros;
            }));
        }
        start.countDown();
        List<Long> latencies = new ArrayList<>();
        for (Future<Long> future : futures) {
            latencies.add(future.get(60, TimeUnit.SECONDS));
        }
        pool.shutdownNow();
        return latencies;
    }

    List<Long> reference(int count) throws IOException, InterruptedException {
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long begin = System.nanoTime();
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/liveness")).build(),
                    HttpResponse.BodyHandlers.discarding());
            latencies.add((System.nanoTime() - begin) / 1000);
        }
        return latencies;
    }

    static double p(List<Long> micros, int percentile) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1000.0;
    }
}
