package org.ansoplatform.datasets.harvest;

import java.io.StringWriter;
import java.io.Writer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** StAX helpers of the repository: one factory, text without the characters XML 1.0 forbids, documents into strings. */
final class OaiXml {

    static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private OaiXml() {
    }

    /** The text without the characters XML 1.0 does not allow (controls but tab, newline and return; lone surrogates; FFFE/FFFF). */
    static String legal(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (ok && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** A fragment written by {@code body}, without an XML declaration, ready to be placed inside a response. */
    static String fragment(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            body.write(xml);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing XML to a string failed", e);
        }
        return out.toString();
    }

    /** A stored document without its XML declaration and with only legal characters. */
    static String withoutDeclaration(String document) {
        String text = document.strip();
        if (text.startsWith("<?xml")) {
            text = text.substring(text.indexOf("?>") + 2).strip();
        }
        return legal(text);
    }

    static XMLStreamWriter writer(Writer out) {
        try {
            return FACTORY.createXMLStreamWriter(out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
