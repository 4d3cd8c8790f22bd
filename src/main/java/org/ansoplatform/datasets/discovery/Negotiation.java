package org.ansoplatform.datasets.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ansoplatform.identifiers.CitationStyle;
import org.springframework.http.MediaType;

/**
 * Which representation an {@code Accept} list asks for: its media types by quality (highest first), then by
 * specificity as {@code MimeTypeUtils.sortBySpecificity} orders them; {@code q=0} refuses a type. Wildcards and HTML
 * choose none (the page itself answers), nor does a type no format offers.
 */
final class Negotiation {

    static final MediaType DATACITE_XML = MediaType.parseMediaType("application/vnd.datacite.datacite+xml");
    static final MediaType DATACITE_JSON = MediaType.parseMediaType("application/vnd.datacite.datacite+json");
    static final MediaType CSL_JSON = MediaType.parseMediaType("application/vnd.citationstyles.csl+json");
    static final MediaType BIBTEX = MediaType.parseMediaType("application/x-bibtex");
    static final MediaType RIS = MediaType.parseMediaType("application/x-research-info-systems");
    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    static final MediaType BIBLIOGRAPHY = MediaType.parseMediaType("text/x-bibliography");
    static final List<MediaType> OFFERED = List.of(DATACITE_XML, DATACITE_JSON, CSL_JSON, BIBTEX, RIS, JSON_LD, BIBLIOGRAPHY);

    private Negotiation() {
    }

    /** The offered type the client prefers (with its parameters as the client gave them), if any. */
    static Optional<MediaType> choose(List<MediaType> accepted) {
        if (accepted == null || accepted.isEmpty()) {
            return Optional.empty();
        }
        List<MediaType> sorted = new ArrayList<>(accepted);
        sorted.removeIf(type -> type.getQualityValue() <= 0.0);
        sorted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed()
                .thenComparing(Negotiation::specificity));
        for (MediaType type : sorted) {
            if (type.isWildcardType() || type.isWildcardSubtype() || type.isCompatibleWith(MediaType.TEXT_HTML)
                    || type.isCompatibleWith(MediaType.APPLICATION_XHTML_XML)) {
                return Optional.empty();
            }
            for (MediaType offer : OFFERED) {
                if (offer.getType().equalsIgnoreCase(type.getType()) && offer.getSubtype().equalsIgnoreCase(type.getSubtype())) {
                    return Optional.of(type);
                }
            }
        }
        return Optional.empty();
    }

    /** More specific first: concrete before wildcard subtype before {@code * / *}, more parameters first. */
    private static int specificity(MediaType type) {
        int rank = type.isWildcardType() ? 2 : type.isWildcardSubtype() ? 1 : 0;
        int parameters = (int) type.getParameters().keySet().stream().filter(k -> !k.equals("q")).count();
        return rank * 100 - parameters;
    }

    /** The citation style of {@code text/x-bibliography; style=...} (its CSL id or the enum's name), APA if none fits. */
    static CitationStyle style(MediaType type) {
        String style = type.getParameter("style");
        if (style != null) {
            String wanted = style.strip().replace("\"", "");
            for (CitationStyle candidate : CitationStyle.values()) {
                if (candidate.csl().equalsIgnoreCase(wanted) || candidate.name().equalsIgnoreCase(wanted.replace('-', '_'))) {
                    return candidate;
                }
            }
        }
        return CitationStyle.APA;
    }

    /** The locale of {@code text/x-bibliography; locale=fr-FR}, English if none. */
    static Locale locale(MediaType type) {
        String locale = type.getParameter("locale");
        return locale == null || locale.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(locale.replace("\"", ""));
    }
}
