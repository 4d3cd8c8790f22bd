package org.ansoplatform.governance.web;

import java.util.List;
import java.util.UUID;

import org.ansoplatform.governance.Choice;

/**
 * What a delegate sends from the votes page: a choice on a motion (for their organization, or on behalf of one
 * that gave it its proxy), the organization to give the proxy to, or the candidates chosen in an election.
 */
public record BallotForm(Choice choice, UUID onBehalfOf, UUID holder, List<UUID> candidates) {
}
