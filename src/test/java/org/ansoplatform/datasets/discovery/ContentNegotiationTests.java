package org.ansoplatform.datasets.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.datasets.DatasetDescription;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Content negotiation on a version's landing page: each representation, q-values, and nothing for HTML or wildcards. */
class ContentNegotiationTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    LandingDiscovery discovery;

    private Optional<LandingDiscovery.Representation> represent(String accept) {
        return discovery.represent(DiscoveryFixtures.rich(), DiscoveryFixtures.BASE, MediaType.parseMediaTypes(accept));
    }

    private String body(String accept) {
        return represent(accept).orElseThrow().body();
    }

    @Test
    void eachOfferedTypeHasItsRepresentation() {
        assertThat(body("application/vnd.datacite.datacite+xml")).contains("<resource").contains("10.80000/abcde-fghjk")
                .contains("Иванова");
        JsonNode dataCite = JSON.readTree(body("application/vnd.datacite.datacite+json"));
        assertThat(dataCite.get("doi").asString()).isEqualTo("10.80000/abcde-fghjk");
        assertThat(dataCite.get("types").get("resourceTypeGeneral").asString()).isEqualTo("Dataset");
        assertThat(dataCite.get("creators").get(0).get("nameIdentifiers").get(0).get("nameIdentifierScheme").asString())
                .isEqualTo("ORCID");
        assertThat(dataCite.get("rightsList").get(0).get("rightsIdentifier").asString()).isEqualTo("cc-by-4.0");
        assertThat(dataCite.get("geoLocations").get(0).get("geoLocationPoint").get("pointLongitude").asDouble()).isEqualTo(36.8219);
        assertThat(dataCite.get("fundingReferences").get(0).get("funderIdentifierType").asString()).isEqualTo("ROR");
        assertThat(dataCite.get("titles").get(0).get("title").asString()).startsWith("Soil moisture");
        assertThat(JSON.readTree(body("application/vnd.citationstyles.csl+json")).isArray()).isTrue();
        assertThat(body("application/x-bibtex")).startsWith("@").contains("10.80000/abcde-fghjk");
        assertThat(body("application/x-research-info-systems")).contains("TY  -").contains("ER  -");
        assertThat(JSON.readTree(body("application/ld+json")).get("@type").asString()).isEqualTo("Dataset");
        assertThat(body("text/x-bibliography")).contains("Carberry").contains("10.80000/abcde-fghjk");
        assertThat(represent("text/x-bibliography").orElseThrow().type().getParameter("style")).isEqualTo("apa");
    }

    @Test
    void theBibliographyTakesTheStyleParameter() {
        var ieee = represent("text/x-bibliography; style=ieee").orElseThrow();
        assertThat(ieee.type().getParameter("style")).isEqualTo("ieee");
        assertThat(ieee.body()).isNotEqualTo(body("text/x-bibliography"));
        assertThat(represent("text/x-bibliography; style=no-such-style").orElseThrow().type().getParameter("style")).isEqualTo("apa");
    }

    @Test
    void qualityValuesChooseAndZeroRefuses() {
        assertThat(represent("application/x-bibtex;q=0.5, application/x-research-info-systems;q=0.9").orElseThrow().type())
                .isEqualTo(Negotiation.RIS);
        assertThat(represent("application/x-research-info-systems;q=0, application/x-bibtex;q=0.1").orElseThrow().type())
                .isEqualTo(Negotiation.BIBTEX);
        assertThat(represent("application/unknown, application/ld+json;q=0.8").orElseThrow().type()).isEqualTo(Negotiation.JSON_LD);
        assertThat(represent("application/ld+json;q=0.5, text/html;q=0.9")).isEmpty();
    }

    @Test
    void browsersWildcardsAndUnknownTypesGetThePage() {
        assertThat(represent("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).isEmpty();
        assertThat(represent("*/*")).isEmpty();
        assertThat(represent("application/*")).isEmpty();
        assertThat(represent("application/pdf")).isEmpty();
        assertThat(discovery.represent(DiscoveryFixtures.rich(), DiscoveryFixtures.BASE, List.of())).isEmpty();
    }

    @Test
    void theExportsAreTheDescribedByDocuments() {
        DatasetDescription version = DiscoveryFixtures.rich();
        for (ExportFormat format : ExportFormat.values()) {
            var representation = discovery.export(version, DiscoveryFixtures.BASE, format);
            assertThat(representation.type().toString()).isEqualTo(format.mediaType());
            assertThat(representation.body()).isNotBlank();
            assertThat(ExportFormat.ofFile(format.file())).contains(format);
        }
    }
}
