package org.ansoplatform.datasets.harvest;

/** COUNTER's two kinds of use of a dataset: an investigation (the landing page, metadata) and a request (a download). */
enum UsageKind {
    INVESTIGATION, REQUEST
}
