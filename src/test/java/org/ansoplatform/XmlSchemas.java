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
    /**
     * A whole OAI-PMH 2.0 response with its payloads ({@code oai_dc}, {@code oai_datacite} with its kernel-4 resource,
     * the {@code oai-identifier} description): the wrapper schema of the standards folder, its remote schema locations
     * resolved through {@code catalog.xml} to the local copies.
     */
    public static final Schema OAI_PMH = catalogued("/standards/oai-pmh-validation-wrapper.xsd", "/standards/catalog.xml");

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

    private static Schema catalogued(String resource, String catalog) {
        try {
            URL catalogUrl = XmlSchemas.class.getResource(catalog);
            String text;
            try (var in = catalogUrl.openStream()) {
                text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            java.util.Map<String, String> local = new java.util.HashMap<>();
            var entry = java.util.regex.Pattern.compile("<(?:system|uri) (?:systemId|name)=\"([^\"]+)\" uri=\"([^\"]+)\"").matcher(text);
            while (entry.find()) {
                local.put(entry.group(1), catalogUrl.toURI().resolve(entry.group(2)).toString());
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            var implementation = (org.w3c.dom.ls.DOMImplementationLS) org.w3c.dom.bootstrap.DOMImplementationRegistry
                    .newInstance().getDOMImplementation("LS");
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                String file = systemId == null ? null : local.get(systemId);
                if (file == null) {
                    return null; // a relative location: the factory reads the file itself
                }
                var input = implementation.createLSInput();
                input.setSystemId(file);
                try {
                    input.setByteStream(new java.net.URI(file).toURL().openStream());
                } catch (IOException | URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
                return input;
            });
            return factory.newSchema(new StreamSource(XmlSchemas.class.getResource(resource).toURI().toString()));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot load " + resource + " offline", e);
        }
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
