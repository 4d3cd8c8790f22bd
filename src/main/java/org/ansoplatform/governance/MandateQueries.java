package org.ansoplatform.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.governance.membership.MandateStore;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bodies' seats, the officers and the mandates in force today (by the platform's clock). */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("officers")
public class MandateQueries {

    private final MandateStore store;
    private final OrganizationQueries organizations;
    private final Clock clock;
    private final MembershipQueries membership;

    MandateQueries(MandateStore store, OrganizationQueries organizations, Clock clock, MembershipQueries membership) {
        this.store = store;
        this.membership = membership;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** The organizations holding a seat on the body today. */
    public List<UUID> seated(Body body) {
        return store.seats(body, LocalDate.now(clock)).stream().map(MandateStore.Seat::organizationId).distinct().toList();
    }

    /**
     * The organizations entitled to vote in the body: for the Assembly every member organization, for the Board
     * the organizations seated on it.
     */
    public List<UUID> electorate(Body body) {
        if (body == Body.BOARD) {
            return seated(Body.BOARD);
        }
        return members().stream().map(OrganizationView::id).toList();
    }

    /**
     * The member organizations, by name: those the directory lists as members, less any whose application the
     * Assembly has not approved yet (an endorsed applicant is not a member, whatever its directory entry says).
     */
    public List<OrganizationView> members() {
        Set<UUID> applicants = membership.awaitingDecision();
        List<OrganizationView> members = new ArrayList<>();
        int page = 0;
        int seen = 0;
        PageResult<OrganizationView> result;
        do {
            result = organizations.search(new OrganizationQueries.Filter(null, null, null, OrganizationStatus.MEMBER),
                    new PageRequest(page++, PageRequest.MAX_SIZE));
            seen += result.items().size();
            result.items().stream().filter(o -> !applicants.contains(o.id())).forEach(members::add);
        } while (!result.items().isEmpty() && seen < result.total());
        return members;
    }

    public boolean isMember(UUID organization) {
        return organization != null && members().stream().anyMatch(o -> o.id().equals(organization));
    }

    public List<SeatView> seats(Body body) {
        return store.seats(body, LocalDate.now(clock)).stream()
                .map(s -> new SeatView(s.id(), body, s.organizationId(),
                        organizations.byId(s.organizationId()).map(OrganizationView::name).orElse("?"), s.termStart(),
                        s.termEnd()))
                .sorted(Comparator.comparing(SeatView::organizationName)).toList();
    }

    public List<OfficerView> officers() {
        return store.officers(LocalDate.now(clock));
    }

    public List<MandateView> mandates() {
        return store.mandates().stream()
                .map(m -> new MandateView(m.id(), m.body(), m.termStart(), m.termEnd(), store.changes(m.id()),
                        m.decidedBy())).toList();
    }
}
