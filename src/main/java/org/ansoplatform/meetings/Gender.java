package org.ansoplatform.meetings;

/** Optional, for reporting only. */
public enum Gender {
    FEMALE, MALE, OTHER
}
