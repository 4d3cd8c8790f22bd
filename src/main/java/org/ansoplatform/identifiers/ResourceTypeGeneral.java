package org.ansoplatform.identifiers;

/**
 * The general type of a resource (DataCite {@code resourceTypeGeneral}).
 * The constants follow DataCite Metadata Schema 4.7's controlled list
 * ({@code include/datacite-resourceType-v4.xsd}), whose spelling {@link #xml()} returns.
 */
public enum ResourceTypeGeneral {
    AUDIOVISUAL("Audiovisual"),
    AWARD("Award"),
    BOOK("Book"),
    BOOK_CHAPTER("BookChapter"),
    COLLECTION("Collection"),
    COMPUTATIONAL_NOTEBOOK("ComputationalNotebook"),
    CONFERENCE_PAPER("ConferencePaper"),
    CONFERENCE_PROCEEDING("ConferenceProceeding"),
    DATA_PAPER("DataPaper"),
    DATASET("Dataset"),
    DISSERTATION("Dissertation"),
    EVENT("Event"),
    IMAGE("Image"),
    INSTRUMENT("Instrument"),
    INTERACTIVE_RESOURCE("InteractiveResource"),
    JOURNAL("Journal"),
    JOURNAL_ARTICLE("JournalArticle"),
    MODEL("Model"),
    OUTPUT_MANAGEMENT_PLAN("OutputManagementPlan"),
    PEER_REVIEW("PeerReview"),
    PHYSICAL_OBJECT("PhysicalObject"),
    POSTER("Poster"),
    PREPRINT("Preprint"),
    PRESENTATION("Presentation"),
    PROJECT("Project"),
    REPORT("Report"),
    SERVICE("Service"),
    SOFTWARE("Software"),
    SOUND("Sound"),
    STANDARD("Standard"),
    STUDY_REGISTRATION("StudyRegistration"),
    TEXT("Text"),
    WORKFLOW("Workflow"),
    OTHER("Other");

    private final String xml;

    ResourceTypeGeneral(String xml) {
        this.xml = xml;
    }

    public String xml() {
        return xml;
    }
}
