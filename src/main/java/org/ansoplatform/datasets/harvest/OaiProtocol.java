package org.ansoplatform.datasets.harvest;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.ansoplatform.datasets.harvest.OaiArguments.Parsed;
import org.ansoplatform.datasets.harvest.OaiException.Code;
import org.ansoplatform.datasets.harvest.OaiRecordStore.OaiRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OAI-PMH 2.0 repository: checks a request, reads what it needs, then streams the response with StAX (no DOM;
 * the records' payloads are precomputed and copied as they are). Every verb, every error code of the protocol but
 * noMetadataFormats (every record has both formats), deleted records persistent, seconds granularity.
 */
@Component
public class OaiProtocol {

    public static final String CONTENT_TYPE = "text/xml;charset=UTF-8";
    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    private static final String SCHEMA_LOCATION = OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";
    private static final String OAI_IDENTIFIER = "http://www.openarchives.org/OAI/2.0/oai-identifier";

    /** Writes the verb's element, everything it needs read already. */
    interface Answer {
        void write(XMLStreamWriter xml, Writer out) throws XMLStreamException, IOException;
    }

    private final OaiRecordStore store;
    private final OaiLists lists;
    private final OaiSettings settings;
    private final Clock clock;

    OaiProtocol(OaiRecordStore store, OaiLists lists, OaiSettings settings, Clock clock) {
        this.store = store;
        this.lists = lists;
        this.settings = settings;
        this.clock = clock;
    }

    /** Answers one request (its query and form parameters) into {@code out}. */
    @Transactional(readOnly = true)
    public void answer(Map<String, String[]> parameters, Writer out) throws IOException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Parsed parsed = null;
        Answer answer;
        try {
            parsed = OaiArguments.parse(parameters);
            answer = switch (parsed.verb()) {
                case IDENTIFY -> identify();
                case LIST_METADATA_FORMATS -> formats(parsed.get("identifier"));
                case LIST_SETS -> sets(parsed.get("resumptionToken"));
                case GET_RECORD -> record(parsed.get("identifier"), parsed.get("metadataPrefix"));
                case LIST_IDENTIFIERS, LIST_RECORDS -> lists.page(parsed, now);
            };
        } catch (OaiException error) {
            Parsed echoed = error.code().echoesArguments() ? parsed : null;
            envelope(out, now, echoed, (xml, raw) -> {
                xml.writeStartElement("error");
                xml.writeAttribute("code", error.code().xml());
                xml.writeCharacters(error.getMessage());
                xml.writeEndElement();
            });
            return;
        }
        envelope(out, now, parsed, answer);
    }

    private void envelope(Writer out, Instant now, Parsed request, Answer answer) throws IOException {
        try {
            XMLStreamWriter xml = OaiXml.writer(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("", "OAI-PMH", OAI);
            xml.writeDefaultNamespace(OAI);
            xml.writeNamespace("xsi", OaiXml.XSI);
            xml.writeAttribute("xsi", OaiXml.XSI, "schemaLocation", SCHEMA_LOCATION);
            text(xml, "responseDate", now.toString());
            xml.writeStartElement("request");
            if (request != null) {
                xml.writeAttribute("verb", request.verb().xml());
                for (Map.Entry<String, String> argument : request.arguments().entrySet()) {
                    xml.writeAttribute(argument.getKey(), OaiXml.legal(argument.getValue()));
                }
            }
            xml.writeCharacters(settings.baseUrl());
            xml.writeEndElement();
            answer.write(xml, out);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("Writing the OAI-PMH response failed", e);
        }
    }

    private Answer identify() {
        Instant earliest = store.earliestDatestamp().orElse(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        return (xml, out) -> {
            xml.writeStartElement(OaiVerb.IDENTIFY.xml());
            text(xml, "repositoryName", "ANSO-DataPA");
            text(xml, "baseURL", settings.baseUrl());
            text(xml, "protocolVersion", "2.0");
            text(xml, "adminEmail", settings.adminEmail());
            text(xml, "earliestDatestamp", earliest.toString());
            text(xml, "deletedRecord", "persistent");
            text(xml, "granularity", "YYYY-MM-DDThh:mm:ssZ");
            if (settings.host().matches("[a-zA-Z][a-zA-Z0-9\\-]*(\\.[a-zA-Z][a-zA-Z0-9\\-]*)+")) {
                xml.writeStartElement("description");
                xml.writeStartElement("", "oai-identifier", OAI_IDENTIFIER);
                xml.writeDefaultNamespace(OAI_IDENTIFIER);
                xml.writeAttribute("xsi", OaiXml.XSI, "schemaLocation", OAI_IDENTIFIER + " http://www.openarchives.org/OAI/2.0/oai-identifier.xsd");
                text(xml, "scheme", "oai");
                text(xml, "repositoryIdentifier", settings.host());
                text(xml, "delimiter", ":");
                text(xml, "sampleIdentifier", "oai:" + settings.host() + ":datasets/00000000-0000-0000-0000-000000000000");
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        };
    }

    private Answer formats(String identifier) {
        if (identifier != null && !store.exists(identifier)) {
            throw new OaiException(Code.ID_DOES_NOT_EXIST, "No record has this identifier.");
        }
        return (xml, out) -> {
            xml.writeStartElement(OaiVerb.LIST_METADATA_FORMATS.xml());
            for (OaiFormat format : OaiFormat.values()) {
                xml.writeStartElement("metadataFormat");
                text(xml, "metadataPrefix", format.prefix());
                text(xml, "schema", format.schema());
                text(xml, "metadataNamespace", format.namespace());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        };
    }

    private Answer sets(String resumptionToken) {
        if (resumptionToken != null) {
            throw new OaiException(Code.BAD_RESUMPTION_TOKEN, "The list of sets is never split: no token was issued.");
        }
        List<String[]> sets = store.sets();
        if (sets.isEmpty()) {
            throw new OaiException(Code.NO_SET_HIERARCHY, "The repository has no sets yet.");
        }
        return (xml, out) -> {
            xml.writeStartElement(OaiVerb.LIST_SETS.xml());
            for (String[] set : sets) {
                xml.writeStartElement("set");
                text(xml, "setSpec", set[0]);
                text(xml, "setName", set[1]);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        };
    }

    private Answer record(String identifier, String prefix) {
        OaiFormat format = OaiFormat.ofPrefix(prefix)
                .orElseThrow(() -> new OaiException(Code.CANNOT_DISSEMINATE_FORMAT, "The repository does not disseminate this format."));
        OaiRecord record = store.byIdentifier(identifier, format)
                .orElseThrow(() -> new OaiException(Code.ID_DOES_NOT_EXIST, "No record has this identifier."));
        return (xml, out) -> {
            xml.writeStartElement(OaiVerb.GET_RECORD.xml());
            record(xml, out, record, true);
            xml.writeEndElement();
        };
    }

    /** One record: its header (status deleted for a withdrawn version) and, unless deleted, its precomputed metadata. */
    static void record(XMLStreamWriter xml, Writer out, OaiRecord record, boolean withMetadata) throws XMLStreamException, IOException {
        if (withMetadata) {
            xml.writeStartElement("record");
        }
        xml.writeStartElement("header");
        if (record.deleted()) {
            xml.writeAttribute("status", "deleted");
        }
        text(xml, "identifier", record.identifier());
        text(xml, "datestamp", record.datestamp().toString());
        for (String spec : record.setSpecs()) {
            text(xml, "setSpec", spec);
        }
        xml.writeEndElement();
        if (withMetadata) {
            if (!record.deleted()) {
                xml.writeStartElement("metadata");
                xml.writeCharacters("");
                xml.flush();
                out.write(record.payload());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
    }

    static void text(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(OaiXml.legal(text));
        xml.writeEndElement();
    }
}
