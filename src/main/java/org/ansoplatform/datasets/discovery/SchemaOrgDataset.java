package org.ansoplatform.datasets.discovery;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.ansoplatform.datasets.DatasetDescription;
import org.ansoplatform.datasets.DatasetFile;
import org.ansoplatform.identifiers.DataCiteMetadata;
import org.ansoplatform.identifiers.DataCiteMetadata.Creator;
import org.ansoplatform.identifiers.DataCiteMetadata.NameType;
import org.ansoplatform.identifiers.DateType;
import org.ansoplatform.identifiers.DescriptionType;
import org.ansoplatform.identifiers.RelatedIdentifierType;
import org.ansoplatform.identifiers.RelationType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A version as schema.org {@code Dataset}, the shape Google Dataset Search reads: identifiers, creators with ORCID or
 * ROR, the SPDX licence address, coverage in time and space, downloads of the open files only, the catalogue, funders,
 * sources and citations. A description shorter than 50 characters is never padded: the title is put before it.
 */
final class SchemaOrgDataset {

    static final String CATALOG = "ANSO-DataPA";
    static final int MIN_DESCRIPTION = 50;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SchemaOrgDataset() {
    }

    static ObjectNode of(DatasetDescription version, String base) {
        DataCiteMetadata m = version.metadata();
        ObjectNode root = JSON.createObjectNode();
        root.put("@context", "https://schema.org/");
        root.put("@type", "Dataset");
        String doiUrl = m.identifier().url();
        root.put("@id", doiUrl);
        ArrayNode identifier = root.putArray("identifier");
        identifier.add(doiUrl);
        ObjectNode property = identifier.addObject();
        property.put("@type", "PropertyValue");
        property.put("propertyID", "DOI");
        property.put("value", m.identifier().value());
        property.put("url", doiUrl);
        root.put("url", base + version.path());
        root.put("name", m.mainTitle().text());
        root.put("description", description(m));
        ArrayNode creators = root.putArray("creator");
        m.creators().forEach(c -> creators.add(agent(c)));
        m.rights().stream().filter(r -> r.spdx() != null).findFirst()
                .ifPresent(r -> root.put("license", "https://spdx.org/licenses/" + r.spdx() + ".html"));
        if (!root.has("license")) {
            m.rights().stream().filter(r -> r.uri() != null).findFirst().ifPresent(r -> root.put("license", r.uri()));
        }
        List<String> keywords = keywords(version);
        if (!keywords.isEmpty()) {
            ArrayNode array = root.putArray("keywords");
            keywords.forEach(array::add);
        }
        m.dates().stream().filter(d -> d.type() == DateType.COLLECTED || d.type() == DateType.COVERAGE).findFirst()
                .ifPresent(d -> root.put("temporalCoverage", d.date()));
        spatial(root, m, version.placeCountries());
        distribution(root, version, base);
        ObjectNode catalog = root.putObject("includedInDataCatalog");
        catalog.put("@type", "DataCatalog");
        catalog.put("name", CATALOG);
        catalog.put("url", base + "/datasets");
        funders(root, m);
        related(root, m);
        root.put("version", m.version() != null ? m.version() : String.valueOf(version.number()));
        if (version.published() != null) {
            root.put("datePublished", version.published().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
        if (version.modified() != null) {
            root.put("dateModified", version.modified().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
        if (m.language() != null) {
            root.put("inLanguage", m.language());
        }
        root.put("isAccessibleForFree", version.files().isEmpty() || version.files().stream().anyMatch(DatasetFile::open));
        ObjectNode publisher = root.putObject("publisher");
        publisher.put("@type", "Organization");
        publisher.put("name", m.publisher().name());
        if (m.publisher().ror() != null) {
            publisher.put("@id", m.publisher().ror().url());
        }
        if (version.conceptDoi() != null && !version.conceptDoi().isBlank()) {
            ObjectNode concept = root.putObject("isPartOf");
            concept.put("@id", "https://doi.org/" + version.conceptDoi());
        }
        return root;
    }

    /** The abstract (or first description); if it is shorter than 50 characters, the title and it, never padding. */
    static String description(DataCiteMetadata m) {
        String text = m.descriptions().stream().filter(d -> d.type() == DescriptionType.ABSTRACT).findFirst()
                .or(() -> m.descriptions().stream().findFirst()).map(d -> d.text().strip()).orElse("");
        if (text.length() >= MIN_DESCRIPTION) {
            return text;
        }
        String title = m.mainTitle().text().strip();
        return text.isEmpty() ? title : title + ". " + text;
    }

    private static List<String> keywords(DatasetDescription version) {
        if (!version.keywords().isEmpty()) {
            return version.keywords();
        }
        return version.metadata().subjects().stream().map(DataCiteMetadata.Subject::text).distinct().toList();
    }

    static ObjectNode agent(Creator c) {
        ObjectNode node = JSON.createObjectNode();
        if (c.nameType() == NameType.ORGANIZATIONAL) {
            node.put("@type", "Organization");
            node.put("name", c.name());
            if (c.ror() != null) {
                node.put("@id", c.ror().url());
                node.put("sameAs", c.ror().url());
            }
            return node;
        }
        node.put("@type", "Person");
        if (c.orcid() != null) {
            node.put("@id", c.orcid().url());
            node.put("sameAs", c.orcid().url());
        }
        node.put("name", c.givenName() != null && c.familyName() != null ? displayName(c) : c.name());
        if (c.givenName() != null) {
            node.put("givenName", c.givenName());
        }
        if (c.familyName() != null) {
            node.put("familyName", c.familyName());
        }
        if (!c.affiliations().isEmpty()) {
            ArrayNode affiliations = node.putArray("affiliation");
            for (DataCiteMetadata.Affiliation a : c.affiliations()) {
                ObjectNode org = affiliations.addObject();
                org.put("@type", "Organization");
                org.put("name", a.name());
                if (a.ror() != null) {
                    org.put("@id", a.ror().url());
                }
            }
        }
        return node;
    }

    /** Given then family name, except in scripts written family first without a space (Chinese, Japanese, Korean). */
    private static String displayName(Creator c) {
        boolean cjk = c.familyName().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA);
        return cjk ? c.familyName() + c.givenName() : c.givenName() + " " + c.familyName();
    }

    private static void spatial(ObjectNode root, DataCiteMetadata m, List<String> countries) {
        if (m.geoLocations().isEmpty()) {
            return;
        }
        ArrayNode places = root.putArray("spatialCoverage");
        for (int i = 0; i < m.geoLocations().size(); i++) {
            DataCiteMetadata.GeoLocation g = m.geoLocations().get(i);
            ObjectNode place = places.addObject();
            place.put("@type", "Place");
            String country = i < countries.size() ? countries.get(i) : "";
            if (!country.isEmpty()) {
                // deposit keeps a place's country (DataCite has none): schema.org's Place takes it as a postal address
                ObjectNode address = place.putObject("address");
                address.put("@type", "PostalAddress");
                address.put("addressCountry", country);
            }
            if (g.place() != null && !g.place().isBlank()) {
                place.put("name", g.place());
            }
            if (g.latitude() != null) {
                ObjectNode geo = place.putObject("geo");
                geo.put("@type", "GeoCoordinates");
                geo.put("latitude", g.latitude());
                geo.put("longitude", g.longitude());
            }
        }
    }

    private static void distribution(ObjectNode root, DatasetDescription version, String base) {
        List<DatasetFile> open = version.files().stream().filter(DatasetFile::open).toList();
        if (open.isEmpty() || version.withdrawn()) {
            return;
        }
        ArrayNode downloads = root.putArray("distribution");
        for (DatasetFile f : open) {
            ObjectNode d = downloads.addObject();
            d.put("@type", "DataDownload");
            d.put("name", f.name());
            d.put("contentUrl", base + f.path());
            if (f.mediaType() != null) {
                d.put("encodingFormat", f.mediaType());
            }
            d.put("contentSize", f.size() + " B");
        }
    }

    private static void funders(ObjectNode root, DataCiteMetadata m) {
        if (m.fundingReferences().isEmpty()) {
            return;
        }
        ArrayNode funders = root.putArray("funder");
        for (DataCiteMetadata.FundingReference f : m.fundingReferences()) {
            ObjectNode org = funders.addObject();
            org.put("@type", "Organization");
            org.put("name", f.funderName());
            if (f.funderIdentifier() != null && f.funderIdentifier().startsWith("http")) {
                org.put("@id", f.funderIdentifier());
            }
        }
    }

    private static void related(ObjectNode root, DataCiteMetadata m) {
        for (DataCiteMetadata.RelatedIdentifier r : m.relatedIdentifiers()) {
            String key = r.relation() == RelationType.IS_DERIVED_FROM ? "isBasedOn"
                    : r.relation() == RelationType.CITES || r.relation() == RelationType.REFERENCES ? "citation" : null;
            String address = address(r);
            if (key == null || address == null) {
                continue;
            }
            ArrayNode array = root.has(key) ? (ArrayNode) root.get(key) : root.putArray(key);
            array.add(address);
        }
    }

    private static String address(DataCiteMetadata.RelatedIdentifier r) {
        if (r.type() == RelatedIdentifierType.DOI) {
            String doi = r.identifier().toLowerCase(Locale.ROOT).startsWith("https://doi.org/") ? r.identifier().substring(16) : r.identifier();
            return "https://doi.org/" + doi;
        }
        return r.type() == RelatedIdentifierType.URL ? r.identifier() : null;
    }

    /** The document for a {@code <script>} element: {@code <}, {@code >}, {@code &} and line separators escaped in strings. */
    static String forHtml(ObjectNode node) {
        String json = JSON.writeValueAsString(node);
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String plain(ObjectNode node) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }
}
