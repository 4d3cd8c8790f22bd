package org.ansoplatform.governance;

/** A run of words that two texts share, or that one removes or adds; pages mark it up safely. */
public record DiffSegment(Kind kind, String text) {

    public enum Kind {
        SAME, REMOVED, ADDED
    }
}
