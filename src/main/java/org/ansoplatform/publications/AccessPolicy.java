package org.ansoplatform.publications;

/**
 * Who may read an item: everyone; signed-in representatives of member organizations; or only the people and
 * organizations named on it (advisory reports submitted to named administrations), whose openings are recorded.
 */
public enum AccessPolicy {
    PUBLIC, MEMBERS, RESTRICTED
}
