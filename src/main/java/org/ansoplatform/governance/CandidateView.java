package org.ansoplatform.governance;

import java.util.UUID;

/** A candidate of an election; votes and whether elected once counted. */
public record CandidateView(UUID id, UUID organizationId, String organizationName, Integer votes, Boolean elected) {
}
