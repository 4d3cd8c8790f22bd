package org.ansoplatform.datasets.discovery;

import org.ansoplatform.identifiers.DataCiteMetadata;
import org.ansoplatform.identifiers.DataCiteMetadata.Creator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * DataCite's JSON ({@code application/vnd.datacite.datacite+json}): the attributes of a DOI as the DataCite REST API
 * names them ({@code creators}, {@code titles}, {@code types}, {@code rightsList}, {@code geoLocations}, ...), built
 * from the same metadata as the XML.
 */
final class DataCiteJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DataCiteJson() {
    }

    static String of(DataCiteMetadata m) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", m.identifier().url());
        root.put("doi", m.identifier().value());
        ArrayNode creators = root.putArray("creators");
        m.creators().forEach(c -> creators.add(name(c)));
        ArrayNode titles = root.putArray("titles");
        for (DataCiteMetadata.Title t : m.titles()) {
            ObjectNode title = titles.addObject();
            title.put("title", t.text());
            putIf(title, "lang", t.language());
            putIf(title, "titleType", t.type() == null ? null : t.type().xml());
        }
        ObjectNode publisher = root.putObject("publisher");
        publisher.put("name", m.publisher().name());
        if (m.publisher().ror() != null) {
            publisher.put("publisherIdentifier", m.publisher().ror().url());
            publisher.put("publisherIdentifierScheme", "ROR");
            publisher.put("schemeUri", "https://ror.org/");
        }
        root.put("publicationYear", m.publicationYear());
        ObjectNode types = root.putObject("types");
        types.put("resourceTypeGeneral", m.resourceType().general().xml());
        putIf(types, "resourceType", m.resourceType().name());
        ArrayNode subjects = root.putArray("subjects");
        for (DataCiteMetadata.Subject s : m.subjects()) {
            ObjectNode subject = subjects.addObject();
            subject.put("subject", s.text());
            putIf(subject, "lang", s.language());
            putIf(subject, "subjectScheme", s.scheme());
            putIf(subject, "schemeUri", s.schemeUri());
            putIf(subject, "valueUri", s.valueUri());
        }
        ArrayNode contributors = root.putArray("contributors");
        for (DataCiteMetadata.Contributor c : m.contributors()) {
            ObjectNode contributor = name(c.name());
            contributor.put("contributorType", c.type().xml());
            contributors.add(contributor);
        }
        ArrayNode dates = root.putArray("dates");
        for (DataCiteMetadata.DateEntry d : m.dates()) {
            ObjectNode date = dates.addObject();
            date.put("date", d.date());
            date.put("dateType", d.type().xml());
            putIf(date, "dateInformation", d.information());
        }
        putIf(root, "language", m.language());
        ArrayNode alternates = root.putArray("alternateIdentifiers");
        for (DataCiteMetadata.AlternateIdentifier a : m.alternateIdentifiers()) {
            ObjectNode alternate = alternates.addObject();
            alternate.put("alternateIdentifier", a.identifier());
            alternate.put("alternateIdentifierType", a.type());
        }
        ArrayNode related = root.putArray("relatedIdentifiers");
        for (DataCiteMetadata.RelatedIdentifier r : m.relatedIdentifiers()) {
            ObjectNode relation = related.addObject();
            relation.put("relatedIdentifier", r.identifier());
            relation.put("relatedIdentifierType", r.type().xml());
            relation.put("relationType", r.relation().xml());
            putIf(relation, "resourceTypeGeneral", r.resourceTypeGeneral() == null ? null : r.resourceTypeGeneral().xml());
        }
        m.sizes().forEach(root.putArray("sizes")::add);
        m.formats().forEach(root.putArray("formats")::add);
        putIf(root, "version", m.version());
        ArrayNode rights = root.putArray("rightsList");
        for (DataCiteMetadata.Rights r : m.rights()) {
            ObjectNode right = rights.addObject();
            right.put("rights", r.text());
            putIf(right, "rightsUri", r.uri());
            putIf(right, "lang", r.language());
            if (r.spdx() != null) {
                right.put("rightsIdentifier", r.spdx().toLowerCase(java.util.Locale.ROOT));
                right.put("rightsIdentifierScheme", "SPDX");
                right.put("schemeUri", "https://spdx.org/licenses/");
            }
        }
        ArrayNode descriptions = root.putArray("descriptions");
        for (DataCiteMetadata.Description d : m.descriptions()) {
            ObjectNode description = descriptions.addObject();
            description.put("description", d.text());
            description.put("descriptionType", d.type().xml());
            putIf(description, "lang", d.language());
        }
        ArrayNode geo = root.putArray("geoLocations");
        for (DataCiteMetadata.GeoLocation g : m.geoLocations()) {
            ObjectNode location = geo.addObject();
            putIf(location, "geoLocationPlace", g.place());
            if (g.latitude() != null) {
                ObjectNode point = location.putObject("geoLocationPoint");
                point.put("pointLatitude", g.latitude());
                point.put("pointLongitude", g.longitude());
            }
        }
        ArrayNode funding = root.putArray("fundingReferences");
        for (DataCiteMetadata.FundingReference f : m.fundingReferences()) {
            ObjectNode reference = funding.addObject();
            reference.put("funderName", f.funderName());
            putIf(reference, "funderIdentifier", f.funderIdentifier());
            putIf(reference, "funderIdentifierType", f.funderIdentifierType() == null ? null : f.funderIdentifierType().xml());
            putIf(reference, "awardNumber", f.awardNumber());
            putIf(reference, "awardUri", f.awardUri());
            putIf(reference, "awardTitle", f.awardTitle());
        }
        putIf(root, "url", m.url());
        root.put("schemaVersion", "http://datacite.org/schema/kernel-4");
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static ObjectNode name(Creator c) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", c.name());
        node.put("nameType", c.nameType().xml());
        putIf(node, "givenName", c.givenName());
        putIf(node, "familyName", c.familyName());
        putIf(node, "lang", c.nameLanguage());
        ArrayNode ids = node.putArray("nameIdentifiers");
        if (c.orcid() != null) {
            identifier(ids.addObject(), c.orcid().url(), "ORCID", "https://orcid.org");
        }
        if (c.ror() != null) {
            identifier(ids.addObject(), c.ror().url(), "ROR", "https://ror.org");
        }
        ArrayNode affiliations = node.putArray("affiliation");
        for (DataCiteMetadata.Affiliation a : c.affiliations()) {
            ObjectNode affiliation = affiliations.addObject();
            affiliation.put("name", a.name());
            if (a.ror() != null) {
                affiliation.put("affiliationIdentifier", a.ror().url());
                affiliation.put("affiliationIdentifierScheme", "ROR");
                affiliation.put("schemeUri", "https://ror.org");
            }
        }
        return node;
    }

    private static void identifier(ObjectNode node, String id, String scheme, String uri) {
        node.put("nameIdentifier", id);
        node.put("nameIdentifierScheme", scheme);
        node.put("schemeUri", uri);
    }

    private static void putIf(ObjectNode node, String key, String value) {
        if (value != null && !value.isBlank()) {
            node.put(key, value);
        }
    }
}
