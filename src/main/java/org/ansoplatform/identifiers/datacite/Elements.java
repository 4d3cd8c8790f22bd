package org.ansoplatform.identifiers.datacite;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A little fluency over StAX for DataCite's elements: optional attributes are left out when null; characters XML 1.0
 * does not allow (control characters pasted into a form) are left out of texts and attributes, as the writer would
 * refuse the whole document.
 */
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
        xml.writeAttribute(attribute, legal(value));
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
                xml.writeAttribute(name, legal(value));
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
            xml.writeCharacters(legal(text));
            xml.writeEndElement();
        }
    }

    /** The text without the characters XML 1.0 does not allow (lone surrogates included). */
    static String legal(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
                out.append(c);
            }
        }
        return out.length() == text.length() ? text : out.toString();
    }
}
