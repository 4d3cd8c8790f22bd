package org.ansoplatform.partnerships.technology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.partnerships.IntroductionManagement;
import org.ansoplatform.partnerships.TechnologyKind;
import org.ansoplatform.partnerships.TechnologyOfferManagement;
import org.ansoplatform.partnerships.TechnologyQueries;
import org.ansoplatform.partnerships.TechnologyRepresentativeManagement;
import org.ansoplatform.partnerships.TechnologySector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The platform's pages and API for each kind of reader: the public, a party, a third organization, the Secretariat. */
class TechnologyWebTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired OrganizationManagement organizations;
    @Autowired TechnologyRepresentativeManagement representatives;
    @Autowired TechnologyOfferManagement offers;
    @Autowired IntroductionManagement introductions;
    @Autowired TechnologyQueries queries;

    TechnologyFixtures fixtures;
    TechnologyFixtures.Party institute;
    TechnologyFixtures.Party firm;
    TechnologyFixtures.Party third;
    Someone secretary;
    UUID offer;
    UUID request;
    String marker;

    @BeforeEach
    void fixtures() {
        fixtures = new TechnologyFixtures(accounts, organizations, representatives, offers, clock);
        institute = fixtures.party("Institute", "CN", OrganizationType.RESEARCH_INSTITUTE);
        firm = fixtures.party("Firm", "TH", OrganizationType.COMPANY);
        third = fixtures.party("Third", "KE", OrganizationType.COMPANY);
        secretary = Someone.register(accounts, "Secretary", "SECRETARIAT");
        marker = UUID.randomUUID().toString();
        offer = fixtures.published(institute, TechnologyFixtures.offer(institute.organization(), "Drought-tolerant rice "
                + marker, 8, TechnologySector.AGRICULTURE_FOOD, List.of(2), List.of("TH")));
        request = fixtures.published(firm, TechnologyFixtures.request(firm.organization(), "Rice seed wanted", 6,
                TechnologySector.AGRICULTURE_FOOD, List.of(2), List.of("TH")));
    }

    @Test
    void thePublicSeesPublishedItemsOnlyAndARequestWithoutItsOrganization() throws Exception {
        UUID draft = offers.draft(TechnologyFixtures.offer(institute.organization(), "Unpublished", 3, TechnologySector.ENERGY,
                List.of(), List.of()), false, institute.actor(clock));
        assertThat(status(get("/technology/offers/" + offer))).isEqualTo(200);
        assertThat(status(get("/technology/offers/" + draft))).isEqualTo(404);
        assertThat(status(get("/technology/offers/" + draft).with(third.person().signedIn()))).isEqualTo(404);
        assertThat(status(get("/technology/offers/" + draft).with(institute.person().signedIn()))).isEqualTo(200);
        assertThat(status(get("/technology/offers/" + draft).with(secretary.signedIn()))).isEqualTo(200);
        assertThat(status(get("/technology/requests/" + offer))).isEqualTo(404);
        assertThat(status(get("/api/v1/technology/offers/" + draft))).isEqualTo(404);
        assertThat(status(get("/api/v1/technology/offers/" + draft).with(institute.person().signedIn()))).isEqualTo(200);

        String page = body(get("/technology/requests/" + request));
        assertThat(page).contains("Rice seed wanted").doesNotContain(firm.name());
        assertThat(body(get("/api/v1/technology/requests/" + request))).doesNotContain(firm.name())
                .doesNotContain(firm.organization().toString());
        assertThat(body(get("/technology/offers/" + offer))).contains(institute.name());
        assertThat(body(get("/technology").param("q", marker).param("sector", "AGRICULTURE_FOOD").param("trl", "8").param("country", "TH")
                .param("sdg", "2").param("kind", "OFFER"))).contains(offer.toString()).doesNotContain(draft.toString());
        assertThat(body(get("/api/v1/technology/offers").param("size", "100").param("q", marker)))
                .contains(offer.toString()).doesNotContain(draft.toString());
    }

    @Test
    void aRequestsOwnerSeesTheFittingOfferAmongItsMatchesWithTheReasons() throws Exception {
        // a country no other test targets, so that this offer leads the matches however many others the suite published
        String country = List.of("TO", "WS", "VU", "SB", "KI", "TV", "NR", "PW", "MH").get((int) (System.nanoTime() % 9));
        UUID fitting = fixtures.published(institute, TechnologyFixtures.offer(institute.organization(), "Island rice", 8,
                TechnologySector.AGRICULTURE_FOOD, List.of(2), List.of(country)));
        UUID need = offers.draft(TechnologyFixtures.request(firm.organization(), "Island rice wanted", 6,
                TechnologySector.AGRICULTURE_FOOD, List.of(2), List.of(country)), false, firm.actor(clock));
        String page = body(get("/technology/requests/" + need).with(firm.person().signedIn()));
        assertThat(page).contains("data-technology=\"" + fitting + "\"").contains("Same sector: Agriculture and food")
                .contains("Ready enough: TRL 8 where TRL 6 is required");
        String chinese = body(get("/technology/requests/" + need).with(firm.person().signedIn()).header("Accept-Language", "zh"));
        assertThat(chinese).contains("相同领域：农业与食品");
        assertThat(body(get("/me/technology").with(firm.person().signedIn()))).contains("class=\"match-count\"")
                .containsPattern("[1-9][0-9]* match");
        assertThat(body(get("/technology/requests/" + request).with(third.person().signedIn()))).doesNotContain("class=\"matches\"");
    }

    @Test
    void aThirdOrganizationSeesNothingOfAnIntroductionBetweenTwoOthers() throws Exception {
        UUID id = introductions.express(offer, firm.organization(), "Contact us", false, firm.actor(clock));
        introductions.forward(id, "", fixtures.secretariat());
        introductions.accept(id, institute.actor(clock));

        assertThat(status(get("/me/technology/introductions/" + id).with(third.person().signedIn()))).isEqualTo(404);
        assertThat(status(get("/api/v1/technology/interests/" + id).with(third.person().signedIn()))).isEqualTo(404);
        assertThat(body(get("/api/v1/technology/interests").with(third.person().signedIn()))).doesNotContain(id.toString());
        assertThat(body(get("/me/technology").with(third.person().signedIn()))).doesNotContain(id.toString());
        assertThat(status(get("/secretariat/technology/introductions/" + id).with(third.person().signedIn()))).isEqualTo(403);
        assertThat(status(post("/me/technology/introductions/" + id + "/outcome").with(csrf()).with(third.person().signedIn())
                .param("outcome", "NO_DEAL"))).isEqualTo(404);
        assertThat(status(get("/api/v1/technology/interests/" + id))).isIn(302, 401);
        assertThat(body(get("/secretariat/technology/introductions/" + id).with(secretary.signedIn()))).contains(firm.name())
                .contains(institute.name());
        assertThat(body(get("/secretariat/technology").with(secretary.signedIn()))).contains(id.toString());
        assertThat(body(get("/me/technology").with(firm.person().signedIn()))).contains(id.toString());
    }

    @Test
    void eachSideLearnsWhoTheOtherIsOnlyWhenBothAgreed() throws Exception {
        UUID id = introductions.express(offer, firm.organization(), "", false, firm.actor(clock));
        assertThat(status(get("/me/technology/introductions/" + id).with(institute.person().signedIn()))).isEqualTo(404);
        introductions.forward(id, "", fixtures.secretariat());

        String owner = body(get("/me/technology/introductions/" + id).with(institute.person().signedIn()));
        assertThat(owner).doesNotContain(firm.name()).doesNotContain(firm.person().email()).contains("Company in Thailand");
        String interested = body(get("/me/technology/introductions/" + id).with(firm.person().signedIn()));
        assertThat(interested).doesNotContain(institute.person().email());
        assertThat(body(get("/api/v1/technology/interests/" + id).with(institute.person().signedIn())))
                .doesNotContain(firm.name()).doesNotContain(firm.person().email()).doesNotContain(firm.organization().toString());

        assertThat(status(post("/me/technology/introductions/" + id + "/accept").with(csrf()).with(institute.person().signedIn())))
                .isEqualTo(302);
        assertThat(body(get("/me/technology/introductions/" + id).with(institute.person().signedIn())))
                .contains(firm.name()).contains(firm.person().email());
        assertThat(body(get("/me/technology/introductions/" + id).with(firm.person().signedIn())))
                .contains(institute.name()).contains(institute.person().email());
    }

    @Test
    void anOwnerEditsItsDraftAndNobodyElseReachesTheForm() throws Exception {
        UUID draft = offers.draft(TechnologyFixtures.offer(institute.organization(), "Editable", 3, TechnologySector.ENERGY,
                List.of(), List.of()), false, institute.actor(clock));
        assertThat(body(get("/me/technology/new").param("kind", "OFFER").with(institute.person().signedIn())))
                .contains("id=\"projectId\"").contains("KG-WaterStations");
        assertThat(body(get("/me/technology/new").param("kind", "REQUEST").with(firm.person().signedIn()))).contains("id=\"budgetMin\"");
        assertThat(body(get("/me/technology/" + draft + "/edit").with(institute.person().signedIn()))).contains("Editable");
        assertThat(status(get("/me/technology/" + draft + "/edit").with(third.person().signedIn()))).isEqualTo(404);
        assertThat(status(post("/me/technology/" + draft + "/edit").with(csrf()).with(institute.person().signedIn())
                .param("title[en]", "Edited").param("summary[en]", "Now edited").param("trl", "4").param("sectors", "ENERGY")
                .param("ipStatus", "OPEN"))).isEqualTo(302);
        assertThat(queries.byId(draft).orElseThrow().title().get("en")).isEqualTo("Edited");
        assertThat(status(post("/me/technology/" + draft + "/submit").with(csrf()).with(third.person().signedIn()))).isEqualTo(404);
    }

    @Test
    void aTrlOutsideOneToNineIsRefusedNextToItsFieldInTheReadersLanguageAndNothingIsStored() throws Exception {
        int before = queries.ofOrganizations(List.of(institute.organization())).size();
        MockHttpServletResponse response = mvc.perform(post("/me/technology/new").with(csrf()).with(institute.person().signedIn())
                .header("Accept-Language", "fr").param("kind", TechnologyKind.OFFER.name())
                .param("organizationId", institute.organization().toString()).param("title[en]", "Too ready")
                .param("summary[en]", "Beyond nine").param("trl", "12").param("sectors", "ENERGY").param("ipStatus", "OPEN"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("id=\"trl-error\"")
                .contains("Le niveau de maturité doit aller de 1 à 9, pas 12.");
        assertThat(queries.ofOrganizations(List.of(institute.organization()))).hasSize(before);

        MockHttpServletResponse typo = mvc.perform(post("/me/technology/new").with(csrf()).with(institute.person().signedIn())
                .param("kind", "OFFER").param("organizationId", institute.organization().toString()).param("trl", "high"))
                .andReturn().getResponse();
        assertThat(typo.getStatus()).isEqualTo(422);
    }

    @Test
    void interestExpressedTwiceIsRefusedWithAMessage() throws Exception {
        MockHttpServletRequestBuilder express = post("/me/technology/interests").with(csrf()).with(firm.person().signedIn())
                .param("technologyId", offer.toString()).param("organizationId", firm.organization().toString());
        assertThat(status(express)).isEqualTo(302);
        MockHttpServletResponse second = mvc.perform(post("/me/technology/interests").with(csrf()).with(firm.person().signedIn())
                .header("Accept-Language", "es").param("technologyId", offer.toString())
                .param("organizationId", firm.organization().toString())).andReturn().getResponse();
        assertThat(second.getStatus()).isEqualTo(422);
        assertThat(second.getContentAsString()).contains("id=\"interestOrganization-error\"")
                .contains("Su organización ya expresó interés en esta ficha.");
        assertThat(queries.introductionsOf(List.of(firm.organization()))).hasSize(1);
    }

    @Test
    void anOwnersImageIsPublicWithItsPublishedItemAndNobodyElseAddsFiles() throws Exception {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        org.springframework.mock.web.MockMultipartFile file = new org.springframework.mock.web.MockMultipartFile("file",
                "unit.png", "image/png", png.toByteArray());
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/me/technology/"
                + offer + "/files").file(file).param("image", "true").with(csrf()).with(third.person().signedIn()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/me/technology/" + offer + "/files")
                .file(file).param("image", "true").with(csrf()).with(institute.person().signedIn())).andReturn();
        List<org.ansoplatform.partnerships.TechnologyView.Attachment> attachments = queries.attachments(offer);
        assertThat(attachments).singleElement().satisfies(a -> assertThat(a.image()).isTrue());
        String path = "/technology/offers/" + offer + "/files/" + attachments.get(0).fileId();
        assertThat(body(get("/technology/offers/" + offer))).contains(path);
        MockHttpServletResponse image = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(image.getStatus()).isEqualTo(200);
        assertThat(image.getContentType()).isEqualTo("image/png");
        assertThat(status(get("/technology/offers/" + offer + "/files/" + UUID.randomUUID()))).isEqualTo(404);
    }

    @Test
    void theApiTakesAnInterestOnceAndShowsItToItsPartiesOnly() throws Exception {
        String json = "{\"technologyId\":\"" + offer + "\",\"organizationId\":\"" + firm.organization() + "\"}";
        MockHttpServletResponse created = mvc.perform(post("/api/v1/technology/interests").with(csrf()).with(firm.person().signedIn())
                .contentType("application/json").content(json)).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getContentAsString()).contains("\"status\":\"EXPRESSED\"").doesNotContain(institute.person().email());
        MockHttpServletResponse again = mvc.perform(post("/api/v1/technology/interests").with(csrf()).with(firm.person().signedIn())
                .contentType("application/json").content(json)).andReturn().getResponse();
        assertThat(again.getStatus()).isBetween(400, 422);
        assertThat(again.getContentAsString()).contains("organizationId");
        assertThat(body(get("/api/v1/technology/interests").with(firm.person().signedIn()))).contains(offer.toString());
        // not forwarded yet: the owner's side does not see it
        assertThat(body(get("/api/v1/technology/interests").with(institute.person().signedIn()))).doesNotContain(offer.toString());
        assertThat(body(get("/api/v1/technology/interests").with(secretary.signedIn()))).contains(offer.toString());
    }

    @Test
    void sendingBackWithoutAReasonIsRefusedNextToTheReasonAndChangesNothing() throws Exception {
        UUID submitted = offers.draft(TechnologyFixtures.offer(institute.organization(), "Reasonless", 5, TechnologySector.ENERGY,
                List.of(), List.of()), false, institute.actor(clock));
        offers.submit(submitted, institute.actor(clock));
        MockHttpServletResponse response = mvc.perform(post("/secretariat/technology/" + submitted + "/send-back").with(csrf())
                .with(secretary.signedIn()).param("reason", " ")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("id=\"sendBackReason-error\"");
        assertThat(queries.byId(submitted).orElseThrow().status()).isEqualTo(org.ansoplatform.partnerships.TechnologyStatus.SUBMITTED);
        MockHttpServletResponse archive = mvc.perform(post("/me/technology/" + submitted + "/archive").with(csrf())
                .with(institute.person().signedIn()).param("reason", "")).andReturn().getResponse();
        assertThat(archive.getStatus()).isEqualTo(422);
        assertThat(archive.getContentAsString()).contains("id=\"archiveReason-error\"");
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }
}
