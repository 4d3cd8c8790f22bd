package org.ansoplatform.governance;

/** The majority a motion needs. */
public enum VotingRule {
    SIMPLE_MAJORITY, TWO_THIRDS
}
