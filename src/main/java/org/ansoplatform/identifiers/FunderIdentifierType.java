package org.ansoplatform.identifiers;

/**
 * The scheme of a funder identifier (DataCite {@code funderIdentifierType}).
 * The constants follow DataCite Metadata Schema 4.7's controlled list
 * ({@code include/datacite-funderIdentifierType-v4.xsd}), whose spelling {@link #xml()} returns.
 */
public enum FunderIdentifierType {
    ISNI("ISNI"),
    GRID("GRID"),
    ROR("ROR"),
    CROSSREF_FUNDER_ID("Crossref Funder ID"),
    OTHER("Other");

    private final String xml;

    FunderIdentifierType(String xml) {
        this.xml = xml;
    }

    public String xml() {
        return xml;
    }
}
