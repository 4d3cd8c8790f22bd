package org.ansoplatform.meetings;

/** The kinds of meeting the annual reports name. */
public enum MeetingKind {
    CONFERENCE, WORKSHOP, WEBINAR, FORUM, SYMPOSIUM, TRAINING_COURSE, EXHIBITION, CEREMONY, PRESS_CONFERENCE;

    /** schema.org has no type for every kind; these are the closest. */
    public String schemaOrgType() {
        return switch (this) {
            case TRAINING_COURSE, WORKSHOP -> "EducationEvent";
            case EXHIBITION -> "ExhibitionEvent";
            default -> "Event";
        };
    }
}
