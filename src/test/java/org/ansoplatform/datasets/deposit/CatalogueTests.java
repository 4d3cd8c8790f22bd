package org.ansoplatform.datasets.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.datasets.deposit.CataloguePage.FacetCount;
import org.ansoplatform.datasets.deposit.DatasetMetadata.Agent;
import org.ansoplatform.datasets.deposit.DatasetMetadata.AgentKind;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.projects.PublicProject;
import org.ansoplatform.projects.PublicProjectQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public catalogue {@code /datasets}: published datasets only (latest version each), words in any language,
 * facets counted over what the filter matches and narrowing each other, a project's and an organization's catalogue.
 */
class CatalogueTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired DatasetManagement datasets;
    @Autowired CurationManagement curation;
    @Autowired DatasetQueries queries;
    @Autowired CatalogueQueries catalogue;
    @Autowired AccountManagement accounts;
    @Autowired PublicProjectQueries projects;
    @Autowired OrganizationQueries organizations;

    DepositFixtures fixtures;
    Someone depositor;
    Someone curator;
    String marker;

    @BeforeEach
    void people() {
        fixtures = new DepositFixtures(datasets, curation, accounts);
        depositor = fixtures.depositor("Catalogue Depositor");
        curator = fixtures.curator("Catalogue Curator");
        marker = "cat" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void signOut() {
        DepositFixtures.as(null);
    }

    DatasetMetadata metadata(String title, String zhTitle, String subject, List<Integer> sdgs, String place, String licence,
            UUID projectId, UUID organizationId) {
        return new DatasetMetadata(List.of(new DatasetMetadata.Text("en", title), new DatasetMetadata.Text("zh", zhTitle)),
                List.of(new DatasetMetadata.Text("en", "Measurements for the catalogue " + marker + ".")),
                List.of(new Agent(AgentKind.ORGANIZATION, null, null, null, "Catalogue Institute", null, organizationId, null, null, null)),
                List.of(), List.of(new DatasetMetadata.Subject(subject, "OECD FORD")), List.of("keyword-" + marker),
                sdgs, List.of(), List.of(), List.of(new DatasetMetadata.Place(place, 42.0, 74.0)), "en", List.of(), "1.0", licence, projectId);
    }

    UUID published(DatasetMetadata metadata) {
        DepositFixtures.as(depositor);
        UUID id = datasets.create(metadata);
        fixtures.file(id, "values.csv", "a,b\n1,2\n", FileAccess.OPEN, null);
        fixtures.publish(depositor, curator, id, queries);
        return id;
    }

    String page(String query) throws Exception {
        return mvc.perform(get(DatasetsPaths.DATASETS + query)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void onlyPublishedDatasetsAreListedNeverAnotherPersonsDraft() throws Exception {
        UUID shown = published(metadata("Shown rainfall " + marker, "降水" + marker, "Climate science", List.of(13), "Nigeria",
                "CC-BY-4.0", null, null));
        Someone other = fixtures.depositor("Other Depositor");
        DepositFixtures.as(other);
        UUID draft = datasets.create(metadata("Hidden draft " + marker, "草稿" + marker, "Climate science", List.of(13), "Nigeria",
                "CC-BY-4.0", null, null));
        UUID submitted = fixtures.draft(other, "Submitted " + marker, null);
        datasets.submit(submitted);
        DepositFixtures.as(null);

        String anonymous = page("?q=" + marker);
        assertThat(anonymous).contains("Shown rainfall " + marker).contains(DatasetsPaths.dataset(shown))
                .doesNotContain("Hidden draft").doesNotContain(draft.toString()).doesNotContain("Submitted " + marker);
        String signedIn = mvc.perform(get(DatasetsPaths.DATASETS).param("q", marker).with(depositor.signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(signedIn).contains("Shown rainfall " + marker).doesNotContain("Hidden draft");
        String theirOwn = mvc.perform(get(DatasetsPaths.DATASETS).param("q", marker).with(other.signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(theirOwn).doesNotContain("Hidden draft").doesNotContain("Submitted " + marker);
        assertThat(catalogue.search(filter(marker)).result().items()).extracting(CatalogueCard::datasetId).containsExactly(shown);
    }

    @Test
    void wordsAreFoundInTitlesDescriptionsAndKeywordsInEveryLanguage() throws Exception {
        UUID id = published(metadata("Soil moisture " + marker, "土壤水分监测" + marker, "Soil science", List.of(15), "Nigeria",
                "CC0-1.0", null, null));
        assertThat(ids("土壤水分 " + marker)).containsExactly(id);
        assertThat(ids("水分监测")).contains(id);
        assertThat(ids("SOIL moisture " + marker)).containsExactly(id);
        assertThat(ids("keyword-" + marker)).containsExactly(id);
        assertThat(ids("catalogue " + marker)).containsExactly(id);
        assertThat(ids("unknownword " + marker)).isEmpty();
        assertThat(page("?q=" + marker + "&lang=zh")).contains("土壤水分监测" + marker);
    }

    @Test
    void facetsAreCountedOverTheMatchesAndNarrowEachOther() throws Exception {
        UUID a = published(metadata("Facet A " + marker, "甲" + marker, "Climate science", List.of(6, 13), "Chüy Region, Kyrgyzstan",
                "CC-BY-4.0", null, null));
        UUID b = published(metadata("Facet B " + marker, "乙" + marker, "Climate science", List.of(13), "Nigeria", "CC0-1.0", null, null));
        UUID c = published(metadata("Facet C " + marker, "丙" + marker, "Soil science", List.of(2), "Northern Indian Ocean",
                "CC-BY-4.0", null, null));
        CataloguePage all = catalogue.search(filter(marker));
        assertThat(all.result().total()).isEqualTo(3);
        assertThat(all.facet(CatalogueFacet.SUBJECT)).containsExactly(new FacetCount("Climate science", 2), new FacetCount("Soil science", 1));
        assertThat(all.facet(CatalogueFacet.SDG)).containsExactly(new FacetCount("2", 1), new FacetCount("6", 1), new FacetCount("13", 2));
        assertThat(all.facet(CatalogueFacet.COUNTRY)).containsExactlyInAnyOrder(new FacetCount("KG", 1), new FacetCount("NG", 1));
        assertThat(all.facet(CatalogueFacet.LICENCE)).containsExactly(new FacetCount("CC-BY-4.0", 2), new FacetCount("CC0-1.0", 1));
        int year = clock.instant().atOffset(ZoneOffset.UTC).getYear();
        assertThat(all.facet(CatalogueFacet.YEAR)).containsExactly(new FacetCount(String.valueOf(year), 3));
        assertThat(all.facet(CatalogueFacet.FORMAT)).hasSize(1).allMatch(f -> f.count() == 3);

        CataloguePage climate = catalogue.search(new CatalogueFilter(marker, "Climate science", null, null, null, null, null, null, null, 0));
        assertThat(climate.result().items()).extracting(CatalogueCard::datasetId).containsExactlyInAnyOrder(a, b);
        assertThat(climate.facet(CatalogueFacet.SDG)).containsExactly(new FacetCount("6", 1), new FacetCount("13", 2));
        CataloguePage kyrgyz = catalogue.search(new CatalogueFilter(marker, "Climate science", 13, "kg", null, null, "CC-BY-4.0",
                null, null, 0));
        assertThat(kyrgyz.result().items()).extracting(CatalogueCard::datasetId).containsExactly(a);
        assertThat(kyrgyz.facet(CatalogueFacet.LICENCE)).containsExactly(new FacetCount("CC-BY-4.0", 1));
        assertThat(catalogue.search(new CatalogueFilter(marker, null, null, null, year + 1, null, null, null, null, 0)).result().total())
                .isZero();
        assertThat(catalogue.search(new CatalogueFilter(marker, null, 2, null, null, null, null, null, null, 0)).result().items())
                .extracting(CatalogueCard::datasetId).containsExactly(c);

        // the page: options with counts, the filters applied without JavaScript, the fragment alone for htmx
        String html = mvc.perform(get(DatasetsPaths.DATASETS).param("q", marker).param("subject", "Climate science"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Facet A " + marker).contains("Facet B " + marker).doesNotContain("Facet C " + marker)
                .contains("Kyrgyzstan (1)").contains("<html");
        String fragment = mvc.perform(get(DatasetsPaths.DATASETS).param("q", marker).param("sdg", "2").header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).doesNotContain("<html").contains("id=\"catalogue\"").contains("Facet C " + marker)
                .doesNotContain("Facet A " + marker);
        assertThat(page("?q=" + marker + "&sdg=notanumber&year=x")).contains("Facet A " + marker);
    }

    @Test
    void latestVersionOnlyNewestFirstAndPagedByTwenty() throws Exception {
        UUID first = published(metadata("Versioned " + marker, "版本" + marker, "Climate science", List.of(13), "Nigeria",
                "CC-BY-4.0", null, null));
        clock.advance(java.time.Duration.ofMinutes(1));
        UUID second = published(metadata("Later " + marker, "后" + marker, "Climate science", List.of(13), "Nigeria",
                "CC-BY-4.0", null, null));
        DepositFixtures.as(depositor);
        datasets.newVersion(first);
        fixtures.publish(depositor, curator, first, queries);
        CataloguePage page = catalogue.search(filter(marker));
        assertThat(page.result().items()).extracting(CatalogueCard::datasetId).containsExactly(first, second);
        assertThat(page.result().items().get(0).number()).isEqualTo(2);
        assertThat(page.result().items().get(0).doi()).isNotBlank();
        assertThat(page.result().size()).isEqualTo(CatalogueQueries.PAGE_SIZE);
        assertThat(page("?q=" + marker)).contains("https://doi.org/" + page.result().items().get(0).doi());
    }

    @Test
    void aProjectsAndAnOrganizationsCatalogueAreFiltersWithAHeading() throws Exception {
        PublicProject project = projects.search(PublicProjectQueries.Filter.none(), org.ansoplatform.shared.Reader.anonymous(),
                org.ansoplatform.shared.PageRequest.of(0, 5)).items().stream().findFirst()
                .flatMap(card -> projects.byId(card.id())).orElseThrow();
        OrganizationView organization = organizations.all().get(0);
        UUID ofProject = published(metadata("Project data " + marker, "项目" + marker, "Climate science", List.of(13), "Nigeria",
                "CC-BY-4.0", project.id(), null));
        UUID ofOrganization = published(metadata("Organization data " + marker, "机构" + marker, "Climate science", List.of(13),
                "Nigeria", "CC-BY-4.0", null, organization.id()));
        assertThat(catalogue.search(new CatalogueFilter(marker, null, null, null, null, null, null, project.id(), null, 0))
                .result().items()).extracting(CatalogueCard::datasetId).containsExactly(ofProject);
        assertThat(catalogue.search(new CatalogueFilter(marker, null, null, null, null, null, null, null, organization.id(), 0))
                .result().items()).extracting(CatalogueCard::datasetId).containsExactly(ofOrganization);
        String projectPage = page("?q=" + marker + "&project=" + project.id());
        assertThat(projectPage).contains("Project data " + marker).doesNotContain("Organization data " + marker)
                .contains("/projects/" + project.id()).contains("name=\"project\"");
        assertThat(mvc.perform(get("/projects/" + project.id())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("/datasets?project=" + project.id());
        assertThat(page("?q=" + marker + "&organization=" + organization.id())).contains("Organization data " + marker)
                .contains(organization.name().replace("&", "&amp;"));
    }

    List<UUID> ids(String q) {
        return catalogue.search(filter(q)).result().items().stream().map(CatalogueCard::datasetId).toList();
    }

    static CatalogueFilter filter(String q) {
        return new CatalogueFilter(q, null, null, null, null, null, null, null, null, 0);
    }
}
