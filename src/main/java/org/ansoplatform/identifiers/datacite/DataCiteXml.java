package org.ansoplatform.identifiers.datacite;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.ansoplatform.identifiers.DataCiteMetadata;
import org.ansoplatform.identifiers.DataCiteMetadata.Affiliation;
import org.ansoplatform.identifiers.DataCiteMetadata.Creator;
import org.ansoplatform.identifiers.DataCiteMetadata.FundingReference;
import org.ansoplatform.identifiers.DataCiteMetadata.GeoLocation;

/**
 * DataCite Metadata Schema 4.7 XML written with StAX, so every value is escaped by the writer and nothing is
 * pasted into markup. The {@code resource} root names its schema location, as DataCite's examples do; the
 * {@code oai_datacite} wrapper carries the same resource as its payload.
 */
public final class DataCiteXml {

    public static final String NAMESPACE = "http://datacite.org/schema/kernel-4";
    public static final String SCHEMA_LOCATION = "http://schema.datacite.org/meta/kernel-4/metadata.xsd";
    public static final String OAI_NAMESPACE = "http://schema.datacite.org/oai/oai-1.1/";
    static final String OAI_SCHEMA_LOCATION = "http://schema.datacite.org/oai/oai-1.1/oai.xsd";
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private DataCiteXml() {
    }

    /** The {@code resource} document DataCite's REST API takes (base64 in {@code attributes.xml}). */
    public static String resource(DataCiteMetadata metadata) {
        return write(xml -> {
            xml.writeStartDocument("UTF-8", "1.0");
            writeResource(xml, metadata);
            xml.writeEndDocument();
        });
    }

