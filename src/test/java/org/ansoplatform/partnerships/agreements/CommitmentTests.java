package org.ansoplatform.partnerships.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.Organizer;
import org.ansoplatform.meetings.TestMeetings;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.partnerships.AgreementAlertDue;
import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.AgreementStatus;
import org.ansoplatform.partnerships.AllianceRole;
import org.ansoplatform.partnerships.DealConcluded;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.platform.Records;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commitments fulfilled by other modules' records, the partners' activity, what the public sees, the owner's alerts,
 * a deal drafting its agreement, and the yearly figures.
 */
@RecordApplicationEvents
class CommitmentTests extends IntegrationTest {

    @Autowired AgreementManagement agreements;
    @Autowired CommitmentManagement commitments;
    @Autowired AgreementQueries queries;
    @Autowired PartnerActivity activity;
    @Autowired PartnerDirectory partners;
    @Autowired AgreementSchedule schedule;
    @Autowired AgreementFigures figures;
    @Autowired Records records;
    @Autowired MeetingManagement meetings;
    @Autowired OrganizationManagement organizations;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEvents published;

    @Test
    void aCommitmentIsFulfilledByLinkingAMeetingThePartyOrganizedWhichIsSuggested() {
        UUID partner = AgreementTests.organization(organizations, "Provincial Government", "CN");
        UUID other = AgreementTests.organization(organizations, "Other Body", "CN");
        UUID agreement = signedMou("MoU with the province", partner, false);
        UUID commitment = commitments.add(agreement, LocalizedText.of(Map.of("en", "A joint training a year")), partner, "Secretariat",
                LocalDate.now(clock).plusMonths(6));
        UUID training = meetings.create(withOrganizer(partner, "Joint training " + UUID.randomUUID()));

        AgreementView view = queries.byId(agreement).orElseThrow();
        CommitmentView open = queries.commitment(commitment).orElseThrow();
        assertThat(activity.suggestions(view, open, Locale.ENGLISH)).extracting(PartnerActivity.Item::ref)
                .contains(new RecordRef("meetings", "meeting", training));

        assertThatThrownBy(() -> commitments.link(agreement, commitment, "meetings:meeting:" + UUID.randomUUID()))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations().get(0).messageKey())
                        .isEqualTo("partnerships.commitment.error.unknownRecord"));
        assertThatThrownBy(() -> commitments.link(agreement, commitment, "not a reference")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> commitments.add(agreement, LocalizedText.of(Map.of("en", "Not theirs")), other, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations().get(0).field())
                        .isEqualTo("organizationId"));

        commitments.link(agreement, commitment, "meetings:meeting:" + training);
        commitments.link(agreement, commitment, "meetings:meeting:" + training);
        CommitmentView fulfilled = queries.commitment(commitment).orElseThrow();
        assertThat(fulfilled.fulfilled()).isTrue();
        assertThat(fulfilled.links()).containsExactly("meetings:meeting:" + training);
        assertThat(activity.suggestions(view, fulfilled, Locale.ENGLISH)).extracting(PartnerActivity.Item::ref)
                .doesNotContain(new RecordRef("meetings", "meeting", training));
        commitments.unlink(agreement, commitment, "meetings:meeting:" + training);
        assertThat(queries.commitment(commitment).orElseThrow().fulfilled()).isFalse();
    }

    @Test
    void thePublicSeesSignedAgreementsThatAreNotConfidentialAndNothingElse() {
        UUID partner = AgreementTests.organization(organizations, "Public Partner", "UZ");
        UUID open = signedMou("Open MoU " + UUID.randomUUID(), partner, false);
        UUID secret = signedMou("Secret MoU " + UUID.randomUUID(), partner, true);
        UUID proposed = agreements.propose(AgreementTests.command(AgreementKind.COOPERATION_AGREEMENT, "Proposed " + UUID.randomUUID(),
                AllianceRole.PARTY, List.of(partner), null, null, false));

        List<UUID> shown = partners.partners(null, "UZ").stream().filter(p -> p.organizationId().equals(partner))
                .flatMap(p -> p.agreements().stream()).map(AgreementView::id).toList();
        assertThat(shown).containsExactly(open);
        assertThat(records.describe(AgreementQueries.ref(secret), Reader.anonymous(), Locale.ENGLISH).visible()).isFalse();
        assertThat(records.describe(AgreementQueries.ref(proposed), Reader.anonymous(), Locale.ENGLISH).visible()).isFalse();
        assertThat(records.describe(AgreementQueries.ref(open), Reader.anonymous(), Locale.ENGLISH).path()).isEqualTo("/partners#agreement-" + open);
        assertThat(records.describe(AgreementQueries.ref(secret), Reader.person(UUID.randomUUID(), java.util.Set.of("BOARD_MEMBER")),
                Locale.ENGLISH).visible()).isTrue();
    }

    @Test
    void theOwnerIsAlertedOnceBeforeTheExpiryAndTheNoticeDay() {
        UUID partner = AgreementTests.organization(organizations, "Expiring Partner", "KG");
        UUID owner = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        UUID id = agreements.record(new AgreementCommand(AgreementKind.COOPERATION_AGREEMENT, LocalizedText.of(Map.of("en", "Expiring")),
                null, AllianceRole.PARTY, List.of(AgreementCommand.Party.of(partner)), List.of(), today.minusYears(1), today.plusDays(60),
                30, false, owner, false), today.minusYears(1), null, "Signed on paper", Actor.system(clock.instant()));
        schedule.run();
        schedule.run();
        List<AgreementAlertDue> received = published.stream(AgreementAlertDue.class).filter(a -> owner.equals(a.ownerId())).toList();
        assertThat(received).extracting(AgreementAlertDue::kind)
                .containsExactlyInAnyOrder(AgreementAlertDue.Kind.EXPIRY, AgreementAlertDue.Kind.NOTICE);
        assertThat(received).allMatch(a -> a.path().endsWith(id.toString()));
    }

    @Test
    void aDealDraftsAConfidentialLicenceBetweenItsOrganizationsNamingTheIntroduction() {
        UUID institute = AgreementTests.organization(organizations, "Institute", "CN");
        UUID firm = AgreementTests.organization(organizations, "Firm", "UZ");
        RecordRef introduction = new RecordRef("partnerships", "introduction", UUID.randomUUID());
        transactions.executeWithoutResult(status -> events.publishEvent(new DealConcluded(introduction,
                AgreementKind.LICENCE, List.of(institute, firm), "Licence of the vaccine", Actor.system(clock.instant()))));

        AgreementView drafted = queries.ofOrganization(firm).get(0);
        assertThat(drafted.kind()).isEqualTo(AgreementKind.LICENCE);
        assertThat(drafted.status()).isEqualTo(AgreementStatus.PROPOSED);
        assertThat(drafted.confidential()).isTrue();
        assertThat(drafted.allianceRole()).isEqualTo(AllianceRole.SUPPORTER);
        assertThat(drafted.originRef()).isEqualTo(introduction.toString());
        assertThat(drafted.parties()).extracting(AgreementView.Party::organizationId).containsExactly(institute, firm);
    }

    @Test
    void theYearsFiguresCountAgreementsSignedByKindAndCountryAndThoseInForceAtItsEnd() {
        clock.advance(Duration.ofDays(365L * 40));
        int year = LocalDate.now(clock).getYear();
        UUID partner = AgreementTests.organization(organizations, "Figures Partner", "KE");
        UUID signed = agreements.record(AgreementTests.command(AgreementKind.INDUSTRIAL_PARTNERSHIP, "Counted", AllianceRole.PARTY,
                List.of(partner), null, null, false), LocalDate.of(year, 1, 2), null, "For the figures", Actor.system(clock.instant()));
        List<Figure> ofYear = figures.figures(year);
        Figure byKind = ofYear.stream().filter(f -> f.key().equals("partnerships.agreementsSigned")).findFirst().orElseThrow();
        assertThat(byKind.parts()).filteredOn(p -> p.code().equals("INDUSTRIAL_PARTNERSHIP")).singleElement()
                .satisfies(p -> assertThat(p.records()).contains(AgreementQueries.ref(signed)));
        Figure byCountry = ofYear.stream().filter(f -> f.key().equals("partnerships.agreementsByCountry")).findFirst().orElseThrow();
        assertThat(byCountry.parts()).filteredOn(p -> p.code().equals("KE")).singleElement()
                .satisfies(p -> assertThat(p.records()).contains(AgreementQueries.ref(signed)));
        assertThat(ofYear.stream().filter(f -> f.key().equals("partnerships.partnershipsInForce")).findFirst().orElseThrow().records())
                .contains(AgreementQueries.ref(signed));
        assertThat(figures.figures(year - 1).stream().filter(f -> f.key().equals("partnerships.partnershipsInForce")).findFirst()
                .orElseThrow().records()).doesNotContain(AgreementQueries.ref(signed));
    }

    private UUID signedMou(String title, UUID partner, boolean confidential) {
        return agreements.record(AgreementTests.command(AgreementKind.MOU, title, AllianceRole.PARTY, List.of(partner), null, null,
                confidential), LocalDate.now(clock).minusDays(10), null, "Signed before", Actor.system(clock.instant()));
    }

    private org.ansoplatform.meetings.MeetingCommand withOrganizer(UUID organization, String title) {
        var c = TestMeetings.course(title, null, null, false, List.of());
        return new org.ansoplatform.meetings.MeetingCommand(c.kind(), c.title(), c.description(), c.startDate(), c.endDate(),
                c.startTime(), c.endTime(), c.timeZone(), c.mode(), c.venue(), c.city(), c.country(), c.onlineLink(),
                List.of(new Organizer(organization, null)), c.themes(), c.published(), c.registrationOpen(),
                c.registrationClosesAt(), c.capacity(), c.moderated(), c.guestCertificates(), c.questions());
    }
}
