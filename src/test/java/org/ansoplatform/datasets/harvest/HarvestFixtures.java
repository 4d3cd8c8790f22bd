package org.ansoplatform.datasets.harvest;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.ansoplatform.TestClock;
import org.ansoplatform.datasets.DatasetDescription;
import org.ansoplatform.datasets.DatasetFile;
import org.ansoplatform.datasets.DatasetVersionChanged;
import org.ansoplatform.datasets.HarvestSet;
import org.ansoplatform.identifiers.ContributorType;
import org.ansoplatform.identifiers.DataCiteMetadata;
import org.ansoplatform.identifiers.DataCiteMetadata.Contributor;
import org.ansoplatform.identifiers.DataCiteMetadata.Creator;
import org.ansoplatform.identifiers.DataCiteMetadata.Description;
import org.ansoplatform.identifiers.DataCiteMetadata.GeoLocation;
import org.ansoplatform.identifiers.DataCiteMetadata.Publisher;
import org.ansoplatform.identifiers.DataCiteMetadata.ResourceType;
import org.ansoplatform.identifiers.DataCiteMetadata.Rights;
import org.ansoplatform.identifiers.DataCiteMetadata.Subject;
import org.ansoplatform.identifiers.DataCiteMetadata.Title;
import org.ansoplatform.identifiers.DescriptionType;
import org.ansoplatform.identifiers.ResourceTypeGeneral;
import org.ansoplatform.identifiers.TitleType;
import org.ansoplatform.shared.Doi;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.ApplicationEventPublisher;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Versions as deposit describes them in its {@code DatasetVersionChanged} events (the contract), and a namespace-aware
 * reading of the repository's answers.
 */
final class HarvestFixtures {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";

    private HarvestFixtures() {
    }

    static DatasetDescription version(UUID datasetId, UUID versionId, String title, boolean withdrawn) {
        String suffix = versionId.toString().substring(0, 5) + "-" + versionId.toString().substring(9, 13) + "x";
        DataCiteMetadata metadata = new DataCiteMetadata(Doi.parse("10.5072/" + suffix),
                List.of(Creator.person("王", "小明", null, List.of()).inLanguage("zh"), Creator.person("Lovelace", "Ada", null, List.of())),
                List.of(new Title(title, "en", null), new Title("塔克拉玛干沙漠的沙尘暴", "zh", TitleType.TRANSLATED_TITLE)),
                new Publisher("Alliance of International Science Organizations", null), 2026,
                new ResourceType(ResourceTypeGeneral.DATASET, "Field observations"),
                List.of(new Subject("Earth and related environmental sciences", "en", null, null, null)),
                List.of(new Contributor(ContributorType.DATA_CURATOR, Creator.person("Smith", "Jane", null, List.of()))),
                List.of(), "en", List.of(),
                List.of(new Rights("Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/",
                        "CC-BY-4.0", "en")),
                List.of(new Description("Daily dust counts; \"quoted\" & <escaped>.", DescriptionType.ABSTRACT, "en")),
                List.of(new GeoLocation("Taklimakan Desert", 38.9, 82.2)), List.of(), "http://localhost/datasets/" + datasetId);
        UUID fileId = UUID.nameUUIDFromBytes(versionId.toString().getBytes());
        return new DatasetDescription(datasetId, versionId, 1, metadata, "10.5072/conce-pt00x",
                List.of(new DatasetFile(fileId, "counts.csv", "text/csv", 1234, "ab".repeat(32), "/datasets/x/files/" + fileId, true)),
                List.of("dust", "oasis"), new RecordRef("projects", "project", UUID.randomUUID()), "/projects/x", "Dust", Instant.now(),
                Instant.now(), withdrawn);
    }

    /** Publishes {@code count} versions of new datasets in {@code set}, a second apart. */
    static List<DatasetDescription> publish(ApplicationEventPublisher events, TestClock clock, HarvestSet set, int count) {
        List<DatasetDescription> published = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DatasetDescription version = version(UUID.randomUUID(), UUID.randomUUID(), "Dataset " + i, false);
            events.publishEvent(changed(version, clock.instant(), set));
            published.add(version);
            if (i % 10 == 9) {
                clock.advance(Duration.ofSeconds(1));
            }
        }
        return published;
    }

    static DatasetVersionChanged changed(DatasetDescription description, Instant at, HarvestSet... sets) {
        return new DatasetVersionChanged(description, List.of(sets), at);
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalStateException("Not well-formed: " + xml, e);
        }
    }

    static List<Element> elements(Node node, String namespace, String name) {
        NodeList list = node instanceof Document d ? d.getElementsByTagNameNS(namespace, name)
                : ((Element) node).getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    static List<String> texts(Node node, String name) {
        return elements(node, OAI, name).stream().map(Element::getTextContent).toList();
    }

    /** The error code of an answer, or null when it has none. */
    static String errorCode(Document document) {
        List<Element> errors = elements(document, OAI, "error");
        return errors.isEmpty() ? null : errors.get(0).getAttribute("code");
    }

    /** The first element child of {@code element}. */
    static Element firstChild(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element found) {
                return found;
            }
        }
        return null;
    }
}
