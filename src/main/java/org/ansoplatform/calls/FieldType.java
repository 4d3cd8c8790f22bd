package org.ansoplatform.calls;

/** The kinds of question an application form can ask. */
public enum FieldType {
    TEXT, LONG_TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE, DATE, COUNTRY, NUMBER, EMAIL,
    /** The applicant ranks the call's hosts; the answer is the ordered list of host codes. */
    HOST_RANKING,
    /** A document upload; the field's key is the document type. */
    FILE,
    /** Repeating rows of columns (the field's {@code fields}); the answer is a list of rows, each column key to its answer. */
    GROUP,
    /** An amount and its ISO 4217 currency: an object of the amount as a decimal string and the currency code. */
    MONEY,
    /** An institution: chosen from the directory (its id, name, country and ROR id), or named with its country. */
    ORGANIZATION,
    /** Someone named with an optional email address and ORCID iD. */
    PERSON;

    /** Whether a GROUP's column may be of this type: not a group, a document or a host ranking. */
    public boolean allowedInGroup() {
        return this != GROUP && this != FILE && this != HOST_RANKING;
    }

    /** Whether the answer is a JSON object of parts rather than a string or list. */
    public boolean composite() {
        return this == MONEY || this == ORGANIZATION || this == PERSON;
    }
}
