package org.ansoplatform.organizations;

/** What kind of body an organization is. Stored by name; labels come from {@code organizations.type.*}. */
public enum OrganizationType {
    ACADEMY, UNIVERSITY, RESEARCH_INSTITUTE, INTERNATIONAL_ORGANIZATION, COMPANY, FOUNDATION, GOVERNMENT_BODY
}
