package org.ansoplatform.governance;

/** An amendment is proposed, endorsed by the Board, then adopted (or rejected) by the Assembly. */
public enum AmendmentState {
    PROPOSED, ENDORSED, ADOPTED, REJECTED
}
