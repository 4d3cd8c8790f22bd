package org.ansoplatform.datasets.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.datasets.DatasetDescription;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The landing page's JSON-LD and signposting, for versions built by hand (the lead wires them into the page's tests). */
class LandingDiscoveryTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String S = "http://schema.org/";

    @Autowired
    LandingDiscovery discovery;

    /** Serves the local copy of the schema.org context for both its addresses; anything else fails (no network). */
    static final DocumentLoader LOCAL_SCHEMA_ORG = (url, options) -> {
        String address = url.toString();
        if (!address.equals("https://schema.org/") && !address.equals("http://schema.org/")
                && !address.equals("https://schema.org") && !address.equals("http://schema.org")) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline: " + address);
        }
        try (InputStream in = LandingDiscoveryTests.class.getResourceAsStream("/jsonld/schemaorg-context.jsonld")) {
            var document = JsonDocument.of(in);
            document.setDocumentUrl(url);
            return document;
        } catch (java.io.IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
        }
    };

    static JsonNode expand(String jsonLd) throws JsonLdError {
        var expanded = JsonLd.expand(JsonDocument.of(new StringReader(jsonLd))).loader(LOCAL_SCHEMA_ORG).get();
        return JSON.readTree(expanded.toString());
    }

    @Test
    void theJsonLdExpandsOfflineToSchemaOrgIris() throws Exception {
        String jsonLd = discovery.jsonLd(DiscoveryFixtures.rich(), DiscoveryFixtures.BASE);
        JsonNode compact = JSON.readTree(jsonLd);
        JsonNode expanded = expand(jsonLd);

        assertThat(expanded.size()).isEqualTo(1);
        JsonNode dataset = expanded.get(0);
        assertThat(dataset.get("@type").get(0).asString()).isEqualTo(S + "Dataset");
        assertThat(dataset.get("@id").asString()).isEqualTo("https://doi.org/10.80000/abcde-fghjk");
        // every term of the document became a schema.org property: none was dropped by expansion
        long terms = compact.propertyNames().stream().filter(name -> !name.startsWith("@")).count();
        long properties = dataset.propertyNames().stream().filter(name -> !name.startsWith("@")).count();
        assertThat(properties).isEqualTo(terms);
        assertThat(dataset.propertyNames()).allMatch(name -> name.startsWith("@") || name.startsWith(S))
                .contains(S + "name", S + "description", S + "creator", S + "license", S + "keywords", S + "temporalCoverage",
                        S + "spatialCoverage", S + "distribution", S + "includedInDataCatalog", S + "funder", S + "isBasedOn",
                        S + "citation", S + "version", S + "datePublished", S + "dateModified", S + "inLanguage",
                        S + "isAccessibleForFree", S + "publisher", S + "identifier", S + "url");

        assertThat(dataset.get(S + "license").get(0).get("@id").asString()).isEqualTo("https://spdx.org/licenses/CC-BY-4.0.html");
        assertThat(dataset.get(S + "url").get(0).get("@id").asString())
                .isEqualTo(DiscoveryFixtures.BASE + DiscoveryFixtures.rich().path());
        assertThat(dataset.get(S + "temporalCoverage").get(0).get("@value").asString()).isEqualTo("2021-05-10/2022-09-30");
        assertThat(dataset.get(S + "isBasedOn").get(0).get("@id").asString()).isEqualTo("https://doi.org/10.5281/zenodo.1234");

        JsonNode creators = dataset.get(S + "creator");
        assertThat(creators.size()).isEqualTo(5);
        assertThat(creators.get(0).get("@id").asString()).isEqualTo("https://orcid.org/0000-0002-1825-0097");
        assertThat(creators.get(0).get("@type").get(0).asString()).isEqualTo(S + "Person");
        assertThat(creators.get(0).get(S + "givenName").get(0).get("@value").asString()).isEqualTo("Josiah");
        assertThat(creators.get(1).get(S + "familyName").get(0).get("@value").asString()).isEqualTo("王");
        assertThat(creators.get(1).get(S + "name").get(0).get("@value").asString()).isEqualTo("王小明");
        assertThat(creators.get(2).get(S + "name").get(0).get("@value").asString()).isEqualTo("فاطمة الحسن");
        assertThat(creators.get(2).has("@id")).isFalse();
        assertThat(creators.get(3).get(S + "familyName").get(0).get("@value").asString()).isEqualTo("Иванова");
        assertThat(creators.get(4).get("@type").get(0).asString()).isEqualTo(S + "Organization");
        assertThat(creators.get(4).get("@id").asString()).isEqualTo("https://ror.org/034t30j35");

        // the restricted file is no download
        JsonNode downloads = dataset.get(S + "distribution");
        assertThat(downloads.size()).isEqualTo(2);
        for (JsonNode download : downloads) {
            assertThat(download.get("@type").get(0).asString()).isEqualTo(S + "DataDownload");
            assertThat(download.get(S + "contentUrl").get(0).get("@id").asString()).startsWith(DiscoveryFixtures.BASE + "/datasets/");
            assertThat(download.get(S + "encodingFormat").get(0).get("@value").asString()).isEqualTo("text/csv");
            assertThat(download.has(S + "contentSize")).isTrue();
        }
        JsonNode places = dataset.get(S + "spatialCoverage");
        assertThat(places.get(0).get(S + "geo").get(0).get(S + "latitude").get(0).get("@value").asDouble()).isEqualTo(-1.2921);
        assertThat(places.get(1).get(S + "name").get(0).get("@value").asString()).isEqualTo("Mekong Delta");
        assertThat(dataset.get(S + "includedInDataCatalog").get(0).get(S + "name").get(0).get("@value").asString())
                .isEqualTo("ANSO-DataPA");
        assertThat(dataset.get(S + "funder").get(0).get("@id").asString()).isEqualTo("https://ror.org/01ggx4157");
        JsonNode identifiers = dataset.get(S + "identifier");
        assertThat(identifiers.toString()).contains("PropertyValue").contains("10.80000/abcde-fghjk");
    }

    @Test
    void theJsonLdCannotEndItsScriptElement() throws Exception {
        String title = "Rainfall </script><script>alert(1)</script> & <!-- gauges";
        DatasetDescription version = DiscoveryFixtures.version(DiscoveryFixtures.metadata(title,
                "Daily rainfall from forty gauges along the river, quality-checked and gap-filled."), 1);
        String jsonLd = discovery.jsonLd(version, DiscoveryFixtures.BASE);

        assertThat(jsonLd).doesNotContain("</").doesNotContain("<!--").doesNotContain("<").doesNotContain("&");
        assertThat(JSON.readTree(jsonLd).get("name").asString()).isEqualTo(title);
        assertThat(expand(jsonLd).get(0).get(S + "name").get(0).get("@value").asString()).isEqualTo(title);
    }

    @Test
    void aShortDescriptionIsTheTitleAndItNeverPadding() throws Exception {
        DatasetDescription version = DiscoveryFixtures.version(DiscoveryFixtures.metadata("Maize yields in Malawi", "Plot yields."), 1);
        JsonNode node = JSON.readTree(discovery.jsonLd(version, DiscoveryFixtures.BASE));

        assertThat(node.get("description").asString()).isEqualTo("Maize yields in Malawi. Plot yields.");
        assertThat(SchemaOrgDataset.description(DiscoveryFixtures.rich().metadata()))
                .isEqualTo(DiscoveryFixtures.rich().metadata().descriptions().get(0).text());
    }

    @Test
    void theLinkHeaderIsSignpostingLevelOneWithAbsoluteTargets() {
        DatasetDescription version = DiscoveryFixtures.rich();
        String header = discovery.linkHeader(version, DiscoveryFixtures.BASE);
        List<Rfc8288.Link> links = Rfc8288.parse(header);

        assertThat(links).allSatisfy(link -> assertThat(URI.create(link.target()).isAbsolute()).isTrue());
        assertThat(links).filteredOn(l -> l.rel().equals("cite-as")).extracting(Rfc8288.Link::target)
                .containsExactly("https://doi.org/10.80000/abcde-fghjk");
        assertThat(links).filteredOn(l -> l.rel().equals("describedby")).extracting(l -> l.params().get("type"))
                .containsExactlyInAnyOrder("application/vnd.datacite.datacite+xml", "application/vnd.datacite.datacite+json",
                        "application/ld+json", "application/vnd.citationstyles.csl+json");
        assertThat(links).filteredOn(l -> l.rel().equals("type")).extracting(Rfc8288.Link::target)
                .containsExactly("https://schema.org/Dataset", "https://schema.org/AboutPage");
        assertThat(links).filteredOn(l -> l.rel().equals("author")).extracting(Rfc8288.Link::target)
                .containsExactly("https://orcid.org/0000-0002-1825-0097", "https://orcid.org/0000-0001-5109-3700",
                        "https://orcid.org/0000-0002-1694-233X", "https://ror.org/034t30j35");
        assertThat(links).filteredOn(l -> l.rel().equals("license")).extracting(Rfc8288.Link::target)
                .containsExactly("https://spdx.org/licenses/CC-BY-4.0.html");
        assertThat(links).filteredOn(l -> l.rel().equals("item")).hasSize(2)
                .allSatisfy(l -> assertThat(l.params().get("type")).isEqualTo("text/csv"))
                .noneSatisfy(l -> assertThat(l.target()).contains(new java.util.UUID(42L, 2).toString()));
        assertThat(links).filteredOn(l -> l.rel().equals("linkset")).extracting(l -> l.params().get("type"))
                .containsExactly("application/linkset", "application/linkset+json");
        assertThat(discovery.itemsLeftToLinkset(version, DiscoveryFixtures.BASE)).isZero();
        assertThat(header).doesNotContain("rel=cite-as").contains("rel=\"cite-as\"");
    }

    @Test
    void tenThousandFilesLeaveTheHeaderSmallAndTheLinksetComplete() throws Exception {
        DatasetDescription version = DiscoveryFixtures.version(DiscoveryFixtures.rich().metadata(), 10_000);
        String header = discovery.linkHeader(version, DiscoveryFixtures.BASE);

        // about 1.3 KB: the fixed links, four authors and the two linksets, whatever the file count
        assertThat(header.getBytes(StandardCharsets.UTF_8).length).isLessThan(2048);
        assertThat(header).isEqualTo(discovery.linkHeader(DiscoveryFixtures.version(DiscoveryFixtures.rich().metadata(), 26),
                DiscoveryFixtures.BASE));
        List<Rfc8288.Link> links = Rfc8288.parse(header);
        assertThat(links).noneMatch(l -> l.rel().equals("item"));
        assertThat(links).filteredOn(l -> l.rel().equals("linkset")).hasSize(2);
        assertThat(discovery.itemsLeftToLinkset(version, DiscoveryFixtures.BASE)).isEqualTo(10_000);

        List<Rfc8288.Link> linkset = Rfc8288.parseLinkset(discovery.linkset(version, DiscoveryFixtures.BASE));
        assertThat(linkset).filteredOn(l -> l.rel().equals("item")).hasSize(10_000);
        JsonNode json = JSON.readTree(discovery.linksetJson(version, DiscoveryFixtures.BASE));
        assertThat(json.get("linkset").get(0).get("item").size()).isEqualTo(10_000);
    }

    @Test
    void theTwoLinksetFormatsDescribeTheSameLinks() throws Exception {
        DatasetDescription version = DiscoveryFixtures.rich();
        List<Rfc8288.Link> text = Rfc8288.parseLinkset(discovery.linkset(version, DiscoveryFixtures.BASE));
        JsonNode json = JSON.readTree(discovery.linksetJson(version, DiscoveryFixtures.BASE));

        assertThat(json.propertyNames()).containsExactly("linkset");
        Set<List<String>> fromJson = new HashSet<>();
        int count = 0;
        for (JsonNode context : json.get("linkset")) {
            assertThat(context.has("anchor")).isTrue();
            String anchor = context.get("anchor").asString();
            assertThat(URI.create(anchor).isAbsolute()).isTrue();
            for (String rel : context.propertyNames()) {
                if (rel.equals("anchor")) {
                    continue;
                }
                assertThat(context.get(rel).isArray()).isTrue();
                for (JsonNode target : context.get(rel)) {
                    assertThat(target.has("href")).isTrue();
                    fromJson.add(List.of(anchor, rel, target.get("href").asString(),
                            target.has("type") ? target.get("type").asString() : ""));
                    count++;
                }
            }
        }
        Set<List<String>> fromText = new HashSet<>();
        for (Rfc8288.Link link : text) {
            assertThat(link.params()).containsKey("anchor");
            assertThat(URI.create(link.target()).isAbsolute()).isTrue();
            fromText.add(List.of(link.params().get("anchor"), link.rel(), link.target(),
                    link.params().getOrDefault("type", "")));
        }
        assertThat(text).hasSize(count);
        assertThat(fromText).isEqualTo(fromJson);
        List<String> rels = new ArrayList<>();
        json.get("linkset").get(0).propertyNames().forEach(rels::add);
        assertThat(rels).contains("cite-as", "describedby", "type", "author", "license", "item", "linkset");
        // the linkset names every author, the header at most five
        assertThat(json.get("linkset").get(0).get("author").size()).isEqualTo(4);
        assertThat(fromText).contains(List.of(DiscoveryFixtures.BASE + version.files().get(0).path(), "collection",
                DiscoveryFixtures.BASE + version.path(), "text/html"));
    }
}
