package org.ansoplatform.datasets.showcase;

/** What the application is: a web platform, a model, a tool, or something else. */
public enum ShowcaseKind {
    WEB_PLATFORM, MODEL, TOOL, OTHER
}
