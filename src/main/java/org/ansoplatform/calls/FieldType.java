package org.ansoplatform.calls;

/** The kinds of question an application form can ask. */
public enum FieldType {
    TEXT, LONG_TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE, DATE, COUNTRY, NUMBER, EMAIL,
    /** The applicant ranks the call's hosts; the answer is the ordered list of host codes. */
    HOST_RANKING,
    /** A document upload; the field's key is the document type. */
    FILE
}
