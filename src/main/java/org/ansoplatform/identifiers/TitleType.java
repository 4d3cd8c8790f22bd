package org.ansoplatform.identifiers;

/**
 * The kind of a title other than the main one (DataCite {@code titleType}).
 * The constants follow DataCite Metadata Schema 4.7's controlled list
 * ({@code include/datacite-titleType-v4.xsd}), whose spelling {@link #xml()} returns.
 */
public enum TitleType {
    ALTERNATIVE_TITLE("AlternativeTitle"),
    SUBTITLE("Subtitle"),
    TRANSLATED_TITLE("TranslatedTitle"),
    OTHER("Other");

    private final String xml;

    TitleType(String xml) {
        this.xml = xml;
    }

    public String xml() {
        return xml;
    }
}
