package org.ansoplatform.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.validation.Schema;

import org.ansoplatform.XmlSchemas;
import org.ansoplatform.identifiers.datacite.DataCiteXml;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** DataCite XML built from a record's metadata, validated offline against the kernel-4 XSD (test resources). */
class DataCiteXmlTests {

    private static final Schema KERNEL_4 = XmlSchemas.DATACITE_KERNEL_4;
    private static final Schema OAI_DATACITE = XmlSchemas.OAI_DATACITE;

    @Test
    void aRecordWithEveryPropertyIsValidKernel4() throws Exception {
        String xml = DataCiteXml.resource(Records.full());

        assertThat(XmlSchemas.problems(KERNEL_4, xml)).isEmpty();
        Document document = parse(xml);
        Element root = document.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(DataCiteXml.NAMESPACE);
        assertThat(root.getLocalName()).isEqualTo("resource");
        assertThat(text(document, "identifier")).isEqualTo("10.5072/abcde-12345");
        assertThat(text(document, "creatorName")).isEqualTo("王, 小明");
        assertThat(text(document, "title")).isEqualTo("Sand & dust <storms> in the Taklimakan desert");
        assertThat(element(document, "nameIdentifier").getAttribute("nameIdentifierScheme")).isEqualTo("ORCID");
        assertThat(text(document, "nameIdentifier")).isEqualTo("https://orcid.org/0000-0002-1825-0097");
        assertThat(element(document, "affiliation").getAttribute("affiliationIdentifier")).isEqualTo("https://ror.org/034t30j35");
        assertThat(element(document, "title").getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("en");
        assertThat(document.getElementsByTagNameNS(DataCiteXml.NAMESPACE, "creator").getLength()).isEqualTo(5);
        assertThat(element(document, "alternateIdentifier").getAttribute("alternateIdentifierType")).isEqualTo("Local accession number");
        assertThat(text(document, "version")).isEqualTo("2.0");
        assertThat(document.getElementsByTagNameNS(DataCiteXml.NAMESPACE, "format").getLength()).isEqualTo(2);
        assertThat(element(document, "relatedItem").getAttribute("relationType")).isEqualTo("IsCitedBy");
        assertThat(text(document, "relatedItemIdentifier")).isEqualTo("10.5072/qrstv-12345");
        assertThat(text(document, "lastPage")).isEqualTo("117");
    }

    @Test
    void theValidatorRefusesWhatKernel4Refuses() {
        // proves the check is real: DataCite's own example passes, a resource without its mandatory properties fails
        assertThat(XmlSchemas.problems(KERNEL_4, resourceText("/standards/datacite-kernel-4/example/datacite-example-full-v4.xml"))).isEmpty();
        String withoutPublisher = DataCiteXml.resource(Records.full()).replaceAll("<publisher>[^<]*</publisher>", "");
        assertThat(XmlSchemas.problems(KERNEL_4, withoutPublisher)).isNotEmpty();
    }

    @Test
    void theMinimalRecordIsValidToo() {
        assertThat(XmlSchemas.problems(KERNEL_4, DataCiteXml.resource(Records.minimal("On & off")))).isEmpty();
    }

    /**
     * The wrapper's {@code payload} is of any type, so the wrapper schema alone would accept an empty or
     * foreign payload: the payload's root must be kernel-4's {@code resource}, and valid against kernel-4.
     */
    @Test
    void theOaiDataciteWrapperCarriesAValidKernel4ResourceAsItsPayload() throws Exception {
        String xml = DataCiteXml.oaiDatacite(Records.full(), "ANSO.PLATFORM");

        assertThat(XmlSchemas.problems(OAI_DATACITE, xml)).isEmpty();
        assertThat(XmlSchemas.problems(OAI_DATACITE, xml.replaceAll("(?s)<payload>.*</payload>", "<payload><foreign/></payload>")))
                .as("the wrapper schema accepts a foreign payload, hence the checks below").isEmpty();
        Element payload = element(parse(xml), "payload");
        List<Element> children = new ArrayList<>();
        for (var node = payload.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                children.add(child);
            }
        }
        assertThat(children).hasSize(1);
        assertThat(children.get(0).getNamespaceURI()).isEqualTo(DataCiteXml.NAMESPACE);
        assertThat(children.get(0).getLocalName()).isEqualTo("resource");
        String resource = xml.substring(xml.indexOf("<resource"), xml.indexOf("</resource>") + "</resource>".length());
        assertThat(XmlSchemas.problems(KERNEL_4, resource)).isEmpty();
    }

    @Test
    void theMandatoryPropertiesAreRefusedBeforeAnyXmlIsWritten() {
        assertThatThrownBy(() -> Records.minimal(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DataCiteMetadata.GeoLocation(null, 91.0, 10.0)).isInstanceOf(IllegalArgumentException.class);
    }


    private static String resourceText(String resource) {
        try (var in = DataCiteXmlTests.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static Element element(Document document, String name) {
        return (Element) document.getElementsByTagNameNS("*", name).item(0);
    }

    private static String text(Document document, String name) {
        return element(document, name).getTextContent();
    }
}
