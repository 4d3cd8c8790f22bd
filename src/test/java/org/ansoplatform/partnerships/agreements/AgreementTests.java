package org.ansoplatform.partnerships.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.activitylog.ActivityEntry;
import org.ansoplatform.activitylog.ActivityFilter;
import org.ansoplatform.activitylog.ActivityQueries;
import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.DecisionCommand;
import org.ansoplatform.governance.Outcome;
import org.ansoplatform.governance.SessionCommand;
import org.ansoplatform.governance.SessionManagement;
import org.ansoplatform.governance.SessionMode;
import org.ansoplatform.governance.SessionStatus;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.AgreementStatus;
import org.ansoplatform.partnerships.AllianceRole;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An agreement's rules and life: parties, dates, the Executive Director's or the Board's approval, signing, expiry. */
class AgreementTests extends IntegrationTest {

    @Autowired AgreementManagement agreements;
    @Autowired AgreementQueries queries;
    @Autowired AgreementSchedule schedule;
    @Autowired SessionManagement sessions;
    @Autowired OrganizationManagement organizations;
    @Autowired ActivityQueries log;

    static UUID organization(OrganizationManagement organizations, String name, String country) {
        return organizations.create(new OrganizationCommand(name + " " + UUID.randomUUID().toString().substring(0, 6), null,
                country, OrganizationType.COMPANY, OrganizationStatus.PARTNER, null, null, null));
    }

    static AgreementCommand command(AgreementKind kind, String title, AllianceRole alliance, List<UUID> parties,
            LocalDate effective, LocalDate expires, boolean confidential) {
        return new AgreementCommand(kind, LocalizedText.of(Map.of("en", title, "zh", "协议 " + title)), null, alliance,
                parties.stream().map(AgreementCommand.Party::of).toList(), List.of(9, 17), effective, expires,
                expires == null ? null : 30, confidential,
                null, false);
    }

