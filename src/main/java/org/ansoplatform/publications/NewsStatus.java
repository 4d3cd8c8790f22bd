package org.ansoplatform.publications;

/** A draft is seen by editors only; a published article by everyone, in lists, the feed, search and the API. */
public enum NewsStatus {
    DRAFT, PUBLISHED
}
