package org.ansoplatform.projects;

/** An institution's place in a project: exactly one lead, any number of partners and associates. */
public enum PartnerRole {
    LEAD, PARTNER, ASSOCIATE
}
