package org.ansoplatform.publications.front.compose;

/**
 * What a composed issue is made of: ANSO Outreach of published technology offers (partnerships), ANSO Highlight of
 * the published outputs of published projects (projects).
 */
public enum CompositionKind {
    OUTREACH, HIGHLIGHT
}
