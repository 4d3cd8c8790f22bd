package org.ansoplatform.projects;

/** A person's role in a partner's team; a project has at most one principal investigator. */
public enum MemberRole {
    PRINCIPAL_INVESTIGATOR, CO_INVESTIGATOR, RESEARCHER, STUDENT, ADMINISTRATOR
}
