package org.ansoplatform.governance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.governance.membership.AssociationStore;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** ANSO's thematic associations, approved and proposed. */
@Service
@Transactional(readOnly = true)
public class AssociationQueries {

    private final AssociationStore store;

    AssociationQueries(AssociationStore store) {
        this.store = store;
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
