package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.governance.voting.BallotStaging;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.TestMembers;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.shared.Actor;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 200 member representatives, each with an account, an API token and a member organization, cast their
 * ballots at once over HTTP, each sending its ballot twice at the same moment, while the staging job moves
 * ballots into the box. Exactly one of each pair counts, none is lost or counted twice.
 */
class BallotConcurrencyTests extends IntegrationTest {

    static final int VOTERS = 200;

    @LocalServerPort int port;
    @Autowired AccountManagement accounts;
    @Autowired OrganizationManagement organizations;
    @Autowired DelegateManagement delegates;
    @Autowired DelegateQueries delegateQueries;
    @Autowired MotionManagement voting;
    @Autowired VotingQueries votes;
    @Autowired JdbcClient jdbc;
    @Autowired BallotStaging staging;
    @Autowired Flyway flyway;

    @Test
    void twoHundredRepresentativesVoteAtOnceAndTheTallyEqualsTheBallots() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        // each account costs one Argon2 hash (tens of milliseconds): both cores make the 200
        ExecutorService setup = Executors.newFixedThreadPool(2);
        List<Future<String>> made = new ArrayList<>();
        for (int i = 0; i < VOTERS; i++) {
            int n = i;
            made.add(setup.submit(() -> {
                UUID organization = TestMembers.create(organizations, new OrganizationCommand("Zz test concurrent academy " + run + " " + n, null,
                        "TH", OrganizationType.ACADEMY, OrganizationStatus.MEMBER, null, null, null));
                UUID person = accounts.createActive("voter-" + run + "-" + n + "@example.net", "Voter " + n,
                        "a long enough passphrase " + run, Set.of(Role.MEMBER_REPRESENTATIVE));
                delegates.appoint(person, organization, Actor.system(Instant.now()));
                return accounts.createApiToken(person, "vote").secret();
            }));
        }
        List<String> tokens = new ArrayList<>();
        for (Future<String> token : made) {
            tokens.add(token.get());
        }
        setup.shutdown();

        UUID motion = voting.create(new MotionCommand(null, Body.ASSEMBLY, "Concurrent motion " + run, null,
                VotingRule.SIMPLE_MAJORITY, QuorumBasis.ENTITLED, 0, true, 0, null, SubjectType.OTHER, null));
        voting.open(motion);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        // the staging job moves ballots into the box over and over while they are cast and while the poll closes
        AtomicBoolean casting = new AtomicBoolean(true);
        ExecutorService mover = Executors.newSingleThreadExecutor();
        Future<Integer> moves = mover.submit(() -> {
            int runs = 0;
            while (casting.get()) {
                staging.moveStaged();
                runs++;
            }
            return runs;
        });
        ExecutorService pool = Executors.newFixedThreadPool(2 * VOTERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < VOTERS; i++) {
                String token = tokens.get(i);
                String choice = i % 4 == 0 ? "NO" : "YES";
                for (int attempt = 0; attempt < 2; attempt++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/motions/" + motion + "/ballots"))
                                .timeout(Duration.ofSeconds(60))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"choice\":\"" + choice + "\"}")).build();
                        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    }));
                }
            }
            start.countDown();
            int created = 0;
            int refused = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                if (status == 201) {
                    created++;
                } else if (status == 409) { // issue 26: a second ballot is a conflict
                    refused++;
                }
            }
            assertThat(created).as("ballots accepted").isEqualTo(VOTERS);
            assertThat(refused).as("second ballots refused").isEqualTo(VOTERS);
        } finally {
            pool.shutdownNow();
        }

        voting.close(motion);
        casting.set(false);
        assertThat(moves.get()).as("runs of the staging job").isPositive();
        mover.shutdown();
        MotionView result = votes.motion(motion);
        assertThat(result.ballots()).isEqualTo(VOTERS);
        assertThat(result.yes()).isEqualTo(150);
        assertThat(result.no()).isEqualTo(50);
        assertThat(jdbc.sql("select count(*) from governance.participation where motion_id = :m").param("m", motion)
                .query(Long.class).single()).isEqualTo(VOTERS);
        assertThat(jdbc.sql("select count(distinct organization_id) from governance.participation where motion_id = :m")
                .param("m", motion).query(Long.class).single()).isEqualTo(VOTERS);
        // every ballot is in the box once, none is left staged
        assertThat(jdbc.sql("select count(*) from governance.secret_ballot where motion_id = :m").param("m", motion)
                .query(Long.class).single()).isEqualTo(VOTERS);
        assertThat(JdbcClient.create(flyway.getConfiguration().getDataSource())
                .sql("select count(*) from governance.staged_ballot where poll_id = :m").param("m", motion)
                .query(Long.class).single()).isZero();

        // closed stays closed: neither the service nor the database lets it reopen, and no ballot gets in
        assertThatThrownBy(() -> voting.open(motion)).hasMessageContaining("governance.error.motionState");
        assertThatThrownBy(() -> jdbc.sql("update governance.motion set state = 'OPEN' where id = :id").param("id", motion).update())
                .hasMessageContaining("cannot go back");
        HttpResponse<String> late = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/motions/" + motion + "/ballots"))
                .header("Authorization", "Bearer " + tokens.get(0)).header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{\"choice\":\"NO\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("not open");
        assertThat(votes.motion(motion).ballots()).isEqualTo(VOTERS);
    }
}
