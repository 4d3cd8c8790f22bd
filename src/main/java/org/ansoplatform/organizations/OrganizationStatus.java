package org.ansoplatform.organizations;

import java.util.Locale;

/** An organization's standing with ANSO. Labels come from {@code organizations.status.*}. */
public enum OrganizationStatus {
    MEMBER, PARTNER, APPLICANT, FORMER;

    /** The CSS class of its badge: {@code member}, {@code partner}, ... */
    public String cssClass() {
        return name().toLowerCase(Locale.ROOT);
    }
}
