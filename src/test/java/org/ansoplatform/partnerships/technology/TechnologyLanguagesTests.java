package org.ansoplatform.partnerships.technology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.partnerships.IntroductionManagement;
import org.ansoplatform.partnerships.TechnologyOfferManagement;
import org.ansoplatform.partnerships.TechnologyRepresentativeManagement;
import org.ansoplatform.partnerships.TechnologySector;
import org.ansoplatform.platform.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every page of the platform in every configured language, with no message left unresolved. */
class TechnologyLanguagesTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired Languages languages;
    @Autowired AccountManagement accounts;
    @Autowired OrganizationManagement organizations;
    @Autowired TechnologyRepresentativeManagement representatives;
    @Autowired TechnologyOfferManagement offers;
    @Autowired IntroductionManagement introductions;

    @Test
    void everyPageSpeaksEveryLanguage() throws Exception {
        TechnologyFixtures fixtures = new TechnologyFixtures(accounts, organizations, representatives, offers, clock);
        TechnologyFixtures.Party institute = fixtures.party("Institute", "CN", OrganizationType.RESEARCH_INSTITUTE);
        TechnologyFixtures.Party firm = fixtures.party("Firm", "TH", OrganizationType.COMPANY);
        Someone secretary = Someone.register(accounts, "Secretary", "SECRETARIAT");
        UUID offer = fixtures.published(institute, TechnologyFixtures.offer(institute.organization(), "Languages", 7,
                TechnologySector.ENVIRONMENT_WATER, List.of(6), List.of("TH")));
        UUID request = fixtures.published(firm, TechnologyFixtures.request(firm.organization(), "Languages wanted", 5,
                TechnologySector.ENVIRONMENT_WATER, List.of(6), List.of("TH")));
        UUID id = introductions.express(offer, firm.organization(), "", false, firm.actor(clock));
        introductions.forward(id, "", fixtures.secretariat());

        for (String language : languages.tags()) {
            check(language, "/technology", null);
            check(language, "/technology/offers/" + offer, institute.person().signedIn());
            check(language, "/technology/requests/" + request, firm.person().signedIn());
            check(language, "/technology/offers/" + offer, firm.person().signedIn());
            check(language, "/me/technology", firm.person().signedIn());
            check(language, "/me/technology/new?kind=OFFER", institute.person().signedIn());
            check(language, "/me/technology/new?kind=REQUEST", firm.person().signedIn());
            check(language, "/me/technology/introductions/" + id, institute.person().signedIn());
            check(language, "/secretariat/technology", secretary.signedIn());
            check(language, "/secretariat/technology/introductions/" + id, secretary.signedIn());
        }
    }

    private void check(String language, String path, RequestPostProcessor who) throws Exception {
        var request = get(path).header("Accept-Language", language);
        MockHttpServletResponse response = mvc.perform(who == null ? request : request.with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(language + " " + path).isEqualTo(200);
        assertThat(response.getContentAsString()).as(language + " " + path).contains("lang=\"" + language + "\"")
                .doesNotContain("??");
    }
}