    @Test
    void anAgreementNeedsTwoPartiesCountingTheAllianceAndAnExpiryAfterItsStart() {
        UUID firm = organization(organizations, "Lone Firm", "KZ");
        long before = queries.all(null).size();
        assertThatThrownBy(() -> agreements.propose(command(AgreementKind.LICENCE, "One party", AllianceRole.SUPPORTER,
                List.of(firm), null, null, false))).isInstanceOfSatisfying(InvalidInputException.class, refusal ->
                assertThat(refusal.violations()).extracting(InvalidInputException.Violation::field).containsExactly("parties"));
        assertThatThrownBy(() -> agreements.propose(command(AgreementKind.MOU, "Backwards", AllianceRole.PARTY, List.of(firm),
                LocalDate.of(2030, 1, 1), LocalDate.of(2029, 1, 1), false))).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.violations()).extracting(InvalidInputException.Violation::field).containsExactly("expiresOn"));
        assertThatThrownBy(() -> agreements.propose(command(AgreementKind.MOU, "Twice", AllianceRole.PARTY, List.of(firm, firm),
                null, null, false))).isInstanceOf(InvalidInputException.class);
        assertThat(queries.all(null)).hasSize((int) before);
    }

    @Test
    void anMouIsApprovedOnlyByABoardDecisionAndSignedOnlyAfterIt() {
        UUID firm = organization(organizations, "Construction Group", "CN");
        UUID id = agreements.propose(command(AgreementKind.MOU, "MoU on green construction", AllianceRole.PARTY, List.of(firm),
                null, null, false));
        agreements.negotiate(id);
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> agreements.sign(id, today, null)).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.violations().get(0).messageKey()).isEqualTo("partnerships.agreement.error.signBeforeApproval"));
        assertThatThrownBy(() -> agreements.approve(id, today)).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.violations().get(0).messageKey()).isEqualTo("partnerships.agreement.error.boardRequired"));
        assertThat(queries.byId(id).orElseThrow().status()).isEqualTo(AgreementStatus.IN_NEGOTIATION);

        UUID decision = boardDecides(id, Outcome.ADOPTED_BY_CONSENSUS);
        AgreementView endorsed = queries.byId(id).orElseThrow();
        assertThat(endorsed.status()).isEqualTo(AgreementStatus.APPROVED);
        assertThat(endorsed.decisionId()).isEqualTo(decision);

        // the Board met on its session's day, five days on: the signing follows it
        clock.advance(Duration.ofDays(6));
        assertThatThrownBy(() -> agreements.sign(id, today, null)).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.violations().get(0).messageKey()).isEqualTo("partnerships.agreement.error.beforeApproval"));
        LocalDate signingDay = LocalDate.now(clock);
        agreements.sign(id, signingDay, null);
        AgreementView signed = queries.byId(id).orElseThrow();
        assertThat(signed.status()).as("no effective day: in force when signed").isEqualTo(AgreementStatus.ACTIVE);
        assertThat(signed.signedOn()).isEqualTo(signingDay);
        assertThat(queries.history(id)).extracting(StepView::action)
                .containsExactly("created", "negotiating", "endorsed", "signed", "activated");
        assertThat(log.find(new ActivityFilter(null, null, "agreement", id.toString(), null, null), PageRequest.of(0, 20)).items())
                .extracting(ActivityEntry::action).contains("partnerships.agreement.endorsed", "partnerships.agreement.signed");
    }

    @Test
    void aBoardRejectionEndsTheAgreementAndAnAssemblyOrAKindTheDirectorApprovesIsNeverOffered() {
        UUID firm = organization(organizations, "Framework Partner", "RU");
        UUID framework = agreements.propose(command(AgreementKind.FRAMEWORK_AGREEMENT, "Framework", AllianceRole.PARTY,
                List.of(firm), null, null, false));
        boardDecides(framework, Outcome.REJECTED);
        assertThat(queries.byId(framework).orElseThrow().status()).isEqualTo(AgreementStatus.REJECTED);

        UUID cooperation = agreements.propose(command(AgreementKind.COOPERATION_AGREEMENT, "Cooperation", AllianceRole.PARTY,
                List.of(firm), null, null, false));
        assertThatThrownBy(() -> boardDecides(cooperation, Outcome.ADOPTED_BY_CONSENSUS)).isInstanceOf(InvalidInputException.class);
        assertThat(queries.byId(cooperation).orElseThrow().status()).isEqualTo(AgreementStatus.PROPOSED);
    }

    @Test
    void aSignedAgreementTakesEffectOnItsDayExpiresAndIsRenewedByTheSchedule() {
        UUID firm = organization(organizations, "Seed Company", "TH");
        LocalDate today = LocalDate.now(clock);
        UUID id = agreements.propose(command(AgreementKind.COOPERATION_AGREEMENT, "Rice variety cooperation", AllianceRole.PARTY,
                List.of(firm), today.plusDays(10), today.plusDays(40), false));
        agreements.approve(id, today);
        assertThatThrownBy(() -> agreements.sign(id, today.minusDays(1), null)).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.violations().get(0).messageKey()).isEqualTo("partnerships.agreement.error.beforeApproval"));
        agreements.sign(id, today, null);
        assertThat(queries.byId(id).orElseThrow().status()).isEqualTo(AgreementStatus.SIGNED);

        clock.advance(Duration.ofDays(11));
        schedule.run();
        assertThat(queries.byId(id).orElseThrow().status()).isEqualTo(AgreementStatus.ACTIVE);
        clock.advance(Duration.ofDays(31));
        schedule.run();
        assertThat(queries.byId(id).orElseThrow().status()).isEqualTo(AgreementStatus.EXPIRED);

        assertThatThrownBy(() -> agreements.renew(id, today.plusDays(20), "too early")).isInstanceOf(InvalidInputException.class);
        agreements.renew(id, today.plusDays(400), "Both parties wish to go on");
        AgreementView renewed = queries.byId(id).orElseThrow();
        assertThat(renewed.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(renewed.expiresOn()).isEqualTo(today.plusDays(400));
        assertThatThrownBy(() -> agreements.terminate(id, LocalDate.now(clock), " ")).isInstanceOf(InvalidInputException.class);
        agreements.terminate(id, LocalDate.now(clock), "The variety was withdrawn");
        assertThat(queries.byId(id).orElseThrow().status()).isEqualTo(AgreementStatus.TERMINATED);
    }

    @Test
    void anAgreementSignedBeforeThePlatformIsRecordedUndatedAndInForce() {
        UUID university = organization(organizations, "Old University", "CN");
        UUID id = agreements.record(command(AgreementKind.MOU, "Old MoU", AllianceRole.PARTY, List.of(university), null, null,
                false), null, null, "Signed before the platform; the annual report gives no date", Actor.system(clock.instant()));
        AgreementView recorded = queries.byId(id).orElseThrow();
        assertThat(recorded.undated()).isTrue();
        assertThat(recorded.signedOn()).isNull();
        assertThat(recorded.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThatThrownBy(() -> agreements.record(command(AgreementKind.MOU, "Bad ref", AllianceRole.PARTY, List.of(university),
                null, null, false), null, "projects:project:" + UUID.randomUUID(), "why", Actor.system(clock.instant())))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations().get(0).field())
                        .isEqualTo("signingRef"));
    }

    private UUID boardDecides(UUID agreement, Outcome outcome) {
        Actor system = Actor.system(clock.instant());
        UUID session = sessions.create(new SessionCommand(Body.BOARD, "Board partnerships " + UUID.randomUUID().toString().substring(0, 8),
                LocalDateTime.now(clock).plusDays(5).withNano(0), "UTC", SessionMode.ONLINE, null), SessionStatus.PLANNED, system);
        return sessions.recordDecision(session, DecisionCommand.about(AgreementQueries.ref(agreement), "The Board decides the agreement.",
                outcome, null), system);
    }

    static String en(AgreementView agreement) {
        return agreement.title(Locale.ENGLISH);
    }
}
