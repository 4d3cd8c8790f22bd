package org.ansoplatform.datasets.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.datasets.DatasetDescription;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/** The HTTP answers the landing page's controller returns: headers, negotiated bodies, linksets, exports. */
class DiscoveryResponsesTests extends IntegrationTest {

    @Autowired
    DiscoveryResponses responses;

    @Test
    void theLandingPagesHeadersSignpostAndVaryByAccept() {
        DatasetDescription version = DiscoveryFixtures.rich();
        HttpHeaders headers = responses.landingHeaders(version);

        assertThat(headers.getFirst(HttpHeaders.VARY)).isEqualTo("Accept");
        assertThat(Rfc8288.parse(headers.getFirst(HttpHeaders.LINK)))
                .allSatisfy(link -> assertThat(link.target()).satisfiesAnyOf(
                        target -> assertThat(target).startsWith(responses.base()), target -> assertThat(URI.create(target).getHost())
                                .isIn("doi.org", "schema.org", "orcid.org", "ror.org", "spdx.org")));
        assertThat(responses.base()).doesNotEndWith("/");
    }

    @Test
    void negotiationLinksetsAndExportsAnswerWithTheirTypes() {
        DatasetDescription version = DiscoveryFixtures.rich();
        var bibtex = responses.negotiate(version, "application/x-bibtex").orElseThrow();
        assertThat(bibtex.getHeaders().getContentType().toString()).isEqualTo("application/x-bibtex;charset=UTF-8");
        assertThat(bibtex.getHeaders().getFirst(HttpHeaders.VARY)).isEqualTo("Accept");
        assertThat(responses.negotiate(version, "text/html,*/*;q=0.8")).isEmpty();
        assertThat(responses.negotiate(version, "not a media type;;")).isEmpty();
        assertThat(responses.negotiate(version, null)).isEmpty();

        assertThat(responses.linkset(version, false).getHeaders().getContentType()).isEqualTo(DiscoveryResponses.LINKSET);
        assertThat(responses.linkset(version, true).getBody()).startsWith("{");
        assertThat(responses.export(version, "datacite.xml").orElseThrow().getBody()).contains("<resource");
        assertThat(responses.export(version, "schema.jsonld").orElseThrow().getHeaders().getContentType().getSubtype()).isEqualTo("ld+json");
        assertThat(responses.export(version, "nothing.txt")).isEmpty();
    }
}
