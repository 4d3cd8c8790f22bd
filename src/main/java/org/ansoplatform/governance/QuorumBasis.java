package org.ansoplatform.governance;

/** What a motion's quorum is counted on: the entitled organizations or those present at the session. */
public enum QuorumBasis {
    ENTITLED, PRESENT
}
