package org.ansoplatform.datasets.harvest;

import java.time.Instant;
import java.util.List;

import org.ansoplatform.datasets.harvest.OaiArguments.Parsed;
import org.ansoplatform.datasets.harvest.OaiException.Code;
import org.ansoplatform.datasets.harvest.OaiProtocol.Answer;
import org.ansoplatform.datasets.harvest.OaiRecordStore.OaiRecord;
import org.ansoplatform.datasets.harvest.OaiRecordStore.Selection;
import org.ansoplatform.datasets.harvest.OaiTokens.Token;
import org.springframework.stereotype.Component;

/**
 * ListIdentifiers and ListRecords, a page at a time: a keyset scan after the last (datestamp, place) of the previous
 * page, one record more than the page size read to know whether another page follows. The list's size is counted once,
 * at its first page, and carried in the token ({@code completeListSize}, as of that moment); the cursor is the number
 * of records sent before the page.
 */
@Component
class OaiLists {

    private final OaiRecordStore store;
    private final OaiTokens tokens;
    private final OaiSettings settings;

    OaiLists(OaiRecordStore store, OaiTokens tokens, OaiSettings settings) {
        this.store = store;
        this.tokens = tokens;
        this.settings = settings;
    }

    Answer page(Parsed request, Instant now) {
        OaiVerb verb = request.verb();
        Token state;
        boolean first = request.get("resumptionToken") == null;
        if (first) {
            OaiFormat format = OaiFormat.ofPrefix(request.get("metadataPrefix"))
                    .orElseThrow(() -> new OaiException(Code.CANNOT_DISSEMINATE_FORMAT, "The repository does not disseminate this format."));
            Instant from = OaiArguments.from(request.get("from"));
            Instant until = OaiArguments.until(request.get("until"));
            state = new Token(verb, format, from, until, request.get("set"), from.minusSeconds(1), Long.MAX_VALUE, 0, 0, now);
        } else {
            state = tokens.decode(request.get("resumptionToken"), verb, now);
        }
        Selection selection = new Selection(state.from(), state.until(), state.set(), state.afterDatestamp(), state.afterSeq());
        int size = settings.pageSize();
        List<OaiRecord> records = store.page(selection, verb == OaiVerb.LIST_RECORDS ? state.format() : null, size + 1);
        if (records.isEmpty()) {
            throw new OaiException(Code.NO_RECORDS_MATCH, "No records match the request.");
        }
        boolean more = records.size() > size;
        List<OaiRecord> page = more ? records.subList(0, size) : records;
        long completeListSize = first ? (more ? store.count(selection) : page.size()) : state.completeListSize();
        OaiRecord last = page.get(page.size() - 1);
        Instant expires = now.plus(settings.tokenLifetime());
        String next = more ? tokens.encode(new Token(verb, state.format(), state.from(), state.until(), state.set(),
                last.datestamp(), last.seq(), state.cursor() + page.size(), completeListSize, expires)) : "";
        boolean split = more || !first;
        long cursor = state.cursor();
        return (xml, out) -> {
            xml.writeStartElement(verb.xml());
            for (OaiRecord record : page) {
                OaiProtocol.record(xml, out, record, verb == OaiVerb.LIST_RECORDS);
            }
            if (split) {
                xml.writeStartElement("resumptionToken");
                if (more) {
                    xml.writeAttribute("expirationDate", expires.toString());
                }
                if (completeListSize > 0) {
                    xml.writeAttribute("completeListSize", String.valueOf(Math.max(completeListSize, cursor + page.size())));
                }
                xml.writeAttribute("cursor", String.valueOf(cursor));
                xml.writeCharacters(next);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        };
    }
}
