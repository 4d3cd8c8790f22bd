package org.ansoplatform.partnerships;

/** A partnering profile of the Technology Transfer Platform is either an offer of a technology or a request for one. */
public enum TechnologyKind {
    OFFER, REQUEST
}
