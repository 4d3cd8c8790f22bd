package org.ansoplatform.partnerships;

/** A person's standing for an organization: asked, confirmed or refused by the Secretariat, or ended by it. */
public enum RepresentativeStatus {
    REQUESTED, CONFIRMED, REFUSED, ENDED
}
