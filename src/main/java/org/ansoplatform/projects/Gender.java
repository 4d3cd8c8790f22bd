package org.ansoplatform.projects;

/** How people trained are counted; UNKNOWN where a report does not say. */
public enum Gender {
    FEMALE, MALE, OTHER, UNKNOWN
}
