package org.ansoplatform.governance.figures;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordSource;
import org.ansoplatform.shared.RecordView;
import org.ansoplatform.shared.Reader;
import org.springframework.stereotype.Component;

/**
 * Governance's records as links, seen as its pages show them: sessions, their decisions and the associations are
 * public; a membership application is the Board's and the Secretariat's, and its applicant's own.
 */
@Component
class GovernanceRecords implements RecordSource {

    private static final int TITLE_LENGTH = 160;

    private final GovernanceFigureQueries queries;

    GovernanceRecords(GovernanceFigureQueries queries) {
        this.queries = queries;
    }

    @Override
    public String module() {
        return GovernanceFigures.MODULE;
    }

    @Override
    public Set<String> types() {
        return Set.of(GovernanceFigures.SESSION, GovernanceFigures.DECISION, GovernanceFigures.APPLICATION,
                GovernanceFigures.ASSOCIATION);
    }

    @Override
    public Map<RecordRef, RecordView> describe(Collection<RecordRef> refs, Reader reader, Locale locale) {
        Map<RecordRef, RecordView> views = new HashMap<>();
        for (GovernanceFigureQueries.Titled session : queries.sessions(ids(refs, GovernanceFigures.SESSION))) {
            put(views, GovernanceFigures.SESSION, session.id(), session.title(), "/governance/sessions/" + session.id());
        }
        for (GovernanceFigureQueries.Titled decision : queries.decisions(ids(refs, GovernanceFigures.DECISION))) {
            put(views, GovernanceFigures.DECISION, decision.id(), shortened(decision.title()),
                    "/governance/sessions/" + decision.owner() + "#decision-" + decision.id());
        }
        for (GovernanceFigureQueries.Titled association : queries.associations(ids(refs, GovernanceFigures.ASSOCIATION))) {
            put(views, GovernanceFigures.ASSOCIATION, association.id(), association.title(),
                    "/governance/associations/" + association.id());
        }
        for (GovernanceFigureQueries.Titled application : queries.applications(ids(refs, GovernanceFigures.APPLICATION))) {
            String path = applicationPath(application, reader);
            RecordRef ref = RecordRef.of(module(), GovernanceFigures.APPLICATION, application.id());
            views.put(ref, path == null ? RecordView.hidden(ref) : RecordView.of(ref, application.title(), path));
        }
        return views;
    }

    /** The page of the application the reader may open, or null when they may see none. */
    private static String applicationPath(GovernanceFigureQueries.Titled application, Reader reader) {
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

    private void put(Map<RecordRef, RecordView> views, String type, UUID id, String title, String path) {
        RecordRef ref = RecordRef.of(module(), type, id);
        views.put(ref, RecordView.of(ref, title, path));
    }

    private static String shortened(String text) {
        return text.length() <= TITLE_LENGTH ? text : text.substring(0, TITLE_LENGTH - 1).stripTrailing() + "…";
    }

    private List<UUID> ids(Collection<RecordRef> refs, String type) {
        return refs.stream().filter(ref -> ref.is(module(), type)).map(RecordRef::id).distinct().toList();
    }
}
