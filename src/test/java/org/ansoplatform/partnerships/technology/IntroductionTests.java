package org.ansoplatform.partnerships.technology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.DealConcluded;
import org.ansoplatform.partnerships.IntroductionManagement;
import org.ansoplatform.partnerships.IntroductionStatus;
import org.ansoplatform.partnerships.IntroductionView;
import org.ansoplatform.partnerships.TechnologyAccess;
import org.ansoplatform.partnerships.TechnologyChanged;
import org.ansoplatform.partnerships.TechnologyOfferManagement;
import org.ansoplatform.partnerships.TechnologyQueries;
import org.ansoplatform.partnerships.TechnologyRepresentativeManagement;
import org.ansoplatform.partnerships.TechnologySector;
import org.ansoplatform.partnerships.TechnologyView;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.Reader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class IntroductionTests extends IntegrationTest {

    @Autowired AccountManagement accounts;
    @Autowired OrganizationManagement organizations;
    @Autowired TechnologyRepresentativeManagement representatives;
    @Autowired TechnologyOfferManagement offers;
    @Autowired IntroductionManagement introductions;
    @Autowired TechnologyQueries queries;
    @Autowired TechnologyAccess access;
    @Autowired ApplicationEvents events;

    TechnologyFixtures fixtures;
    TechnologyFixtures.Party institute;
    TechnologyFixtures.Party firm;
    TechnologyFixtures.Party third;
    UUID offer;

    @BeforeEach
    void fixtures() {
        fixtures = new TechnologyFixtures(accounts, organizations, representatives, offers, clock);
        institute = fixtures.party("Institute", "CN", OrganizationType.RESEARCH_INSTITUTE);
        firm = fixtures.party("Firm", "TH", OrganizationType.COMPANY);
        third = fixtures.party("Third", "KE", OrganizationType.COMPANY);
        offer = fixtures.published(institute, TechnologyFixtures.offer(institute.organization(), "Rice variety", 8,
                TechnologySector.AGRICULTURE_FOOD, List.of(2), List.of("TH")));
    }

    @Test
    void anInterestBecomesAnIntroductionOnlyWhenTheSecretariatForwardsItAndTheOwnerAccepts() {
        UUID id = introductions.express(offer, firm.organization(), "We grow rice in Thailand", false, firm.actor(clock));
        Reader owner = reader(institute);
        Reader interested = reader(firm);

        // the owner's side sees nothing before the Secretariat forwards it
        assertThat(queries.introductionsOf(List.of(institute.organization()))).extracting(IntroductionView::id).doesNotContain(id);
        assertThatThrownBy(() -> introductions.accept(id, institute.actor(clock))).isInstanceOf(InvalidInputException.class);

        introductions.forward(id, "", fixtures.secretariat());
        IntroductionView forwarded = queries.introduction(id).orElseThrow();
        TechnologyView item = queries.byId(offer).orElseThrow();
        assertThat(access.mayRead(forwarded, item, owner)).isTrue();
        assertThat(access.identitiesShown(forwarded, owner)).isFalse();
        assertThat(access.identitiesShown(forwarded, interested)).isFalse();

        // only the owner's side accepts
        assertThatThrownBy(() -> introductions.accept(id, firm.actor(clock))).isInstanceOf(InvalidInputException.class);
        introductions.accept(id, institute.actor(clock));
        IntroductionView introduced = queries.introduction(id).orElseThrow();
        assertThat(introduced.status()).isEqualTo(IntroductionStatus.INTRODUCED);
        assertThat(access.identitiesShown(introduced, owner)).isTrue();
        assertThat(access.identitiesShown(introduced, interested)).isTrue();
        assertThat(queries.introductionSteps(id)).extracting(IntroductionView.Step::to).containsExactly(
                IntroductionStatus.EXPRESSED, IntroductionStatus.FORWARDED, IntroductionStatus.INTRODUCED);
        assertThat(events.stream(TechnologyChanged.class).filter(e -> e.recordId().equals(id.toString()))
                .map(TechnologyChanged::action)).containsExactly("technology.introduction.expressed",
                "technology.introduction.forwarded", "technology.introduction.introduced");
    }

    @Test
    void anOrganizationExpressesInterestOnceAndNeverInItsOwnOrAnUnpublishedItem() {
        introductions.express(offer, firm.organization(), "", false, firm.actor(clock));
        assertThatThrownBy(() -> introductions.express(offer, firm.organization(), "again", false, firm.actor(clock)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).messageKey())
                        .isEqualTo("technology.error.interestTwice"));
        assertThatThrownBy(() -> introductions.express(offer, institute.organization(), "", false, institute.actor(clock)))
                .isInstanceOf(InvalidInputException.class);
        UUID draft = offers.draft(TechnologyFixtures.offer(institute.organization(), "Draft", 4, TechnologySector.ENERGY,
                List.of(), List.of()), false, institute.actor(clock));
        assertThatThrownBy(() -> introductions.express(draft, firm.organization(), "", false, firm.actor(clock)))
                .isInstanceOf(InvalidInputException.class);
        // a person who does not represent the organization cannot speak for it
        assertThatThrownBy(() -> introductions.express(offer, firm.organization(), "", false, third.actor(clock)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(queries.introductionsOf(List.of(firm.organization()))).hasSize(1);
    }

    @Test
    void aThirdOrganizationSeesNothingOfAnIntroductionBetweenTwoOthers() {
        UUID id = introductions.express(offer, firm.organization(), "", false, firm.actor(clock));
        introductions.forward(id, "", fixtures.secretariat());
        introductions.accept(id, institute.actor(clock));
        IntroductionView introduction = queries.introduction(id).orElseThrow();
        TechnologyView item = queries.byId(offer).orElseThrow();

        assertThat(queries.introductionsOf(List.of(third.organization()))).extracting(IntroductionView::id).doesNotContain(id);
        assertThat(access.mayRead(introduction, item, reader(third))).isFalse();
        assertThat(access.mayRead(introduction, item, Reader.anonymous())).isFalse();
        assertThatThrownBy(() -> introductions.recordOutcome(id, IntroductionStatus.NO_DEAL, null, "", false, third.actor(clock)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSignedLicencePublishesDealConcludedForTheAgreementsSide() {
        UUID id = introductions.express(offer, firm.organization(), "", false, firm.actor(clock));
        introductions.forward(id, "", fixtures.secretariat());
        introductions.accept(id, institute.actor(clock));
        introductions.recordOutcome(id, IntroductionStatus.NEGOTIATING, null, "Terms under discussion", false, firm.actor(clock));
        assertThatThrownBy(() -> introductions.recordOutcome(id, IntroductionStatus.AGREEMENT_SIGNED, AgreementKind.MOU, "",
                false, firm.actor(clock))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> introductions.recordOutcome(id, IntroductionStatus.AGREEMENT_SIGNED, null, "",
                false, firm.actor(clock))).isInstanceOf(InvalidInputException.class);
        introductions.recordOutcome(id, IntroductionStatus.AGREEMENT_SIGNED, AgreementKind.LICENCE, "Signed", false,
                institute.actor(clock));

        assertThat(events.stream(DealConcluded.class).filter(d -> d.introduction().equals(IntroductionManagement.ref(id))))
                .singleElement().satisfies(deal -> {
                    assertThat(deal.kind()).isEqualTo(AgreementKind.LICENCE);
                    assertThat(deal.organizationIds()).containsExactly(institute.organization(), firm.organization());
                    assertThat(deal.title()).isEqualTo("Licence: Rice variety");
                    assertThat(deal.actor().personId()).isEqualTo(institute.person().id());
                });
        assertThat(queries.introduction(id).orElseThrow().agreementKind()).isEqualTo(AgreementKind.LICENCE);
        // closed: nothing more happens to it
        assertThatThrownBy(() -> introductions.recordOutcome(id, IntroductionStatus.NO_DEAL, null, "", true, fixtures.secretariat()))
                .isInstanceOf(InvalidInputException.class);
    }

    private Reader reader(TechnologyFixtures.Party party) {
        return Reader.person(party.person().id(), java.util.Set.of("APPLICANT"));
    }
}
