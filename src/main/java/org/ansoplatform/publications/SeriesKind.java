package org.ansoplatform.publications;

/** What a series publishes; the DataCite resource type of its items follows from it (reports for advisory series). */
public enum SeriesKind {
    NEWSLETTER, MAGAZINE, ADVISORY_REPORT_SERIES, BOOK_SERIES, ANNUAL_REPORT
}
