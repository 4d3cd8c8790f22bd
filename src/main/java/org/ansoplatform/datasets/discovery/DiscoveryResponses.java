package org.ansoplatform.datasets.discovery;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.ansoplatform.datasets.DatasetDescription;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The HTTP answers of discovery, ready for the landing page's controller (part D, wired by the lead): the landing
 * page's headers, the negotiated representation, the two linksets and the {@code describedby} documents, all with
 * the platform's public address ({@code anso.base-url}) as the base of their links.
 */
@Component
public class DiscoveryResponses {

    public static final MediaType LINKSET = MediaType.parseMediaType(Signposts.LINKSET);
    public static final MediaType LINKSET_JSON = MediaType.parseMediaType(Signposts.LINKSET_JSON);

    private final LandingDiscovery discovery;
    private final String base;

    DiscoveryResponses(LandingDiscovery discovery, Environment environment) {
        this.discovery = discovery;
        String configured = environment.getProperty("anso.base-url", "http://localhost:8080");
        this.base = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    public String base() {
        return base;
    }

    /** The landing page's headers: signposting's {@code Link} and {@code Vary: Accept} (the page negotiates). */
    public HttpHeaders landingHeaders(DatasetDescription version) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.LINK, discovery.linkHeader(version, base));
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return headers;
    }

    /** The representation the {@code Accept} header asks for, or empty: then the page answers HTML. */
    public Optional<ResponseEntity<String>> negotiate(DatasetDescription version, String accept) {
        List<MediaType> accepted;
        try {
            accepted = accept == null || accept.isBlank() ? List.of() : MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return Optional.empty();
        }
        return discovery.represent(version, base, accepted).map(r -> ResponseEntity.ok().headers(landingHeaders(version))
                .contentType(withCharset(r.type())).body(r.body()));
    }

    /** {@code GET <version>/linkset} or {@code .../linkset.json}. */
    public ResponseEntity<String> linkset(DatasetDescription version, boolean json) {
        return ResponseEntity.ok().contentType(json ? LINKSET_JSON : LINKSET)
                .body(json ? discovery.linksetJson(version, base) : discovery.linkset(version, base));
    }

    /** {@code GET <version>/export/{file}}; empty for a file name no format has (answer 404). */
    public Optional<ResponseEntity<String>> export(DatasetDescription version, String file) {
        return ExportFormat.ofFile(file).map(format -> discovery.export(version, base, format))
                .map(r -> ResponseEntity.ok().contentType(withCharset(r.type())).body(r.body()));
    }

    private static MediaType withCharset(MediaType type) {
        return type.getCharset() != null ? type : new MediaType(type, StandardCharsets.UTF_8);
    }
}
