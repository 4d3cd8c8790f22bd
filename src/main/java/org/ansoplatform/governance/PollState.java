package org.ansoplatform.governance;

/** A poll (a motion's or an election's) only moves forward: created, open, closed, published. */
public enum PollState {
    CREATED, OPEN, CLOSED, PUBLISHED
}
