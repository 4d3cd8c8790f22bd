package org.ansoplatform.governance.web;

import java.util.List;
import java.util.UUID;

import org.ansoplatform.governance.Choice;

/**
 * What a delegate sends from the votes page: a choice on a motion (for their organization, or on behalf of one
 * that gave it its proxy), the organization to give the proxy to, or the candidates chosen in an election (or an
 * abstention). A ballot is shown back first; only the one sent again with {@code confirmed} is cast.
 */
public record BallotForm(Choice choice, UUID onBehalfOf, UUID holder, List<UUID> candidates, Boolean abstain,
        Boolean confirmed) {

    public boolean abstaining() {
        return Boolean.TRUE.equals(abstain);
    }

    public boolean confirming() {
        return Boolean.TRUE.equals(confirmed);
    }
}
