package org.ansoplatform.governance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.governance.membership.DelegateStore;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Governance's narrow view for other modules (`governance :: delegates`): whom a person speaks for. */
@Service
@Transactional(readOnly = true)
@NamedInterface("delegates")
public class DelegateQueries {

    private final DelegateStore store;
    private final AccountQueries accounts;
    private final OrganizationQueries organizations;

    DelegateQueries(DelegateStore store, AccountQueries accounts, OrganizationQueries organizations) {
        this.store = store;
        this.accounts = accounts;
        this.organizations = organizations;
    }

    /** The member organization this person is the delegate of now, if any. */
    public Optional<UUID> organizationOf(UUID personId) {
        if (personId == null) {
            return Optional.empty();
        }
        return store.organizationOf(personId);
    }

    /** The delegates in force, with their names and organizations. */
    public List<DelegateView> current() {
        return store.current().stream().map(d -> {
            var person = accounts.person(d.personId());
            return new DelegateView(d.id(), d.personId(), person.map(AccountQueries.PersonView::displayName).orElse("?"),
                    person.map(AccountQueries.PersonView::email).orElse("?"), d.organizationId(),
                    organizations.byId(d.organizationId()).map(OrganizationView::name).orElse("?"), d.since());
        }).toList();
    }
}
