package org.ansoplatform.governance;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.governance.membership.AssociationStore;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** ANSO's thematic associations, approved and proposed. */
@Service
@Transactional(readOnly = true)
public class AssociationQueries {

    /** What to look for; every part optional: words in acronym, name, aims, lead or coordinator; a region or country. */
    public record Filter(String q, String region, AssociationState state, ScienceField field) {

        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    private final AssociationStore store;
    private final OrganizationQueries organizations;
    private final SessionQueries sessions;

    AssociationQueries(AssociationStore store, OrganizationQueries organizations, SessionQueries sessions) {
        this.store = store;
        this.organizations = organizations;
        this.sessions = sessions;
    }

    public List<AssociationView> search(Filter filter) {
        return store.search(filter.q(), filter.region(), filter.state(), filter.field());
    }

    /** The association with its institutions from the directory and the decision that approved it. */
    public AssociationProfile profile(UUID id) {
        AssociationView association = byId(id);
        OrganizationView lead = association.leadOrganizationId() == null ? null
                : organizations.byId(association.leadOrganizationId()).orElse(null);
        List<OrganizationView> members = association.memberIds().stream().map(organizations::byId)
                .flatMap(Optional::stream).sorted(Comparator.comparing(OrganizationView::name)).toList();
        DecisionView decision = association.approvedBy() == null ? null
                : sessions.decision(association.approvedBy()).orElse(null);
        return new AssociationProfile(association, lead, members, decision);
    }

    public Optional<AssociationView> find(UUID id) {
        return id == null ? Optional.empty() : store.find(id);
    }

    public AssociationView byId(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("association"));
    }

    public List<AssociationView> list() {
        return store.list();
    }

    public boolean exists(String acronym) {
        return store.exists(acronym);
    }
}
