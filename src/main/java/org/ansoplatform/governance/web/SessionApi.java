package org.ansoplatform.governance.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ansoplatform.governance.AgendaItemView;
import org.ansoplatform.governance.Appointment;
import org.ansoplatform.governance.AttendanceView;
import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.DecisionCommand;
import org.ansoplatform.governance.DecisionView;
import org.ansoplatform.governance.ElectionView;
import org.ansoplatform.governance.MotionView;
import org.ansoplatform.governance.Outcome;
import org.ansoplatform.governance.SessionCommand;
import org.ansoplatform.governance.SessionManagement;
import org.ansoplatform.governance.SessionMode;
import org.ansoplatform.governance.SessionQueries;
import org.ansoplatform.governance.SessionView;
import org.ansoplatform.governance.SubjectType;
import org.ansoplatform.governance.VotingQueries;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.RecordRef;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Sessions of the Board and the Assembly with their agenda, attendance and decisions, as JSON. */
@RestController
@Tag(name = "Governance", description = "Board and Assembly sessions, decisions, motions and ballots")
public class SessionApi {

    public record SessionRequest(Body body, String title, LocalDateTime startsAt, String zone, SessionMode mode,
            String location) {
    }

    public record SessionDetail(SessionView session, List<AgendaItemView> agenda, List<AttendanceView> attendance,
            List<DecisionView> decisions, List<MotionView> motions, List<ElectionView> elections) {
    }

    /** {@code subjectRef} ({@code module:type:id}, one of the session's {@code subjects}) makes a RECORD decision. */
    public record DecisionRequest(String text, Outcome outcome, SubjectType subjectType, UUID subjectId, UUID motionId,
            LocalDate termEnd, Appointment appointment, String subjectRef) {
    }

    /** Another module's record the session's body may decide now. */
    public record RecordSubject(String ref, String title, Set<Body> bodies) {
    }

    public record AttendanceRequest(UUID organizationId, boolean present) {
    }

    public record AgendaRequest(String title, List<UUID> fileIds) {
    }

    private final SessionManagement management;
    private final SessionQueries sessions;
    private final VotingQueries voting;

    SessionApi(SessionManagement management, SessionQueries sessions, VotingQueries voting) {
        this.management = management;
        this.sessions = sessions;
        this.voting = voting;
    }

    @GetMapping("/api/v1/governance/sessions")
    @Operation(operationId = "listSessions", summary = "Sessions of the Governing Board and the General Assembly, newest first")
    List<SessionView> sessions() {
        return sessions.list();
    }

    @GetMapping("/api/v1/governance/sessions/{id}")
    @Operation(operationId = "getSession", summary = "A session with its agenda, attendance, decisions and motions (results once published)")
    SessionDetail session(@PathVariable UUID id) {
        return detail(id);
    }

    @GetMapping("/api/v1/governance/decisions/{id}")
    @Operation(operationId = "getDecision", summary = "One decision")
    DecisionView decision(@PathVariable UUID id) {
        return sessions.decision(id).orElseThrow(() -> new NotFoundException("decision"));
    }

    @PostMapping("/api/v1/secretariat/sessions")
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @Operation(operationId = "createSession", summary = "Plan a session (Secretariat)")
    ResponseEntity<SessionDetail> create(@RequestBody SessionRequest request) {
        UUID id = management.create(new SessionCommand(request.body(), request.title(), request.startsAt(),
                request.zone(), request.mode(), request.location()));
        return ResponseEntity.created(URI.create("/api/v1/governance/sessions/" + id)).body(detail(id));
    }

    @PostMapping("/api/v1/secretariat/sessions/{id}/agenda")
    @Operation(operationId = "addAgendaItem", summary = "Add an agenda item with documents (Secretariat)")
    SessionDetail agenda(@PathVariable UUID id, @RequestBody AgendaRequest request) {
        management.addAgendaItem(id, request.title(), request.fileIds());
        return detail(id);
    }

    @PostMapping("/api/v1/secretariat/sessions/{id}/attendance")
    @Operation(operationId = "recordAttendance", summary = "Record an organization as present or absent (Secretariat)")
    SessionDetail attendance(@PathVariable UUID id, @RequestBody AttendanceRequest request) {
        management.setAttendance(id, request.organizationId(), request.present());
        return detail(id);
    }

    @PostMapping("/api/v1/secretariat/sessions/{id}/decisions")
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @Operation(operationId = "recordDecision", summary = "Record a decision of the session's body and apply it to what it decides (Secretariat)")
    ResponseEntity<DecisionView> decide(@PathVariable UUID id, @RequestBody DecisionRequest request) {
        UUID decision = management.recordDecision(id, new DecisionCommand(request.text(), request.outcome(),
                request.subjectType(), request.subjectId(), request.motionId(), request.termEnd(), request.appointment(),
                subjectRef(request.subjectRef())));
        return ResponseEntity.created(URI.create("/api/v1/governance/decisions/" + decision))
                .body(sessions.decision(decision).orElseThrow());
    }

    @GetMapping("/api/v1/secretariat/sessions/{id}/subjects")
    @Operation(operationId = "listSessionSubjects", summary = "Other modules' records the session's body may decide now, for a decision's subjectRef (Secretariat)")
    List<RecordSubject> subjects(@PathVariable UUID id, Locale locale) {
        return sessions.recordSubjects(sessions.session(id).body(), locale).stream()
                .map(s -> new RecordSubject(s.ref().toString(), s.title(), s.bodies())).toList();
    }

    private static RecordRef subjectRef(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!RecordRef.isValid(text)) {
            throw new InvalidInputException("subjectRef", "governance.error.recordRef");
        }
        return RecordRef.parse(text);
    }

    private SessionDetail detail(UUID id) {
        return new SessionDetail(sessions.session(id), sessions.agenda(id), sessions.attendance(id), sessions.decisions(id),
                voting.motionsOf(id).stream().map(m -> voting.publishedMotion(m.id())).toList(),
                voting.electionsOf(id).stream().map(e -> voting.publishedElection(e.id())).toList());
    }
}
