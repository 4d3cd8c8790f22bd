package org.ansoplatform.projects;

/**
 * Where a project is in its life. AWARDED until it starts; ACTIVE while it runs; EXTENDED after its end date was
 * moved by a decision; COMPLETED or TERMINATED at its end. Every change records who made it and why.
 */
public enum ProjectStatus {
    AWARDED, ACTIVE, EXTENDED, COMPLETED, TERMINATED
}
