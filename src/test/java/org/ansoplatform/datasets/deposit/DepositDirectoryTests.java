package org.ansoplatform.datasets.deposit;

import static org.ansoplatform.datasets.deposit.DepositFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.datasets.HarvestSet;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The deposit form's organizations from the directory (an organization creator, or a person's affiliation: its name,
 * ROR id and id filled from the directory, typing still possible) and the countries of places (chosen from a list in
 * the reader's language, validated); both feed the country: OAI sets and search's countries, places' countries
 * JSON-LD's spatial coverage, and the landing page links the directory's organizations.
 */
class DepositDirectoryTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired DatasetManagement datasets;
    @Autowired CurationManagement curation;
    @Autowired DatasetQueries queries;
    @Autowired DatasetPublishing publishing;
    @Autowired AccountManagement accounts;
    @Autowired OrganizationManagement organizations;

    @AfterEach
    void signOut() {
        as(null);
    }

    @Test
    void directoryOrganizationsAndPlaceCountriesAreCheckedStoredHarvestedAndShown() throws Exception {
        DepositFixtures f = new DepositFixtures(datasets, curation, accounts);
        Someone depositor = f.depositor("Dina Directory");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        UUID institute = organizations.create(new OrganizationCommand("Institute of Geography " + marker, null, "CN",
                OrganizationType.RESEARCH_INSTITUTE, OrganizationStatus.PARTNER, null, null, "034t30j35"));
        UUID university = organizations.create(new OrganizationCommand("Kyrgyz University " + marker, null, "KG",
                OrganizationType.UNIVERSITY, OrganizationStatus.PARTNER, null, null, null));

        String form = html(get("/me/datasets/new").header("Accept-Language", "fr"), depositor);
        assertThat(form).contains("creators[0].organizationId").contains("Institute of Geography " + marker);

        MockHttpServletResponse refused = send(base(marker, institute, university)
                .param("creators[2].kind", "ORGANIZATION").param("creators[2].organizationId", UUID.randomUUID().toString())
                .param("places[1].place", "Nowhere").param("places[1].country", "XX").header("Accept-Language", "fr"), depositor);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("id=\"places[1].country-error\"").contains("Choisissez un pays dans la liste.")
                .contains("id=\"creators[2].organizationId-error\"").contains("Cette organisation n’est pas dans l’annuaire.")
                .contains("Ouzbékistan");
        assertThat(queries.depositedBy(depositor.id())).isEmpty();

        MockHttpServletResponse saved = send(base(marker, institute, university), depositor);
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
        UUID id = queries.depositedBy(depositor.id()).get(0).datasetId();
        DatasetMetadata m = queries.latest(id).orElseThrow().metadata();
        assertThat(m.creators().get(0).name()).isEqualTo("Institute of Geography " + marker);
        assertThat(m.creators().get(0).ror()).isEqualTo("https://ror.org/034t30j35");
        assertThat(m.creators().get(0).organizationId()).isEqualTo(institute);
        assertThat(m.creators().get(1).affiliation()).isEqualTo("Kyrgyz University " + marker);
        assertThat(m.creators().get(1).organizationId()).isEqualTo(university);
        assertThat(m.places()).extracting(DatasetMetadata.Place::country).containsExactly("UZ");
        // the form shows the choices again
        assertThat(html(get(DatasetAddresses.mine(id)), depositor)).contains("value=\"" + institute + "\" selected=\"selected\"")
                .contains("value=\"UZ\" selected=\"selected\"");

        as(depositor);
        f.file(id, "levels.csv", "station,level\nOsh,3\n", FileAccess.OPEN, null);
        UUID versionId = f.publish(depositor, f.curator("Cora Curator"), id, queries);
        assertThat(publishing.sets(queries.version(versionId).orElseThrow())).extracting(HarvestSet::spec)
                .contains("country:CN", "country:KG", "country:UZ");
        String landing = html(get(DatasetsPaths.dataset(id)), null);
        assertThat(landing).contains("href=\"/directory/" + institute + "\"").contains("href=\"/directory/" + university + "\"")
                .contains("Uzbekistan").contains("addressCountry").contains("\"UZ\"");
    }

    @Test
    void aRowWithOnlyADirectoryOrganizationIsThatOrganizationWhateverItsKindSelector() throws Exception {
        DepositFixtures f = new DepositFixtures(datasets, curation, accounts);
        Someone depositor = f.depositor("Olga Only-Organization");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        UUID institute = organizations.create(new OrganizationCommand("Institute of Limnology " + marker, null, "KG",
                OrganizationType.RESEARCH_INSTITUTE, OrganizationStatus.PARTNER, null, null, null));

        MockHttpServletResponse saved = send(post("/me/datasets/new").param("titles[0].language", "en")
                .param("titles[0].text", "Issyk-Kul ice cover " + marker).param("creators[0].kind", "PERSON")
                .param("creators[0].organizationId", institute.toString()).param("licence", "CC-BY-4.0"), depositor);
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
        DatasetMetadata.Agent creator = queries.latest(queries.depositedBy(depositor.id()).get(0).datasetId()).orElseThrow()
                .metadata().creators().get(0);
        assertThat(creator.kind()).isEqualTo(DatasetMetadata.AgentKind.ORGANIZATION);
        assertThat(creator.name()).isEqualTo("Institute of Limnology " + marker);
        assertThat(creator.organizationId()).isEqualTo(institute);
    }

    private MockHttpServletRequestBuilder base(String marker, UUID institute, UUID university) {
        return post("/me/datasets/new").param("titles[0].language", "en").param("titles[0].text", "Osh water levels " + marker)
                .param("creators[0].kind", "ORGANIZATION").param("creators[0].name", "typed over")
                .param("creators[0].organizationId", institute.toString())
                .param("creators[1].kind", "PERSON").param("creators[1].familyName", "Doe")
                .param("creators[1].organizationId", university.toString())
                .param("places[0].place", "Osh").param("places[0].country", "uz").param("licence", "CC-BY-4.0");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Someone who) throws Exception {
        request.with(csrf());
        if (who != null) {
            request.with(who.signedIn());
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String html(MockHttpServletRequestBuilder request, Someone who) throws Exception {
        MockHttpServletResponse response = send(request, who);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }
}
