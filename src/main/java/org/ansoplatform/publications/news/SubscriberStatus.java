package org.ansoplatform.publications.news;

/** Double opt-in: PENDING until the emailed link is opened, CONFIRMED then, UNSUBSCRIBED after one click. */
public enum SubscriberStatus {
    PENDING, CONFIRMED, UNSUBSCRIBED
}
