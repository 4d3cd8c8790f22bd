package org.ansoplatform.datasets.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.datasets.DatasetStatus;
import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.datasets.deposit.CataloguePage.FacetCount;
import org.ansoplatform.datasets.showcase.ShowcaseQueries;
import org.ansoplatform.datasets.showcase.ShowcaseView;
import org.ansoplatform.identifiers.DateType;
import org.ansoplatform.projects.ProjectQueries;
import org.ansoplatform.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The demo datasets of the five cooperation projects, loaded at start (the tests run with the demo on). */
class DemoDatasetsTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired DemoDatasets demo;
    @Autowired DatasetQueries queries;
    @Autowired CatalogueQueries catalogue;
    @Autowired ProjectQueries projects;
    @Autowired ShowcaseQueries showcases;

    /** The published demo dataset of each project code of the file. */
    Map<String, VersionView> loaded() {
        return DemoDatasetsFile.load().datasets().stream().collect(Collectors.toMap(DemoDatasetsFile.Entry::project, entry -> {
            UUID project = projectId(entry.project());
            return queries.latestPublished(project, clock.instant()).stream()
                    .filter(v -> entry.englishTitle().equals(v.title("en"))).findFirst().orElseThrow();
        }));
    }

    UUID projectId(String code) {
        return projects.search(new ProjectQueries.Filter(code, null, null, null, null), PageRequest.of(0, 5)).items().stream()
                .filter(row -> code.equals(row.code())).findFirst().orElseThrow().id();
    }

    String body(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theFiveArePublishedWithDoisOnceAndListedOnTheirProjectsPages() throws Exception {
        Map<String, VersionView> loaded = loaded();
        assertThat(loaded).hasSize(5);
        assertThat(demo.load()).isZero();
        for (Map.Entry<String, VersionView> e : loaded.entrySet()) {
            VersionView version = e.getValue();
            assertThat(version.status()).isEqualTo(DatasetStatus.PUBLISHED);
            assertThat(version.doi()).isNotBlank();
            assertThat(version.metadata().creators()).hasSize(1).allMatch(DatasetMetadata.Agent::organization);
            assertThat(version.metadata().dates()).anyMatch(d -> d.type() == DateType.ISSUED);
            assertThat(queries.files(version.id())).isNotEmpty();
            assertThat(body("/projects/" + projectId(e.getKey()))).contains(DatasetsPaths.dataset(version.datasetId()));
            assertThat(body(DatasetsPaths.dataset(version.datasetId()))).contains(version.doi());
        }
    }

    @Test
    void cropWatchHasTwoVersionsTheSecondWithTheExtraRows() {
        VersionView cropWatch = loaded().get("ANSO-CRP-2019-01");
        List<VersionView> versions = queries.versions(cropWatch.datasetId());
        assertThat(versions).extracting(VersionView::number).containsExactly(2, 1);
        assertThat(versions).allMatch(VersionView::published).extracting(VersionView::doi).doesNotHaveDuplicates();
        FileView first = queries.files(versions.get(1).id()).stream().filter(f -> f.name().endsWith(".csv")).findFirst().orElseThrow();
        FileView second = queries.files(versions.get(0).id()).stream().filter(f -> f.name().endsWith(".csv")).findFirst().orElseThrow();
        assertThat(second.size()).isGreaterThan(first.size());
        assertThat(second.sha256()).isNotEqualTo(first.sha256());
        assertThat(cropWatch.metadata().description("en")).contains("July to October 2021");
    }

    @Test
    void aLandingPageNamesItsDatesInTheReadersLanguage() throws Exception {
        VersionView cropWatch = loaded().get("ANSO-CRP-2019-01");
        String page = mvc.perform(get(cropWatch.path()).header("Accept-Language", "zh")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("2021-01-01/2021-12-31 (采集时间)").contains("2022-02-15 (发布日期)").doesNotContain("(Collected)")
                .contains(">372 B<");
    }

    @Test
    void theOaiPmhListRecordsHasThem() throws Exception {
        for (Map.Entry<String, VersionView> e : loaded().entrySet()) {
            String xml = body(DatasetsPaths.OAI + "?verb=ListRecords&metadataPrefix=oai_dc&set=project:" + projectId(e.getKey()));
            assertThat(xml).contains(e.getValue().doi());
        }
    }

    @Test
    void theCataloguesFacetsCountThem() throws Exception {
        CataloguePage page = catalogue.search(new CatalogueFilter("illustrative", null, null, null, null, null, "CC-BY-4.0",
                null, null, 0));
        List<UUID> demo = loaded().values().stream().map(VersionView::datasetId).toList();
        assertThat(page.result().items()).extracting(CatalogueCard::datasetId).containsAll(demo);
        assertThat(page.facet(CatalogueFacet.YEAR)).contains(new FacetCount("2022", 3), new FacetCount("2021", 2));
        assertThat(page.facet(CatalogueFacet.SDG)).contains(new FacetCount("2", 2), new FacetCount("6", 1));
        assertThat(page.facet(CatalogueFacet.COUNTRY)).extracting(FacetCount::value).contains("KG", "NG", "KZ", "UZ", "MN", "RU");
        assertThat(page.facet(CatalogueFacet.SUBJECT)).contains(new FacetCount("Agriculture, forestry, and fisheries", 2));
        for (String code : List.of("ANSO-CRP-2019-01", "ANSO-CRP-2020-02")) {
            assertThat(catalogue.search(new CatalogueFilter("illustrative", null, null, null, null, null, null, projectId(code), null, 0))
                    .result().total()).isEqualTo(1);
        }
        assertThat(mvc.perform(get(DatasetsPaths.DATASETS).param("q", "作物长势")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("CropWatch");
    }

    @Test
    void theDemoShowcasesNameTheirProjectsDatasets() {
        Map<String, VersionView> loaded = loaded();
        ShowcaseView cloud = showcases.all().stream().filter(s -> s.link().startsWith("https://cropwatch.")).findFirst().orElseThrow();
        assertThat(cloud.datasets()).containsExactly(DatasetPublishing.conceptRef(loaded.get("ANSO-CRP-2019-01").datasetId()));
        ShowcaseView forecast = showcases.all().stream().filter(s -> s.link().startsWith("https://pandemic-forecast.")).findFirst()
                .orElseThrow();
        assertThat(forecast.datasets()).containsExactly(DatasetPublishing.conceptRef(loaded.get("ANSO-CRP-2019-02").datasetId()));
    }
}
