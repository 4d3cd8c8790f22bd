package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.governance.voting.BallotStaging;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.TestMembers;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.shared.Actor;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the application's own database role can learn about a secret ballot: nothing that ties it to its
 * voter while the poll is open, nothing it could change, and nothing left behind once the poll is closed.
 * {@code jdbc} connects as the application role; {@code owner} as the schemas' owner, to see what is stored.
 */
class SecretBallotLinkTests extends IntegrationTest {

    record Representative(UUID id, String email, String displayName) implements SignedInPerson {
        @Override
        public boolean hasRole(String role) {
            return "MEMBER_REPRESENTATIVE".equals(role);
        }
    }

    @Autowired MotionManagement voting;
    @Autowired VotingQueries votes;
    @Autowired DelegateManagement delegates;
    @Autowired OrganizationManagement organizations;
    @Autowired BallotStaging staging;
    @Autowired JdbcClient jdbc;
    @Autowired Flyway flyway;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    JdbcClient owner() {
        return JdbcClient.create(flyway.getConfiguration().getDataSource());
    }

    /** An open secret motion with {@code voters} ballots cast, a third of them NO. */
    UUID openMotionWithBallots(int voters) {
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < voters; i++) {
            UUID organization = TestMembers.create(organizations, new OrganizationCommand("Zz test link institute " + UUID.randomUUID(), null,
                    "KE", OrganizationType.RESEARCH_INSTITUTE, OrganizationStatus.MEMBER, null, null, null));
            UUID person = UUID.randomUUID();
            delegates.appoint(person, organization, Actor.system(Instant.now()));
            people.add(person);
        }
        UUID motion = voting.create(new MotionCommand(null, Body.ASSEMBLY, "Linked motion", null, VotingRule.SIMPLE_MAJORITY,
                QuorumBasis.ENTITLED, 0, true, 0, null, SubjectType.OTHER, null));
        voting.open(motion);
        for (int i = 0; i < people.size(); i++) {
            UUID person = people.get(i);
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    new Representative(person, person + "@example.net", "Delegate"), null,
                    List.of(new SimpleGrantedAuthority("ROLE_MEMBER_REPRESENTATIVE"))));
            voting.cast(motion, i % 3 == 0 ? Choice.NO : Choice.YES, null);
        }
        SecurityContextHolder.clearContext();
        return motion;
    }

    long count(JdbcClient client, String sql, UUID motion) {
        return client.sql(sql).param("m", motion).query(Long.class).single();
    }

    @Test
    void whileThePollIsOpenTheApplicationRoleCannotJoinABallotToItsVoter() {
        UUID motion = openMotionWithBallots(6);

        // straight after casting, by transaction id, heap position or order: the ballots are not there to join
        assertThat(count(jdbc, """
                select count(*) from governance.participation p join governance.secret_ballot b
                on b.motion_id = p.motion_id and (b.xmin = p.xmin or b.ctid = p.ctid) where p.motion_id = :m""", motion))
                .as("the box of another, closed poll may hold a ballot at the same heap position").isZero();
        assertThat(count(jdbc, "select count(*) from governance.secret_ballot where motion_id = :m", motion)).isZero();
        assertThatThrownBy(() -> jdbc.sql("select xmin::text, ctid::text, value from governance.staged_ballot").query().listOfRows())
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("select count(*) from governance.staged_ballot").query(Long.class).single())
                .hasStackTraceContaining("permission denied");

        // once moved, the box holds every ballot under one transaction id that no participation has
        staging.moveStaged();
        assertThat(count(jdbc, "select count(*) from governance.secret_ballot where motion_id = :m", motion)).isZero();
        assertThat(count(owner(), "select count(*) from governance.staged_ballot where poll_id = :m", motion)).isZero();
        assertThat(count(owner(), "select count(*) from governance.secret_ballot where motion_id = :m", motion)).isEqualTo(6);
        assertThat(count(owner(), "select count(distinct xmin::text) from governance.secret_ballot where motion_id = :m", motion))
                .isEqualTo(1);
        assertThat(count(owner(), """
                select count(*) from governance.participation p join governance.secret_ballot b
                on b.xmin = p.xmin where p.motion_id = :m""", motion)).isZero();

        voting.close(motion);
        assertThat(count(jdbc, "select count(*) from governance.secret_ballot where motion_id = :m", motion)).isEqualTo(6);
        assertThat(votes.motion(motion).yes()).isEqualTo(4);
        assertThat(votes.motion(motion).no()).isEqualTo(2);
    }

    @Test
    void theApplicationRoleCannotChangeOrRemoveABallot() {
        UUID motion = openMotionWithBallots(3);
        voting.close(motion);

        for (String sql : List.of(
                "update governance.secret_ballot set choice = 'NO' where motion_id = :m",
                "delete from governance.secret_ballot where motion_id = :m",
                "insert into governance.secret_ballot (id, motion_id, choice) values (gen_random_uuid(), :m, 'YES')",
                "update governance.election_ballot set candidate_id = candidate_id where election_id = :m",
                "delete from governance.election_ballot where election_id = :m",
                "update governance.staged_ballot set value = 'NO' where poll_id = :m",
                "delete from governance.staged_ballot where poll_id = :m")) {
            assertThatThrownBy(() -> jdbc.sql(sql).param("m", motion).update()).as(sql).hasStackTraceContaining("permission denied");
        }
        assertThat(votes.motion(motion).yes()).isEqualTo(2);
        assertThat(count(jdbc, "select count(*) from governance.secret_ballot where motion_id = :m and choice = 'YES'", motion))
                .isEqualTo(2);
    }

    @Test
    void afterClosingNoOldVersionOfABallotIsLeftInTheTables() {
        UUID motion = openMotionWithBallots(5);
        List<String> voterTransactions = jdbc.sql("select xmin::text from governance.participation where motion_id = :m")
                .param("m", motion).query(String.class).list();
        // reading the pages finds what the voters' transactions wrote: their participation
        assertThat(versionsWrittenBy(voterTransactions, "governance.participation")).isEqualTo(5);

        voting.close(motion);

        // closing vacuumed as the tables' owner: read page by page, neither table keeps any version of a row,
        // live or dead, written by a voter's transaction; every ballot carries the closing transaction's id
        // (a vacuum cannot remove what an older transaction of another test may still see: the staging job vacuums
        // again while versions are left, so the link is gone once no older transaction is)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(versionsWrittenBy(voterTransactions, "governance.staged_ballot",
                        "governance.secret_ballot")).isZero());
        for (String table : List.of("staged_ballot", "secret_ballot")) {
            assertThat(jdbc.sql("select last_vacuum is not null from pg_stat_user_tables where schemaname = 'governance' and relname = :t")
                    .param("t", table).query(Boolean.class).single()).as(table).isTrue();
        }
        assertThat(count(jdbc, "select count(distinct xmin::text) from governance.secret_ballot where motion_id = :m", motion))
                .isEqualTo(1);
        assertThat(count(jdbc, """
                select count(*) from governance.participation p join governance.secret_ballot b
                on b.xmin = p.xmin where p.motion_id = :m""", motion)).isZero();
        assertThat(count(owner(), "select count(*) from governance.staged_ballot where poll_id = :m", motion)).isZero();
    }

    /** Row versions on the pages of these tables, whatever their visibility, with one of these xmins. */
    long versionsWrittenBy(List<String> transactions, String... tables) {
        JdbcClient owner = owner();
        owner.sql("create extension if not exists pageinspect").update();
        return owner.sql("""
                        select count(*) from unnest(string_to_array(:tables, ',')) t (name),
                        generate_series(0, (pg_relation_size(t.name::regclass) / current_setting('block_size')::int)::int - 1) page,
                        heap_page_items(get_raw_page(t.name, page)) item
                        where item.t_xmin::text in (:transactions)""")
                .param("tables", String.join(",", tables)).param("transactions", transactions).query(Long.class).single();
    }
}
