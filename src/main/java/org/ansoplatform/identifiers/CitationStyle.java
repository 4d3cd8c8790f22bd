package org.ansoplatform.identifiers;

/**
 * The citation styles the platform formats with, each a CSL style of the Citation Style Language's repository
 * (the files are copied from its Maven artifact at build time; see the pom). GB/T 7714-2015 is China's national
 * standard for bibliographies.
 */
public enum CitationStyle {
    APA("apa"),
    CHICAGO_AUTHOR_DATE("chicago-author-date"),
    HARVARD("harvard-cite-them-right"),
    IEEE("ieee"),
    MLA("modern-language-association"),
    VANCOUVER("vancouver"),
    GB_T_7714("china-national-standard-gb-t-7714-2015-numeric");

    private final String csl;

    CitationStyle(String csl) {
        this.csl = csl;
    }

    /** The style's id in the CSL repository, which is also its file name without {@code .csl}. */
    public String csl() {
        return csl;
    }
}
