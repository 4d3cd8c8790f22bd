package org.ansoplatform.governance;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.governance.sessions.DecisionStore;
import org.ansoplatform.governance.sessions.SessionStore;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sessions with their agenda, attendance and decisions, as the public, the Secretariat and the API read them. */
@Service
@Transactional(readOnly = true)
public class SessionQueries {

    private final SessionStore sessions;
    private final DecisionStore decisions;
    private final OrganizationQueries organizations;
    private final RecordSubjects records;

    SessionQueries(SessionStore sessions, DecisionStore decisions, OrganizationQueries organizations, RecordSubjects records) {
        this.records = records;
        this.sessions = sessions;
        this.decisions = decisions;
        this.organizations = organizations;
    }

    public SessionView session(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("session"));
    }

    public Optional<SessionView> find(UUID id) {
        return id == null ? Optional.empty() : sessions.find(id);
    }

    public List<SessionView> list() {
        return sessions.list();
    }

    public List<AgendaItemView> agenda(UUID sessionId) {
        return sessions.agenda(sessionId);
    }

    public List<AttendanceView> attendance(UUID sessionId) {
        return sessions.attendance(sessionId).stream()
                .map(a -> new AttendanceView(a.organizationId(),
                        organizations.byId(a.organizationId()).map(OrganizationView::name).orElse("?"), a.present()))
                .sorted(Comparator.comparing(AttendanceView::organizationName)).toList();
    }

    /** How many organizations were present at the session. */
    public int present(UUID sessionId) {
        return sessions.present(sessionId);
    }

    /** Whether the file is a document of some session's agenda (those are for anyone signed in). */
    public boolean isAgendaDocument(UUID fileId) {
        return sessions.isAgendaDocument(fileId);
    }

    /** The bodies whose sessions have the file on their agenda: a Board document is the Board's and the Secretariat's. */
    public java.util.Set<Body> agendaBodies(UUID fileId) {
        return sessions.agendaBodies(fileId);
    }

    public List<DecisionView> decisions(UUID sessionId) {
        return decisions.ofSession(sessionId);
    }

    /** The decisions about one application, amendment, mandate or association, oldest first. */
    public List<DecisionView> decisionsAbout(UUID subjectId) {
        return decisions.about(subjectId);
    }

    /** Other modules' records the body may decide now, titled in {@code locale} (their {@link DecisionSubjectSource}s). */
    public List<DecisionSubject> recordSubjects(Body body, java.util.Locale locale) {
        return records.offered(body, locale);
    }

    public Optional<DecisionView> decision(UUID id) {
        return id == null ? Optional.empty() : decisions.find(id);
    }
}
