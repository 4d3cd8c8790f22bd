package org.ansoplatform.projects;

/** A milestone marks progress; a deliverable is something handed over. */
public enum MilestoneKind {
    MILESTONE, DELIVERABLE
}
