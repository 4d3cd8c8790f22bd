package org.ansoplatform.governance.figures;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordSource;
import org.ansoplatform.shared.RecordView;
import org.ansoplatform.shared.Reader;
import org.springframework.stereotype.Component;

/**
 * Governance's records as links, seen as its pages show them: sessions, their decisions, the associations and the
 * Board's seats are public; a membership application is the Board's and the Secretariat's, and its applicant's own.
 * Sessions and decisions carry their session's day, seats their first day, applications the day the Board endorsed them.
 */
@Component
class GovernanceRecords implements RecordSource {

    private static final int TITLE_LENGTH = 160;

    private final GovernanceFigureQueries queries;
    private final OrganizationQueries organizations;

    GovernanceRecords(GovernanceFigureQueries queries, OrganizationQueries organizations) {
        this.queries = queries;
        this.organizations = organizations;
    }

    @Override
    public String module() {
        return GovernanceFigures.MODULE;
    }

    @Override
    public Set<String> types() {
        return Set.of(GovernanceFigures.SESSION, GovernanceFigures.DECISION, GovernanceFigures.APPLICATION,
                GovernanceFigures.ASSOCIATION, GovernanceFigures.SEAT);
    }

    @Override
    public Map<RecordRef, RecordView> describe(Collection<RecordRef> refs, Reader reader, Locale locale) {
        Map<RecordRef, RecordView> views = new HashMap<>();
        for (GovernanceFigureQueries.Listed session : queries.sessions(ids(refs, GovernanceFigures.SESSION))) {
            put(views, GovernanceFigures.SESSION, session, session.title(), "/governance/sessions/" + session.id());
        }
        for (GovernanceFigureQueries.Listed decision : queries.decisions(ids(refs, GovernanceFigures.DECISION))) {
            put(views, GovernanceFigures.DECISION, decision, shortened(decision.title()),
                    "/governance/sessions/" + decision.owner() + "#decision-" + decision.id());
        }
        for (GovernanceFigureQueries.Listed association : queries.associations(ids(refs, GovernanceFigures.ASSOCIATION))) {
            put(views, GovernanceFigures.ASSOCIATION, association, association.title(),
                    "/governance/associations/" + association.id());
        }
        for (GovernanceFigureQueries.Listed seat : queries.seats(ids(refs, GovernanceFigures.SEAT))) {
            // the Board's members are public on the governance page, and so is who holds a seat
            String name = organizations.byId(seat.owner()).map(OrganizationView::name).orElse(seat.title());
            put(views, GovernanceFigures.SEAT, seat, name, "/governance");
        }
        for (GovernanceFigureQueries.Listed application : queries.applications(ids(refs, GovernanceFigures.APPLICATION))) {
            String path = applicationPath(application, reader);
            RecordRef ref = RecordRef.of(module(), GovernanceFigures.APPLICATION, application.id());
            views.put(ref, path == null ? RecordView.hidden(ref) : RecordView.of(ref, application.title(), path)
                    .dated(application.date(), application.detail()).illustrative(application.illustrative()));
        }
        return views;
    }

    /** The page of the application the reader may open, or null when they may see none. */
    private static String applicationPath(GovernanceFigureQueries.Listed application, Reader reader) {
        if (reader.hasRole("SECRETARIAT")) {
            return "/secretariat/governance/applications/" + application.id();
        }
        if (reader.hasRole("BOARD_MEMBER")) {
            return "/board/applications/" + application.id();
        }
        if (reader.signedIn() && reader.personId().equals(application.owner())) {
            return "/membership/applications/" + application.id();
        }
        return null;
    }

    private void put(Map<RecordRef, RecordView> views, String type, GovernanceFigureQueries.Listed listed, String title, String path) {
        RecordRef ref = RecordRef.of(module(), type, listed.id());
        views.put(ref, RecordView.of(ref, title, path).dated(listed.date(), listed.detail()).illustrative(listed.illustrative()));
    }

    private static String shortened(String text) {
        return text.length() <= TITLE_LENGTH ? text : text.substring(0, TITLE_LENGTH - 1).stripTrailing() + "…";
    }

    private List<UUID> ids(Collection<RecordRef> refs, String type) {
        return refs.stream().filter(ref -> ref.is(module(), type)).map(RecordRef::id).distinct().toList();
    }
}
