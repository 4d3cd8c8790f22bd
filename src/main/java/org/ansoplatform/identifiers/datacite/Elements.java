package org.ansoplatform.identifiers.datacite;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A little fluency over StAX for DataCite's elements: optional attributes are left out when null. */
final class Elements {

    private final XMLStreamWriter xml;

    Elements(XMLStreamWriter xml) {
        this.xml = xml;
    }

    void open(String name) throws XMLStreamException {
        xml.writeStartElement(DataCiteXml.NAMESPACE, name);
    }

    Elements startWith(String name, String attribute, String value) throws XMLStreamException {
        open(name);
        xml.writeAttribute(attribute, value);
        return this;
    }

    void close() throws XMLStreamException {
        xml.writeEndElement();
    }

    void text(String name, String text) throws XMLStreamException {
        start(name).body(text);
    }

    void text(String name, String text, String attribute, String value) throws XMLStreamException {
        start(name).attr(attribute, value).body(text);
    }

    Element start(String name) throws XMLStreamException {
        open(name);
        return new Element();
    }

    final class Element {

        Element attr(String name, String value) throws XMLStreamException {
            if (value != null) {
                xml.writeAttribute(name, value);
            }
            return this;
        }

        Element lang(String language) throws XMLStreamException {
            if (language != null) {
                xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
            }
            return this;
        }

        void body(String text) throws XMLStreamException {
            xml.writeCharacters(text);
            xml.writeEndElement();
        }
    }
}
