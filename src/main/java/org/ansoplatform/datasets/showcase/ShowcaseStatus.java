package org.ansoplatform.datasets.showcase;

/** A showcase is written as a draft, published (public, in search and figures), or withdrawn (gone from them). */
public enum ShowcaseStatus {
    DRAFT, PUBLISHED, WITHDRAWN
}
