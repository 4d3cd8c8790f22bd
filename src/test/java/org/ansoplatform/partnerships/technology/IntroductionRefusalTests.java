package org.ansoplatform.partnerships.technology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.FieldErrors;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.partnerships.IntroductionManagement;
import org.ansoplatform.partnerships.IntroductionStatus;
import org.ansoplatform.partnerships.TechnologyOfferManagement;
import org.ansoplatform.partnerships.TechnologyQueries;
import org.ansoplatform.partnerships.TechnologyRepresentativeManagement;
import org.ansoplatform.partnerships.TechnologySector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A refused step of an introduction shows its reason next to the field of the form that was posted, and changes nothing. */
class IntroductionRefusalTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired OrganizationManagement organizations;
    @Autowired TechnologyRepresentativeManagement representatives;
    @Autowired TechnologyOfferManagement offers;
    @Autowired IntroductionManagement introductions;
    @Autowired TechnologyQueries queries;

    @Test
    void aDeclineWithoutReasonAndASignedOutcomeWithoutItsKindAreRefusedNextToTheirFields() throws Exception {
        TechnologyFixtures fixtures = new TechnologyFixtures(accounts, organizations, representatives, offers, clock);
        TechnologyFixtures.Party institute = fixtures.party("Refusal Institute", "CN", OrganizationType.RESEARCH_INSTITUTE);
        TechnologyFixtures.Party firm = fixtures.party("Refusal Firm", "VN", OrganizationType.COMPANY);
        UUID offer = fixtures.published(institute, TechnologyFixtures.offer(institute.organization(), "Solar dryer", 6,
                TechnologySector.AGRICULTURE_FOOD, List.of(7), List.of("VN")));
        UUID id = introductions.express(offer, firm.organization(), "", false, firm.actor(clock));

        String declined = mvc.perform(post("/secretariat/technology/introductions/" + id + "/decline").with(csrf())
                        .with(org.ansoplatform.Someone.register(accounts, "Mediating secretary", "SECRETARIAT").signedIn()).locale(Locale.forLanguageTag("vi")).param("reason", " "))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(FieldErrors.of(declined, "declineReason")).isNotBlank();
        assertThat(queries.introduction(id).orElseThrow().status()).isEqualTo(IntroductionStatus.EXPRESSED);

        introductions.forward(id, "", fixtures.secretariat());
        introductions.accept(id, institute.actor(clock));
        String outcome = mvc.perform(post("/me/technology/introductions/" + id + "/outcome").with(csrf())
                        .with(firm.person().signedIn()).param("outcome", "AGREEMENT_SIGNED").param("kind", ""))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(FieldErrors.of(outcome, "kind")).isNotBlank();
        assertThat(queries.introduction(id).orElseThrow().status()).isEqualTo(IntroductionStatus.INTRODUCED);
    }
}
