package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.governance.voting.BallotStaging;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.TestMembers;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.platform.InvalidInputException;
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

/** A secret vote: who voted is recorded, what they chose cannot be tied to them, in the tables themselves. */
class SecretBallotTests extends IntegrationTest {

    record Representative(UUID id, String email, String displayName) implements SignedInPerson {
        @Override
        public boolean hasRole(String role) {
            return "MEMBER_REPRESENTATIVE".equals(role);
        }
    }

    @Autowired MotionManagement voting;
    @Autowired ProxyManagement proxies;
    @Autowired VotingQueries votes;
    @Autowired DelegateManagement delegates;
    @Autowired DelegateQueries delegateQueries;
    @Autowired OrganizationManagement organizations;
    @Autowired JdbcClient jdbc;
    @Autowired Flyway flyway;
    @Autowired BallotStaging staging;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void actAs(UUID personId) {
        Representative person = new Representative(personId, personId + "@example.net", "Delegate");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                List.of(new SimpleGrantedAuthority("ROLE_MEMBER_REPRESENTATIVE"))));
    }

    /** A new member organization with a delegate; returns the delegate's person id. */
    UUID memberWithDelegate(String prefix) {
        UUID organization = TestMembers.create(organizations, new OrganizationCommand(prefix + " " + UUID.randomUUID(), null, "KE",
                OrganizationType.RESEARCH_INSTITUTE, OrganizationStatus.MEMBER, null, null, null));
        UUID person = UUID.randomUUID();
        delegates.appoint(person, organization, Actor.system(java.time.Instant.now()));
        return person;
    }

    UUID motion(boolean secret, int proxyLimit) {
        return voting.create(new MotionCommand(null, Body.ASSEMBLY, "Secret motion", null, VotingRule.TWO_THIRDS,
                QuorumBasis.ENTITLED, 0, secret, proxyLimit, null, SubjectType.OTHER, null));
    }

    @Test
    void theTablesOfASecretVoteHoldNoLinkBetweenVoterAndChoice() {
        List<UUID> voters = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            voters.add(memberWithDelegate("Zz test secret institute"));
        }
        UUID motion = motion(true, 0);
        voting.open(motion);
        List<Choice> cast = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            actAs(voters.get(i));
            Choice choice = i % 3 == 0 ? Choice.NO : Choice.YES;
            voting.cast(motion, choice, null);
            cast.add(choice);
        }
        SecurityContextHolder.clearContext();
        // while open, the staging job moves every ballot into the box, which only the schemas' owner can read
        JdbcClient owner = JdbcClient.create(flyway.getConfiguration().getDataSource());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            staging.moveStaged();
            assertThat(owner.sql("select count(*) from governance.staged_ballot where poll_id = :m")
                    .param("m", motion).query(Long.class).single()).isZero();
        });
        Set<UUID> idsWhileOpen = new HashSet<>(owner.sql("select id from governance.secret_ballot where motion_id = :m")
                .param("m", motion).query(UUID.class).list());
        assertThat(idsWhileOpen).hasSize(12);

        voting.close(motion);

        // the ballot table has no column that names a voter, an organization, a time or a sequence
        List<Map<String, Object>> columns = jdbc.sql("""
                        select column_name, data_type, column_default from information_schema.columns
                        where table_schema = 'governance' and table_name = 'secret_ballot'""").query().listOfRows();
        assertThat(columns).extracting(c -> c.get("column_name")).containsExactlyInAnyOrder("id", "motion_id", "choice");
        assertThat(columns).allSatisfy(c -> {
            assertThat(c.get("column_default")).isNull();
            assertThat(String.valueOf(c.get("data_type"))).doesNotContain("timestamp", "date", "integer", "bigint");
        });
        // participation says who voted, never what
        assertThat(jdbc.sql("select count(*) from governance.participation where motion_id = :m and choice is not null")
                .param("m", motion).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from governance.participation where motion_id = :m")
                .param("m", motion).query(Long.class).single()).isEqualTo(12);

        // the ballots were rewritten when the poll closed: none of the rows written while voting is left, all
        // share one transaction id, and no participation row has it
        List<Map<String, Object>> ballots = jdbc.sql("select id, choice, xmin::text as tx from governance.secret_ballot where motion_id = :m")
                .param("m", motion).query().listOfRows();
        assertThat(ballots).hasSize(12);
        assertThat(ballots).extracting(b -> (UUID) b.get("id")).doesNotContainAnyElementsOf(idsWhileOpen);
        Set<Object> ballotTransactions = new HashSet<>(ballots.stream().map(b -> b.get("tx")).toList());
        assertThat(ballotTransactions).hasSize(1);
        List<String> participationTransactions = jdbc.sql("select xmin::text from governance.participation where motion_id = :m")
                .param("m", motion).query(String.class).list();
        assertThat(participationTransactions).doesNotContainAnyElementsOf(ballotTransactions.stream().map(String::valueOf).toList());
        assertThat(ballots).extracting(b -> b.get("choice")).filteredOn("YES"::equals).hasSize(8);

        // the count: 8 of 12 is two thirds
        MotionView result = votes.motion(motion);
        assertThat(result.yes()).isEqualTo(8);
        assertThat(result.no()).isEqualTo(4);
        assertThat(result.adopted()).isTrue();
        assertThat(cast).hasSize(12);
    }

    @Test
    void proxiesStayWithinTheLimitAndAVoteByProxyCountsOnce() {
        UUID holder = memberWithDelegate("Zz test proxy holder");
        UUID giver1 = memberWithDelegate("Zz test proxy giver");
        UUID giver2 = memberWithDelegate("Zz test proxy giver");
        UUID outsider = UUID.randomUUID();
        UUID motion = motion(false, 1);
        voting.open(motion);
        UUID holderOrganization = delegateQueries.organizationOf(holder).orElseThrow();
        UUID giver1Organization = delegateQueries.organizationOf(giver1).orElseThrow();
        UUID giver2Organization = delegateQueries.organizationOf(giver2).orElseThrow();

        actAs(giver1);
        proxies.giveProxy(motion, holderOrganization);
        actAs(giver2);
        assertThatThrownBy(() -> proxies.giveProxy(motion, holderOrganization))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("governance.error.proxyLimit");

        actAs(holder);
        voting.cast(motion, Choice.YES, null);
        voting.cast(motion, Choice.NO, giver1Organization);
        assertThatThrownBy(() -> voting.cast(motion, Choice.NO, giver2Organization))
                .hasMessageContaining("governance.error.noProxy");
        actAs(giver1);
        assertThatThrownBy(() -> voting.cast(motion, Choice.YES, null))
                .hasMessageContaining("governance.error.alreadyVoted");
        actAs(outsider);
        assertThatThrownBy(() -> voting.cast(motion, Choice.YES, null))
                .hasMessageContaining("governance.error.notADelegate");

        SecurityContextHolder.clearContext();
        voting.close(motion);
        assertThat(votes.participation(motion)).extracting(ParticipationView::organizationId)
                .containsExactlyInAnyOrder(holderOrganization, giver1Organization);
        actAs(giver2);
        assertThatThrownBy(() -> voting.cast(motion, Choice.YES, null))
                .hasMessageContaining("governance.error.pollNotOpen");
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> voting.open(motion)).hasMessageContaining("governance.error.motionState");
        assertThat(votes.motion(motion).yes()).isEqualTo(1);
        assertThat(votes.motion(motion).no()).isEqualTo(1);
        assertThat(votes.motion(motion).adopted()).isFalse(); // 1 of 2 is not two thirds
    }
}
