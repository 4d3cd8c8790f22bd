package org.ansoplatform.partnerships.technology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.partnerships.RepresentativeStatus;
import org.ansoplatform.partnerships.TechnologyCommand;
import org.ansoplatform.partnerships.TechnologyOfferManagement;
import org.ansoplatform.partnerships.TechnologyQueries;
import org.ansoplatform.partnerships.TechnologyRepresentativeManagement;
import org.ansoplatform.partnerships.TechnologySector;
import org.ansoplatform.partnerships.TechnologyStatus;
import org.ansoplatform.partnerships.TechnologyView;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TechnologyOfferTests extends IntegrationTest {

    @Autowired AccountManagement accounts;
    @Autowired OrganizationManagement organizations;
    @Autowired TechnologyRepresentativeManagement representatives;
    @Autowired TechnologyOfferManagement offers;
    @Autowired TechnologyQueries queries;
    @Autowired TechnologyStore store;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    private String body(TechnologyFixtures.Party party) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/me/technology")
                .with(party.person().signedIn())).andReturn().getResponse().getContentAsString();
    }

    TechnologyFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new TechnologyFixtures(accounts, organizations, representatives, offers, clock);
    }

    @Test
    void anOfferIsPublishedOnlyAfterTheSecretariatsReviewWithEveryStepRecorded() {
        TechnologyFixtures.Party institute = fixtures.party("Institute", "CN", OrganizationType.RESEARCH_INSTITUTE);
        UUID id = offers.draft(TechnologyFixtures.offer(institute.organization(), "Water filter", 7,
                TechnologySector.ENVIRONMENT_WATER, List.of(6), List.of("KG")), false, institute.actor(clock));

        assertThatThrownBy(() -> offers.publish(id, fixtures.secretariat())).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).messageKey())
                        .isEqualTo("technology.error.notReviewed"));
        assertThat(queries.byId(id).orElseThrow().status()).isEqualTo(TechnologyStatus.DRAFT);

        offers.submit(id, institute.actor(clock));
        assertThatThrownBy(() -> offers.sendBack(id, " ", fixtures.secretariat())).isInstanceOf(InvalidInputException.class);
        offers.sendBack(id, "Give the TRL's evidence", fixtures.secretariat());
        offers.submit(id, institute.actor(clock));
        offers.publish(id, fixtures.secretariat());

        TechnologyView published = queries.byId(id).orElseThrow();
        assertThat(published.status()).isEqualTo(TechnologyStatus.PUBLISHED);
        assertThat(published.expiresOn()).isEqualTo(LocalDate.now(clock).plusMonths(12));
        assertThat(queries.steps(id)).extracting(TechnologyView.Step::to).containsExactly(TechnologyStatus.DRAFT,
                TechnologyStatus.SUBMITTED, TechnologyStatus.DRAFT, TechnologyStatus.SUBMITTED, TechnologyStatus.PUBLISHED);
        assertThat(queries.steps(id).get(2).reason()).isEqualTo("Give the TRL's evidence");
        assertThat(queries.published(new TechnologyQueries.Filter(null, "Water filter", TechnologySector.ENVIRONMENT_WATER, 7,
                "KG", 6), PageRequest.of(0, 100)).items()).extracting(TechnologyView::id).contains(id);
        assertThat(queries.published(new TechnologyQueries.Filter(null, "Water filter", null, 8, null, null),
                PageRequest.of(0, 100)).items()).extracting(TechnologyView::id).doesNotContain(id);
    }

    @Test
    void aTrlOutsideOneToNineIsRefusedAndNothingIsStored() {
        TechnologyFixtures.Party institute = fixtures.party("Institute", "CN", OrganizationType.RESEARCH_INSTITUTE);
        int before = queries.ofOrganizations(List.of(institute.organization())).size();
        for (int trl : new int[] {0, 10}) {
            TechnologyCommand command = TechnologyFixtures.offer(institute.organization(), "Bad TRL", trl,
                    TechnologySector.ENERGY, List.of(7), List.of());
            assertThatThrownBy(() -> offers.draft(command, false, institute.actor(clock)))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                            .anySatisfy(v -> assertThat(v.field() + " " + v.messageKey()).isEqualTo("trl technology.error.trl")));
        }
        assertThat(queries.ofOrganizations(List.of(institute.organization()))).hasSize(before);
    }

    @Test
    void everyBadFieldIsRefusedAtOnceWithItsOwnMessage() {
        TechnologyFixtures.Party firm = fixtures.party("Firm", "TH", OrganizationType.COMPANY);
        TechnologyCommand offer = new TechnologyCommand(org.ansoplatform.partnerships.TechnologyKind.OFFER, firm.organization(),
                org.ansoplatform.shared.LocalizedText.of(java.util.Map.of("zh", "只有中文")), null, null, UUID.randomUUID(), null, 5,
                null, org.ansoplatform.partnerships.IpStatus.PATENT_PENDING, " ", List.of(), List.of(0, 18), List.of("XX"),
                List.of(), null, null, null);
        assertThatThrownBy(() -> offers.draft(offer, false, firm.actor(clock))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(v -> v.field() + " " + v.messageKey())
                        .contains("title technology.error.firstLanguage", "summary technology.error.firstLanguage",
                                "projectId technology.error.project", "patentNumbers technology.error.patentNumbers",
                                "sectors technology.error.sectors", "sdgs technology.error.sdg", "countries technology.error.country"));
        TechnologyCommand request = new TechnologyCommand(org.ansoplatform.partnerships.TechnologyKind.REQUEST, firm.organization(),
                org.ansoplatform.shared.LocalizedText.of("Need", null), org.ansoplatform.shared.LocalizedText.of("A need", null), null,
                null, null, 5, null, null, null, List.of(TechnologySector.ENERGY), List.of(), List.of(), List.of(),
                new java.math.BigDecimal("500"), new java.math.BigDecimal("100"), null);
        assertThatThrownBy(() -> offers.draft(request, false, firm.actor(clock))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(v -> v.field() + " " + v.messageKey())
                        .containsExactlyInAnyOrder("budgetMax technology.error.budgetRange", "budgetCurrency technology.error.currency"));
        assertThat(queries.ofOrganizations(List.of(firm.organization()))).isEmpty();
    }

    @Test
    void onlyAConfirmedRepresentativeActsForTheOrganization() {
        TechnologyFixtures.Party institute = fixtures.party("Institute", "CN", OrganizationType.RESEARCH_INSTITUTE);
        TechnologyFixtures.Party other = fixtures.party("Other", "PK", OrganizationType.UNIVERSITY);
        TechnologyCommand command = TechnologyFixtures.offer(institute.organization(), "Not yours", 5, TechnologySector.ENERGY,
                List.of(), List.of());
        assertThatThrownBy(() -> offers.draft(command, false, other.actor(clock))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).messageKey())
                        .isEqualTo("technology.error.notRepresentative"));

        // asked but not yet confirmed: still refused; refused with a reason: the person reads it
        UUID asked = representatives.request(institute.organization(), "", "", other.actor(clock));
        assertThatThrownBy(() -> offers.draft(command, false, other.actor(clock))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> representatives.request(institute.organization(), "", "", other.actor(clock)))
                .isInstanceOf(InvalidInputException.class);
        representatives.refuse(asked, "Not on the institute's staff list");
        assertThat(queries.representativesOf(other.person().id())).filteredOn(r -> r.id().equals(asked))
                .singleElement().satisfies(r -> {
                    assertThat(r.status()).isEqualTo(RepresentativeStatus.REFUSED);
                    assertThat(r.reason()).isEqualTo("Not on the institute's staff list");
                });
    }

    @Test
    void aPublishedOfferExpiresAfterItsValidityUnlessRenewed() throws Exception {
        TechnologyFixtures.Party institute = fixtures.party("Institute", "CN", OrganizationType.RESEARCH_INSTITUTE);
        UUID kept = fixtures.published(institute, TechnologyFixtures.offer(institute.organization(), "Kept", 6,
                TechnologySector.ENERGY, List.of(7), List.of()));
        UUID lapsed = fixtures.published(institute, TechnologyFixtures.offer(institute.organization(), "Lapsed", 6,
                TechnologySector.ENERGY, List.of(7), List.of()));
        clock.advance(Duration.ofDays(350));
        assertThat(body(institute)).contains("expires-soon");
        offers.renew(kept, institute.actor(clock));
        clock.advance(Duration.ofDays(50));
        // the job's own selection, then its step on this test's row only: running it would expire the demo's and others'
        List<UUID> due = store.expiring(LocalDate.now(clock));
        assertThat(due).contains(lapsed).doesNotContain(kept);
        offers.expire(lapsed, org.ansoplatform.shared.Actor.system(clock.instant()));

        assertThat(queries.byId(lapsed).orElseThrow().status()).isEqualTo(TechnologyStatus.EXPIRED);
        assertThat(queries.byId(kept).orElseThrow().status()).isEqualTo(TechnologyStatus.PUBLISHED);
        offers.renew(lapsed, institute.actor(clock));
        assertThat(queries.byId(lapsed).orElseThrow().status()).isEqualTo(TechnologyStatus.PUBLISHED);
    }
}
