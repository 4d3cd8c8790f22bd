package org.ansoplatform.identifiers;

/**
 * What a date of a resource means (DataCite {@code dateType}).
 * The constants follow DataCite Metadata Schema 4.7's controlled list
 * ({@code include/datacite-dateType-v4.xsd}), whose spelling {@link #xml()} returns.
 */
public enum DateType {
    ACCEPTED("Accepted"),
    AVAILABLE("Available"),
    COLLECTED("Collected"),
    COPYRIGHTED("Copyrighted"),
    COVERAGE("Coverage"),
    CREATED("Created"),
    ISSUED("Issued"),
    OTHER("Other"),
    SUBMITTED("Submitted"),
    UPDATED("Updated"),
    VALID("Valid"),
    WITHDRAWN("Withdrawn");

    private final String xml;

    DateType(String xml) {
        this.xml = xml;
    }

    public String xml() {
        return xml;
    }
}
