package org.ansoplatform.identifiers;

/**
 * The kind of a related identifier (DataCite {@code relatedIdentifierType}).
 * The constants follow DataCite Metadata Schema 4.7's controlled list
 * ({@code include/datacite-relatedIdentifierType-v4.xsd}), whose spelling {@link #xml()} returns.
 */
public enum RelatedIdentifierType {
    ARK("ARK"),
    ARXIV("arXiv"),
    BIBCODE("bibcode"),
    CSTR("CSTR"),
    DOI("DOI"),
    EAN13("EAN13"),
    EISSN("EISSN"),
    HANDLE("Handle"),
    IGSN("IGSN"),
    ISBN("ISBN"),
    ISSN("ISSN"),
    ISTC("ISTC"),
    LISSN("LISSN"),
    LSID("LSID"),
    PMID("PMID"),
    PURL("PURL"),
    RAID("RAiD"),
    RRID("RRID"),
    SWHID("SWHID"),
    UPC("UPC"),
    URL("URL"),
    URN("URN"),
    W3ID("w3id");

    private final String xml;

    RelatedIdentifierType(String xml) {
        this.xml = xml;
    }

    public String xml() {
        return xml;
    }
}
