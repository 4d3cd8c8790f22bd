package org.ansoplatform.datasets.harvest;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.ansoplatform.datasets.DatasetDescription;
import org.ansoplatform.identifiers.DataCiteMetadata;

/**
 * A version's {@code oai_dc} record, written with StAX from its DataCite metadata: titles, creators, subjects and
 * keywords, descriptions, publisher, the publication date, the resource type, the DOI and landing page as
 * identifiers, the language, rights and places as coverage. A withdrawn version keeps its record (the header says it
 * is deleted and no metadata is sent).
 */
final class OaiDublinCore {

    static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String SCHEMA_LOCATION = OAI_DC + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd";

    private OaiDublinCore() {
    }

    static String of(DatasetDescription description, String landingPage) {
        DataCiteMetadata m = description.metadata();
        return OaiXml.fragment(xml -> {
            xml.setPrefix("oai_dc", OAI_DC);
            xml.setPrefix("dc", DC);
            xml.writeStartElement("oai_dc", "dc", OAI_DC);
            xml.writeNamespace("oai_dc", OAI_DC);
            xml.writeNamespace("dc", DC);
            xml.writeNamespace("xsi", OaiXml.XSI);
            xml.writeAttribute("xsi", OaiXml.XSI, "schemaLocation", SCHEMA_LOCATION);
            for (var title : m.titles()) {
                element(xml, "title", title.text(), title.language());
            }
            for (var creator : m.creators()) {
                element(xml, "creator", creator.name(), null);
            }
            for (var subject : m.subjects()) {
                element(xml, "subject", subject.text(), subject.language());
            }
            for (String keyword : description.keywords()) {
                element(xml, "subject", keyword, null);
            }
            for (var text : m.descriptions()) {
                element(xml, "description", text.text(), text.language());
            }
            element(xml, "publisher", m.publisher().name(), null);
            for (var contributor : m.contributors()) {
                element(xml, "contributor", contributor.name().name(), null);
            }
            element(xml, "date", description.published() == null ? String.valueOf(m.publicationYear())
                    : description.published().toString().substring(0, 10), null);
            element(xml, "type", m.resourceType().general().xml(), null);
            for (String format : m.formats()) {
                element(xml, "format", format, null);
            }
            element(xml, "identifier", "https://doi.org/" + m.identifier().value(), null);
            element(xml, "identifier", landingPage, null);
            if (description.conceptDoi() != null) {
                element(xml, "relation", "https://doi.org/" + description.conceptDoi(), null);
            }
            if (m.language() != null) {
                element(xml, "language", m.language(), null);
            }
            for (var rights : m.rights()) {
                element(xml, "rights", rights.uri() != null ? rights.uri() : rights.text(), null);
            }
            for (var place : m.geoLocations()) {
                if (place.place() != null) {
                    element(xml, "coverage", place.place(), null);
                }
            }
            xml.writeEndElement();
        });
    }

    private static void element(XMLStreamWriter xml, String name, String text, String language) throws XMLStreamException {
        if (text == null || text.isBlank()) {
            return;
        }
        xml.writeStartElement("dc", name, DC);
        if (language != null && !language.isBlank()) {
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language);
        }
        xml.writeCharacters(OaiXml.legal(text));
        xml.writeEndElement();
    }
}
