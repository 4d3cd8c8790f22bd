package org.ansoplatform.publications;

/** How often a series appears; weekly and monthly series are watched for a missed issue. */
public enum Cadence {
    WEEKLY, MONTHLY, QUARTERLY, YEARLY, IRREGULAR
}
