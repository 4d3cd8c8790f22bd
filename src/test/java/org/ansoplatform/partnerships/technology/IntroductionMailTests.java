package org.ansoplatform.partnerships.technology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.partnerships.IntroductionManagement;
import org.ansoplatform.partnerships.TechnologyOfferManagement;
import org.ansoplatform.partnerships.TechnologyRepresentativeManagement;
import org.ansoplatform.partnerships.TechnologySector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sides of an introduction hear of the steps that concern them by email: the owner that an interest was forwarded,
 * without learning who is interested; both sides once they are introduced; the interested side of a refusal.
 */
class IntroductionMailTests extends IntegrationTest {

    @Autowired AccountManagement accounts;
    @Autowired OrganizationManagement organizations;
    @Autowired TechnologyRepresentativeManagement representatives;
    @Autowired TechnologyOfferManagement offers;
    @Autowired IntroductionManagement introductions;

    @Test
    void theOwnerHearsOfAForwardedInterestWithoutItsNameAndBothSidesHearOfTheirIntroduction() {
        TechnologyFixtures fixtures = new TechnologyFixtures(accounts, organizations, representatives, offers, clock);
        TechnologyFixtures.Party institute = fixtures.party("Mail Institute", "CN", OrganizationType.RESEARCH_INSTITUTE);
        TechnologyFixtures.Party firm = fixtures.party("Mail Firm", "TH", OrganizationType.COMPANY);
        String title = "Drip irrigation " + institute.name().substring(institute.name().length() - 8);
        var offer = fixtures.published(institute, TechnologyFixtures.offer(institute.organization(), title, 7,
                TechnologySector.AGRICULTURE_FOOD, List.of(6), List.of("TH")));
        var id = introductions.express(offer, firm.organization(), "For our farms", false, firm.actor(clock));
        introductions.forward(id, "", fixtures.secretariat());

        String forwarded = Mail.awaitBody(institute.person().email(), title);
        assertThat(forwarded).doesNotContain(firm.name()).doesNotContain(firm.person().email());
        assertThat(Mail.path(forwarded)).isEqualTo("/me/technology/introductions/" + id);

        introductions.accept(id, institute.actor(clock));
        assertThat(Mail.awaitBody(firm.person().email(), title)).contains("/me/technology/introductions/" + id);
    }
}
