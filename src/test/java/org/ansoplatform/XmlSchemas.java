package org.ansoplatform;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** The official schemas the tests validate against (src/test/resources/standards), read offline, never downloaded. */
public final class XmlSchemas {

    public static final Schema DATACITE_KERNEL_4 = schema("/standards/datacite-kernel-4/metadata.xsd");
    public static final Schema OAI_DATACITE = schema("/standards/oai_datacite-1.1/oai.xsd");

    private XmlSchemas() {
    }

    /** Every problem the schema finds in {@code xml}; empty when it is valid. */
    public static List<String> problems(Schema schema, String xml) {
        List<String> problems = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                problems.add(e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    private static Schema schema(String resource) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // offline: only the copies next to the schema, never a download
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            URL url = XmlSchemas.class.getResource(resource);
            return factory.newSchema(new StreamSource(url.toURI().toString()));
        } catch (SAXException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
