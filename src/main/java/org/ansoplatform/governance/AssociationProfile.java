package org.ansoplatform.governance;

import java.util.List;

import org.ansoplatform.organizations.OrganizationView;

/**
 * An association as its page and the API show it: the association, its lead and member institutions as the
 * directory has them (the lead null when the directory lacks it), and the decision that approved it (null until then).
 */
public record AssociationProfile(AssociationView association, OrganizationView lead, List<OrganizationView> members,
        DecisionView approvedBy) {
}
