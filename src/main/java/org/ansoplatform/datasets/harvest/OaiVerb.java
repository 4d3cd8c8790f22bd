package org.ansoplatform.datasets.harvest;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The six verbs of OAI-PMH 2.0 with the arguments each allows and requires (a resumption token stands alone). */
enum OaiVerb {

    IDENTIFY("Identify", Set.of(), Set.of()),
    LIST_METADATA_FORMATS("ListMetadataFormats", Set.of("identifier"), Set.of()),
    LIST_SETS("ListSets", Set.of("resumptionToken"), Set.of()),
    LIST_IDENTIFIERS("ListIdentifiers", Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"), Set.of("metadataPrefix")),
    LIST_RECORDS("ListRecords", Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"), Set.of("metadataPrefix")),
    GET_RECORD("GetRecord", Set.of("identifier", "metadataPrefix"), Set.of("identifier", "metadataPrefix"));

    private final String xml;
    private final Set<String> allowed;
    private final Set<String> required;

    OaiVerb(String xml, Set<String> allowed, Set<String> required) {
        this.xml = xml;
        this.allowed = allowed;
        this.required = required;
    }

    String xml() {
        return xml;
    }

    Set<String> allowed() {
        return allowed;
    }

    Set<String> required() {
        return required;
    }

    boolean isList() {
        return this == LIST_IDENTIFIERS || this == LIST_RECORDS;
    }

    static Optional<OaiVerb> of(String name) {
        return Arrays.stream(values()).filter(verb -> verb.xml.equals(name)).findFirst();
    }
}
