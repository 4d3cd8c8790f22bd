package org.ansoplatform.identifiers;

/**
 * The kind of a description (DataCite {@code descriptionType}).
 * The constants follow DataCite Metadata Schema 4.7's controlled list
 * ({@code include/datacite-descriptionType-v4.xsd}), whose spelling {@link #xml()} returns.
 */
public enum DescriptionType {
    ABSTRACT("Abstract"),
    METHODS("Methods"),
    SERIES_INFORMATION("SeriesInformation"),
    TABLE_OF_CONTENTS("TableOfContents"),
    TECHNICAL_INFO("TechnicalInfo"),
    OTHER("Other");

    private final String xml;

    DescriptionType(String xml) {
        this.xml = xml;
    }

    public String xml() {
        return xml;
    }
}
