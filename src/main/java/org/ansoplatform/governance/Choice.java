package org.ansoplatform.governance;

/** A ballot's choice on a motion. */
public enum Choice {
    YES, NO, ABSTAIN
}