    /** The {@code oai_datacite} record: the data centre's symbol, the schema version, and the resource as payload. */
    public static String oaiDatacite(DataCiteMetadata metadata, String datacentreSymbol) {
        return write(xml -> {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("", "oai_datacite", OAI_NAMESPACE);
            xml.writeDefaultNamespace(OAI_NAMESPACE);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", OAI_NAMESPACE + " " + OAI_SCHEMA_LOCATION);
            xml.writeStartElement(OAI_NAMESPACE, "schemaVersion");
            xml.writeCharacters("4.7");
            xml.writeEndElement();
            xml.writeStartElement(OAI_NAMESPACE, "datacentreSymbol");
            xml.writeCharacters(datacentreSymbol);
            xml.writeEndElement();
            xml.writeStartElement(OAI_NAMESPACE, "payload");
            writeResource(xml, metadata);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
        });
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            body.write(xml);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing DataCite XML to a string failed", e);
        }
        return out.toString();
    }

    private static void writeResource(XMLStreamWriter xml, DataCiteMetadata m) throws XMLStreamException {
        Elements e = new Elements(xml);
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement("", "resource", NAMESPACE);
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute(XSI, "schemaLocation", NAMESPACE + " " + SCHEMA_LOCATION);
        e.text("identifier", m.identifier().value(), "identifierType", "DOI");
        e.open("creators");
        for (Creator creator : m.creators()) {
            writeName(e, "creator", "creatorName", creator);
        }
        e.close();
        e.open("titles");
        for (var title : m.titles()) {
            e.start("title").lang(title.language()).attr("titleType", title.type() == null ? null : title.type().xml())
                    .body(title.text());
        }
        e.close();
        e.start("publisher").attr("publisherIdentifier", m.publisher().ror() == null ? null : m.publisher().ror().url())
                .attr("publisherIdentifierScheme", m.publisher().ror() == null ? null : "ROR")
                .attr("schemeURI", m.publisher().ror() == null ? null : "https://ror.org/").body(m.publisher().name());
        e.text("publicationYear", String.valueOf(m.publicationYear()));
        e.start("resourceType").attr("resourceTypeGeneral", m.resourceType().general().xml())
                .body(m.resourceType().name() == null ? "" : m.resourceType().name());
        if (!m.subjects().isEmpty()) {
            e.open("subjects");
            for (var subject : m.subjects()) {
                e.start("subject").lang(subject.language()).attr("subjectScheme", subject.scheme())
                        .attr("schemeURI", subject.schemeUri()).attr("valueURI", subject.valueUri()).body(subject.text());
            }
            e.close();
        }
        if (!m.contributors().isEmpty()) {
            e.open("contributors");
            for (var contributor : m.contributors()) {
                writeName(e.startWith("contributor", "contributorType", contributor.type().xml()), null, "contributorName",
                        contributor.name());
            }
            e.close();
        }
        if (!m.dates().isEmpty()) {
            e.open("dates");
            for (var date : m.dates()) {
                e.start("date").attr("dateType", date.type().xml()).attr("dateInformation", date.information()).body(date.date());
            }
            e.close();
        }
        if (m.language() != null) {
            e.text("language", m.language());
        }
        if (!m.alternateIdentifiers().isEmpty()) {
            e.open("alternateIdentifiers");
            for (var alternate : m.alternateIdentifiers()) {
                e.text("alternateIdentifier", alternate.identifier(), "alternateIdentifierType", alternate.type());
            }
            e.close();
        }
        if (!m.relatedIdentifiers().isEmpty()) {
            e.open("relatedIdentifiers");
            for (var related : m.relatedIdentifiers()) {
                e.start("relatedIdentifier").attr("relatedIdentifierType", related.type().xml())
                        .attr("relationType", related.relation().xml())
                        .attr("resourceTypeGeneral", related.resourceTypeGeneral() == null ? null : related.resourceTypeGeneral().xml())
                        .body(related.identifier());
            }
            e.close();
        }
        list(e, "sizes", "size", m.sizes());
        list(e, "formats", "format", m.formats());
        if (m.version() != null) {
            e.text("version", m.version());
        }
        if (!m.rights().isEmpty()) {
            e.open("rightsList");
            for (var rights : m.rights()) {
                e.start("rights").lang(rights.language()).attr("rightsURI", rights.uri()).attr("rightsIdentifier", rights.spdx())
                        .attr("rightsIdentifierScheme", rights.spdx() == null ? null : "SPDX")
                        .attr("schemeURI", rights.spdx() == null ? null : "https://spdx.org/licenses/").body(rights.text());
            }
            e.close();
        }
        if (!m.descriptions().isEmpty()) {
            e.open("descriptions");
            for (var description : m.descriptions()) {
                e.start("description").lang(description.language()).attr("descriptionType", description.type().xml())
                        .body(description.text());
            }
            e.close();
        }
        if (!m.geoLocations().isEmpty()) {
            e.open("geoLocations");
            for (GeoLocation location : m.geoLocations()) {
                e.open("geoLocation");
                if (location.place() != null) {
                    e.text("geoLocationPlace", location.place());
                }
                if (location.latitude() != null) {
                    e.open("geoLocationPoint");
                    e.text("pointLongitude", BigDecimal.valueOf(location.longitude()).toPlainString());
                    e.text("pointLatitude", BigDecimal.valueOf(location.latitude()).toPlainString());
                    e.close();
                }
                e.close();
            }
            e.close();
        }
        if (!m.fundingReferences().isEmpty()) {
            e.open("fundingReferences");
            for (FundingReference funding : m.fundingReferences()) {
                e.open("fundingReference");
                e.text("funderName", funding.funderName());
                if (funding.funderIdentifier() != null) {
                    e.start("funderIdentifier").attr("funderIdentifierType", funding.funderIdentifierType().xml())
                            .body(funding.funderIdentifier());
                }
                if (funding.awardNumber() != null) {
                    e.start("awardNumber").attr("awardURI", funding.awardUri()).body(funding.awardNumber());
                }
                if (funding.awardTitle() != null) {
                    e.text("awardTitle", funding.awardTitle());
                }
                e.close();
            }
            e.close();
        }
        if (!m.relatedItems().isEmpty()) {
            RelatedItems.write(e, m.relatedItems());
        }
        xml.writeEndElement();
    }

    private static void list(Elements e, String wrapper, String element, List<String> values) throws XMLStreamException {
        if (!values.isEmpty()) {
            e.open(wrapper);
            for (String value : values) {
                e.text(element, value);
            }
            e.close();
        }
    }

    /** A creator or contributor: the wrapper element (unless already open), the name, its parts and identifiers. */
    private static void writeName(Elements e, String wrapper, String nameElement, Creator name) throws XMLStreamException {
        if (wrapper != null) {
            e.open(wrapper);
        }
        e.start(nameElement).attr("nameType", name.nameType().xml()).lang(name.nameLanguage()).body(name.name());
        if (name.givenName() != null) {
            e.text("givenName", name.givenName());
        }
        if (name.familyName() != null) {
            e.text("familyName", name.familyName());
        }
        if (name.orcid() != null) {
            e.start("nameIdentifier").attr("nameIdentifierScheme", "ORCID").attr("schemeURI", "https://orcid.org/")
                    .body(name.orcid().url());
        }
        if (name.ror() != null) {
            e.start("nameIdentifier").attr("nameIdentifierScheme", "ROR").attr("schemeURI", "https://ror.org/")
                    .body(name.ror().url());
        }
        List<Affiliation> affiliations = name.affiliations();
        for (Affiliation affiliation : affiliations) {
            e.start("affiliation").attr("affiliationIdentifier", affiliation.ror() == null ? null : affiliation.ror().url())
                    .attr("affiliationIdentifierScheme", affiliation.ror() == null ? null : "ROR")
                    .attr("schemeURI", affiliation.ror() == null ? null : "https://ror.org/").body(affiliation.name());
        }
        e.close();
    }
}
