package org.ansoplatform.governance;

/** An association is proposed, then approved by a decision. */
public enum AssociationState {
    PROPOSED, APPROVED
}
