package org.ansoplatform.datasets.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.XmlSchemas;
import org.ansoplatform.datasets.DatasetDescription;
import org.ansoplatform.datasets.HarvestSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * OAI-PMH 2.0 over HTTP, from versions published as deposit publishes them: every verb, both formats, deleted
 * records and every error answer validate against the official schemas (payloads included), and every
 * {@code oai_datacite} payload is a non-empty kernel-4 resource that validates alone too.
 */
class OaiPmhTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    OaiRecords records;

    /** The answer to a GET, checked: 200, text/xml in UTF-8, valid against OAI-PMH with its payloads. */
    Document oai(String query) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/oai?" + query)).andReturn().getResponse();
        return checked(response);
    }

    static Document checked(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.TEXT_XML)).isTrue();
        assertThat(response.getCharacterEncoding()).isEqualToIgnoringCase("UTF-8");
        String xml = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(XmlSchemas.problems(XmlSchemas.OAI_PMH, xml)).as(xml).isEmpty();
        Document document = HarvestFixtures.parse(xml);
        for (Element wrapper : HarvestFixtures.elements(document, "http://schema.datacite.org/oai/oai-1.1/", "oai_datacite")) {
            Element payload = HarvestFixtures.elements(wrapper, "http://schema.datacite.org/oai/oai-1.1/", "payload").get(0);
            Element resource = HarvestFixtures.firstChild(payload);
            assertThat(resource).as("the payload holds a resource").isNotNull();
            assertThat(resource.getNamespaceURI()).isEqualTo("http://datacite.org/schema/kernel-4");
            assertThat(resource.getLocalName()).isEqualTo("resource");
            assertThat(resource.getElementsByTagNameNS("http://datacite.org/schema/kernel-4", "title").getLength()).isPositive();
            StringWriter alone = new StringWriter();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(resource), new StreamResult(alone));
            assertThat(XmlSchemas.problems(XmlSchemas.DATACITE_KERNEL_4, alone.toString())).isEmpty();
        }
        return document;
    }

    @Test
    void everyVerbAndBothFormatsValidateAgainstTheSchemas() throws Exception {
        UUID dataset = UUID.randomUUID();
        UUID project = UUID.randomUUID();
        HarvestSet set = new HarvestSet("project:" + project, "Dust in the Taklimakan");
        DatasetDescription first = HarvestFixtures.version(dataset, UUID.randomUUID(), "Dust counts \u0001with a control", false);
        DatasetDescription withdrawn = HarvestFixtures.version(dataset, UUID.randomUUID(), "Withdrawn counts", true);
        events.publishEvent(HarvestFixtures.changed(first, clock.instant(), set, new HarvestSet("sdg:13", "Climate action")));
        events.publishEvent(HarvestFixtures.changed(withdrawn, clock.instant(), set));

        Document identify = oai("verb=Identify");
        assertThat(HarvestFixtures.texts(identify, "repositoryName")).containsExactly("ANSO-DataPA");
        assertThat(HarvestFixtures.texts(identify, "deletedRecord")).containsExactly("persistent");
        assertThat(HarvestFixtures.texts(identify, "granularity")).containsExactly("YYYY-MM-DDThh:mm:ssZ");
        assertThat(HarvestFixtures.texts(identify, "baseURL").get(0)).endsWith("/oai");

        assertThat(HarvestFixtures.texts(oai("verb=ListMetadataFormats"), "metadataPrefix")).containsExactly("oai_dc", "oai_datacite");
        String id = records.identifier(first.versionId());
        assertThat(id).startsWith("oai:localhost:datasets/");
        assertThat(HarvestFixtures.texts(oai("verb=ListMetadataFormats&identifier=" + id), "metadataPrefix")).hasSize(2);

        Document sets = oai("verb=ListSets");
        assertThat(HarvestFixtures.texts(sets, "setSpec")).contains("project", "project:" + project, "sdg", "sdg:13");

        Document identifiers = oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=project:" + project);
        assertThat(HarvestFixtures.texts(identifiers, "identifier")).containsExactly(id, records.identifier(withdrawn.versionId()));
        Element deleted = HarvestFixtures.elements(identifiers, HarvestFixtures.OAI, "header").get(1);
        assertThat(deleted.getAttribute("status")).isEqualTo("deleted");

        for (String prefix : List.of("oai_dc", "oai_datacite")) {
            Document list = oai("verb=ListRecords&metadataPrefix=" + prefix + "&set=project:" + project);
            assertThat(HarvestFixtures.elements(list, HarvestFixtures.OAI, "record")).hasSize(2);
            assertThat(HarvestFixtures.elements(list, HarvestFixtures.OAI, "metadata")).as("none for the deleted record").hasSize(1);
            Document record = oai("verb=GetRecord&metadataPrefix=" + prefix + "&identifier=" + id);
            assertThat(HarvestFixtures.elements(record, HarvestFixtures.OAI, "metadata")).hasSize(1);
            assertThat(HarvestFixtures.texts(record, "setSpec")).containsExactly("project", "project:" + project, "sdg", "sdg:13");
        }
        Document dc = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + id);
        List<String> titles = HarvestFixtures.elements(dc, "http://purl.org/dc/elements/1.1/", "title").stream()
                .map(Element::getTextContent).toList();
        assertThat(titles).contains("Dust counts with a control", "塔克拉玛干沙漠的沙尘暴");
        Document gone = oai("verb=GetRecord&metadataPrefix=oai_datacite&identifier=" + records.identifier(withdrawn.versionId()));
        assertThat(HarvestFixtures.elements(gone, HarvestFixtures.OAI, "metadata")).isEmpty();

        // hierarchical sets: the top level holds every project's records
        assertThat(HarvestFixtures.texts(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=project"), "identifier")).contains(id);
        // selective harvesting by date, both granularities, until inclusive
        String today = clock.instant().toString().substring(0, 10);
        assertThat(HarvestFixtures.texts(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=project:" + project + "&from=" + today
                + "&until=" + today), "identifier")).hasSize(2);
        String second = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        assertThat(HarvestFixtures.texts(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=project:" + project + "&until=" + second),
                "identifier")).hasSize(2);
        assertThat(HarvestFixtures.errorCode(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=project:" + project + "&from="
                + clock.instant().plusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))).isEqualTo("noRecordsMatch");

        // POST, form-encoded, without a CSRF token
        Document posted = checked(mvc.perform(post("/oai").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("verb=GetRecord&metadataPrefix=oai_datacite&identifier=" + id)).andReturn().getResponse());
        assertThat(HarvestFixtures.elements(posted, HarvestFixtures.OAI, "record")).hasSize(1);
    }

    @Test
    void everyErrorIsAnsweredWithItsCode() throws Exception {
        UUID project = UUID.randomUUID();
        DatasetDescription version = HarvestFixtures.version(UUID.randomUUID(), UUID.randomUUID(), "Errors", false);
        events.publishEvent(HarvestFixtures.changed(version, clock.instant(), new HarvestSet("project:" + project, "Errors")));
        String id = records.identifier(version.versionId());
        List<String[]> cases = List.of(
                new String[] {"", "badVerb"}, new String[] {"verb=Harvest", "badVerb"},
                new String[] {"verb=Identify&verb=Identify", "badVerb"},
                new String[] {"verb=Identify&metadataPrefix=oai_dc", "badArgument"},
                new String[] {"verb=ListRecords", "badArgument"},
                new String[] {"verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc", "badArgument"},
                new String[] {"verb=ListRecords&metadataPrefix=oai_dc&from=2026-13-01", "badArgument"},
                new String[] {"verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-01T00:00:00.5Z", "badArgument"},
                new String[] {"verb=ListRecords&metadataPrefix=oai_dc&from=2026-02-01&until=2026-01-01", "badArgument"},
                new String[] {"verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-01&until=2026-02-01T00:00:00Z", "badArgument"},
                new String[] {"verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc", "badArgument"},
                new String[] {"verb=GetRecord&identifier=" + id, "badArgument"},
                new String[] {"verb=ListRecords&resumptionToken=abc", "badResumptionToken"},
                new String[] {"verb=ListSets&resumptionToken=abc", "badResumptionToken"},
                new String[] {"verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat"},
                new String[] {"verb=GetRecord&metadataPrefix=marc21&identifier=" + id, "cannotDisseminateFormat"},
                new String[] {"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:datasets/none", "idDoesNotExist"},
                new String[] {"verb=ListMetadataFormats&identifier=oai:localhost:datasets/none", "idDoesNotExist"},
                new String[] {"verb=ListRecords&metadataPrefix=oai_dc&set=project:" + UUID.randomUUID(), "noRecordsMatch"},
                new String[] {"verb=ListIdentifiers&metadataPrefix=oai_dc&set=project:" + project + "&until=2000-01-01", "noRecordsMatch"});
        for (String[] c : cases) {
            Document answer = oai(c[0]);
            assertThat(HarvestFixtures.errorCode(answer)).as(c[0]).isEqualTo(c[1]);
            Element request = HarvestFixtures.elements(answer, HarvestFixtures.OAI, "request").get(0);
            if (c[1].equals("badVerb") || c[1].equals("badArgument")) {
                assertThat(request.getAttributes().getLength()).as("a bare request element: " + c[0]).isZero();
            }
        }
    }

    @Test
    void tamperedExpiredAndForeignTokensAreRefused() throws Exception {
        String set = "project:" + UUID.randomUUID();
        HarvestFixtures.publish(events, clock, new HarvestSet(set, "Tokens"), 5);
        String query = "verb=ListIdentifiers&metadataPrefix=oai_dc&set=" + set;
        withPageSize(2, () -> {
            String token = HarvestFixtures.texts(oai(query), "resumptionToken").get(0);
            assertThat(token).isNotEmpty();
            assertThat(HarvestFixtures.errorCode(oai("verb=ListIdentifiers&resumptionToken=" + token))).isNull();
            char last = token.charAt(token.length() - 1);
            String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
            assertThat(HarvestFixtures.errorCode(oai("verb=ListIdentifiers&resumptionToken=" + tampered))).isEqualTo("badResumptionToken");
            String payload = token.substring(0, token.indexOf('.'));
            String forged = new StringBuilder(payload).reverse() + token.substring(token.indexOf('.'));
            assertThat(HarvestFixtures.errorCode(oai("verb=ListIdentifiers&resumptionToken=" + forged))).isEqualTo("badResumptionToken");
            assertThat(HarvestFixtures.errorCode(oai("verb=ListRecords&resumptionToken=" + token))).as("another verb's")
                    .isEqualTo("badResumptionToken");
            clock.advance(Duration.ofHours(25));
            assertThat(HarvestFixtures.errorCode(oai("verb=ListIdentifiers&resumptionToken=" + token))).isEqualTo("badResumptionToken");
        });
    }

    @Autowired
    OaiSettings settings;

    interface Body {
        void run() throws Exception;
    }

    /** Runs {@code body} with another page size (the setting is read at every page). */
    void withPageSize(int size, Body body) throws Exception {
        int before = settings.pageSize();
        settings.pageSize(size);
        try {
            body.run();
        } finally {
            settings.pageSize(before);
        }
    }
}
