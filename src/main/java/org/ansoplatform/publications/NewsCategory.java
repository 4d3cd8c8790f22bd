package org.ansoplatform.publications;

/** What a news article is about, as the alliance's newsletters group their stories. */
public enum NewsCategory {
    EVENTS, CAPACITY_BUILDING, NETWORKS, ADVISORY, PARTNERSHIPS
}
