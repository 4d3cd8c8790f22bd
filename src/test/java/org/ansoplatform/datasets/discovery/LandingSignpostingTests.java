package org.ansoplatform.datasets.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.XmlSchemas;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.datasets.deposit.CurationManagement;
import org.ansoplatform.datasets.deposit.DatasetManagement;
import org.ansoplatform.datasets.deposit.DatasetMetadata;
import org.ansoplatform.datasets.deposit.DatasetQueries;
import org.ansoplatform.datasets.deposit.DepositFixtures;
import org.ansoplatform.datasets.deposit.FileAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 22's Done-when on a real landing page, not on hand-built descriptions: its {@code Link} header parses under
 * RFC 8288 with absolute targets and the level 1 relations; the JSON-LD in the page expands offline to a schema.org
 * {@code Dataset} named by the version's DOI; both linksets parse (RFC 9264), agree with each other and name the
 * page as their anchor; the DataCite export validates against kernel-4.
 */
class LandingSignpostingTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SCRIPT = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    @Autowired MockMvc mvc;
    @Autowired DatasetManagement datasets;
    @Autowired CurationManagement curation;
    @Autowired DatasetQueries queries;
    @Autowired AccountManagement accounts;

    @Test
    void theLandingPageSignpostsItsVersionAsTheStandardsSay() throws Exception {
        DepositFixtures f = new DepositFixtures(datasets, curation, accounts);
        Someone depositor = f.depositor("Signposted Depositor");
        UUID id = f.draft(depositor, "Naryn river discharge", null);
        f.publish(depositor, f.curator("Signposting Curator"), id, queries);
        String doi = queries.version(id, 1).orElseThrow().doi();
        String page = DatasetsPaths.version(id, 1);

        MockHttpServletResponse landing = mvc.perform(get(page).header(HttpHeaders.ACCEPT, "text/html")).andReturn().getResponse();
        assertThat(landing.getStatus()).isEqualTo(200);
        String header = String.join(", ", landing.getHeaders(HttpHeaders.LINK));
        assertThat(header.getBytes(StandardCharsets.UTF_8).length).isLessThan(4096);
        List<Rfc8288.Link> links = Rfc8288.parse(header);
        assertThat(links).allMatch(link -> link.target().startsWith("http://") || link.target().startsWith("https://"));
        assertThat(links.stream().map(Rfc8288.Link::rel).collect(Collectors.toSet()))
                .contains("cite-as", "describedby", "type", "author", "license", "item", "linkset");
        assertThat(links).filteredOn(link -> "cite-as".equals(link.rel())).singleElement()
                .extracting(Rfc8288.Link::target).isEqualTo("https://doi.org/" + doi);
        assertThat(links).filteredOn(link -> "item".equals(link.rel())).as("the open file only, never the restricted one")
                .hasSize(1).allMatch(link -> link.target().contains(page + "/files/") && link.params().containsKey("type"));

        Matcher script = SCRIPT.matcher(landing.getContentAsString(StandardCharsets.UTF_8));
        assertThat(script.find()).isTrue();
        JsonNode dataset = LandingDiscoveryTests.expand(script.group(1)).get(0);
        assertThat(dataset.get("@type").get(0).asString()).isEqualTo("http://schema.org/Dataset");
        assertThat(dataset.get("@id").asString()).isEqualTo("https://doi.org/" + doi);
        assertThat(dataset.has("http://schema.org/distribution")).isTrue();

        String text = mvc.perform(get(DatasetsPaths.linkset(id, 1)).header(HttpHeaders.ACCEPT, "application/linkset"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        MockHttpServletResponse json = mvc.perform(get(DatasetsPaths.linkset(id, 1) + ".json")).andReturn().getResponse();
        assertThat(json.getStatus()).as(json.getContentAsString()).isEqualTo(200);
        assertThat(json.getContentType()).startsWith("application/linkset+json");
        JsonNode linkset = JSON.readTree(json.getContentAsString(StandardCharsets.UTF_8));
        assertThat(linkset.propertyNames()).containsExactly("linkset");
        Set<String> fromText = Rfc8288.parseLinkset(text).stream().map(link -> link.rel() + " " + link.target())
                .collect(Collectors.toSet());
        Set<String> fromJson = new java.util.HashSet<>();
        for (JsonNode context : linkset.get("linkset")) {
            for (String rel : context.propertyNames()) {
                if (!rel.equals("anchor")) {
                    context.get(rel).forEach(target -> fromJson.add(rel + " " + target.get("href").asString()));
                }
            }
        }
        assertThat(fromJson).isEqualTo(fromText);
        assertThat(linkset.get("linkset").get(0).get("anchor").asString()).endsWith(page);

        String xml = mvc.perform(get(page + "/export/datacite.xml")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(XmlSchemas.problems(XmlSchemas.DATACITE_KERNEL_4, xml)).isEmpty();
        assertThat(xml).contains(doi);
    }

    @Test
    void namesInEveryScriptReachThePageTheCitationAndTheJsonLdAndADraftsDocumentsStayClosed() throws Exception {
        DepositFixtures f = new DepositFixtures(datasets, curation, accounts);
        Someone depositor = f.depositor("Script Depositor");
        DepositFixtures.as(depositor);
        List<DatasetMetadata.Agent> creators = List.of(
                new DatasetMetadata.Agent(DatasetMetadata.AgentKind.PERSON, "Nguyễn", "Văn Thành", null, null, null, null, null, null, null),
                new DatasetMetadata.Agent(DatasetMetadata.AgentKind.PERSON, "Петров", "Иван", null, null, null, null, null, null, null),
                new DatasetMetadata.Agent(DatasetMetadata.AgentKind.PERSON, "علی", "محمد", null, null, null, null, null, null, null),
                new DatasetMetadata.Agent(DatasetMetadata.AgentKind.PERSON, "张", "伟", null, null, null, null, null, null, null));
        DatasetMetadata base = DepositFixtures.metadata("Tonlé Sap water levels", null);
        UUID id = datasets.create(new DatasetMetadata(base.titles(), base.descriptions(), creators, base.contributors(),
                base.subjects(), base.keywords(), base.sdgs(), base.dates(), base.related(), base.places(), base.language(),
                base.alternates(), base.versionName(), base.licence(), null));
        f.file(id, "levels.csv", "station,day,m\nPhnom Penh,2021-09-01,7.2\n", FileAccess.OPEN, null);

        Someone other = f.depositor("Curious Other");
        for (String path : List.of(DatasetsPaths.version(id, 1), DatasetsPaths.linkset(id, 1) + ".json",
                DatasetsPaths.version(id, 1) + "/export/datacite.xml")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as("anonymous " + path).isEqualTo(404);
            assertThat(mvc.perform(get(path).with(other.signedIn())).andReturn().getResponse().getStatus())
                    .as("another user " + path).isEqualTo(404);
        }

        f.publish(depositor, f.curator("Script Curator"), id, queries);
        String page = mvc.perform(get(DatasetsPaths.version(id, 1)).header(HttpHeaders.ACCEPT, "text/html")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Nguyễn", "Văn Thành", "Петров", "Иван", "علی", "محمد", "张", "伟");
        Matcher script = SCRIPT.matcher(page);
        assertThat(script.find()).isTrue();
        JsonNode creatorsLd = LandingDiscoveryTests.expand(script.group(1)).get(0).get("http://schema.org/creator");
        assertThat(creatorsLd.toString()).contains("Nguyễn", "Петров", "محمد", "张");
        String bibtex = mvc.perform(get(DatasetsPaths.version(id, 1)).header(HttpHeaders.ACCEPT, "application/x-bibtex"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(bibtex).contains("Nguyễn", "Петров", "علی", "张");
    }
}
