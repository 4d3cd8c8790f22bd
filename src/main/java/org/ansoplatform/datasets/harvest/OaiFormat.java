package org.ansoplatform.datasets.harvest;

import java.util.Arrays;
import java.util.Optional;

/**
 * The metadata formats the repository disseminates, each precomputed in its own column of the OAI copy: Dublin Core
 * (which OAI-PMH asks of every repository) and DataCite's {@code oai_datacite} 1.1 wrapper around a kernel-4
 * {@code resource} (InvenioRDM's and Zenodo's reading of that prefix, not Dataverse's bare resource).
 */
public enum OaiFormat {

    OAI_DC("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", "http://www.openarchives.org/OAI/2.0/oai_dc/"),
    OAI_DATACITE("oai_datacite", "http://schema.datacite.org/oai/oai-1.1/oai.xsd", "http://schema.datacite.org/oai/oai-1.1/");

    private final String prefix;
    private final String schema;
    private final String namespace;

    OaiFormat(String prefix, String schema, String namespace) {
        this.prefix = prefix;
        this.schema = schema;
        this.namespace = namespace;
    }

    public String prefix() {
        return prefix;
    }

    public String schema() {
        return schema;
    }

    public String namespace() {
        return namespace;
    }

    public static Optional<OaiFormat> ofPrefix(String prefix) {
        return Arrays.stream(values()).filter(format -> format.prefix.equals(prefix)).findFirst();
    }
}
