package org.ansoplatform.identifiers;

/**
 * The DataCite state a DOI should reach: {@code DRAFT} (reserved, deletable, not resolvable), {@code REGISTERED}
 * (resolvable, not in search; event {@code register}) or {@code FINDABLE} (resolvable and indexed; event
 * {@code publish}). DataCite never moves a registered or findable DOI back to draft.
 */
public enum Visibility {
    DRAFT(null), REGISTERED("register"), FINDABLE("publish");

    private final String event;

    Visibility(String event) {
        this.event = event;
    }

    /** The JSON:API {@code event} that moves a DOI to this state, or null for a draft. */
    public String event() {
        return event;
    }
}
