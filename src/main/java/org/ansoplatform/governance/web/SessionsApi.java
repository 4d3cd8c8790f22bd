package org.ansoplatform.governance.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.Delegates;
import org.ansoplatform.governance.Elections;
import org.ansoplatform.governance.Outcome;
import org.ansoplatform.governance.Sessions;
import org.ansoplatform.governance.Sessions.DecisionView;
import org.ansoplatform.governance.Sessions.SessionView;
import org.ansoplatform.governance.SubjectType;
import org.ansoplatform.governance.Voting;
import org.ansoplatform.governance.Voting.MotionView;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Sessions of the Board and the Assembly, their decisions, and motions with their ballots, as JSON. */
@RestController
@Tag(name = "Governance", description = "Board and Assembly sessions, decisions, motions and ballots")
public class SessionsApi {

    public record SessionRequest(Body body, String title, LocalDateTime startsAt, String zone, Sessions.Mode mode,
            String location) {
    }

    public record SessionDetail(SessionView session, List<Sessions.AgendaItemView> agenda,
            List<Sessions.AttendanceView> attendance, List<DecisionView> decisions, List<MotionView> motions,
            List<Elections.ElectionView> elections) {
    }

    public record DecisionRequest(String text, Outcome outcome, SubjectType subjectType, UUID subjectId, UUID motionId,
            LocalDate termEnd, org.ansoplatform.governance.Mandates.Appointment appointment) {
    }

    public record AttendanceRequest(UUID organizationId, boolean present) {
    }

    public record AgendaRequest(String title, List<UUID> fileIds) {
    }

    public record MotionRequest(UUID sessionId, Body body, String title, String text, Voting.Rule rule,
            Voting.QuorumBasis quorumBasis, Integer quorumPercent, boolean secret, Integer proxyLimit, Instant deadline,
            SubjectType subjectType, UUID subjectId) {
    }

    public record BallotRequest(Voting.Choice choice, UUID onBehalfOf) {
    }

    public record ProxyRequest(UUID holderOrganizationId) {
    }

    public record ElectionRequest(UUID sessionId, String title, Integer seats, Instant deadline, List<UUID> candidates) {
    }

    public record ElectionBallotRequest(List<UUID> candidates) {
    }

    /** What a delegate learns after voting: that the organization's vote was counted in, never the choice. */
    public record BallotReceipt(UUID motionId, UUID organizationId, boolean recorded) {
    }

    private final Sessions sessions;
    private final Voting voting;
    private final Elections elections;
    private final Delegates delegates;
    private final CurrentActor currentActor;

    SessionsApi(Sessions sessions, Voting voting, Elections elections, Delegates delegates, CurrentActor currentActor) {
        this.sessions = sessions;
        this.voting = voting;
        this.elections = elections;
        this.delegates = delegates;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/v1/governance/sessions")
    @Operation(summary = "Sessions of the Governing Board and the General Assembly, newest first")
    List<SessionView> sessions() {
        return sessions.list();
    }

    @GetMapping("/api/v1/governance/sessions/{id}")
    @Operation(summary = "A session with its agenda, attendance, decisions and motions (results once published)")
    SessionDetail session(@PathVariable UUID id) {
        return detail(id);
    }

    @GetMapping("/api/v1/governance/decisions/{id}")
    @Operation(summary = "One decision")
    DecisionView decision(@PathVariable UUID id) {
        return sessions.decision(id).orElseThrow(() -> new org.ansoplatform.platform.NotFoundException("decision"));
    }

    @PostMapping("/api/v1/secretariat/sessions")
    @Operation(summary = "Plan a session (Secretariat)")
    ResponseEntity<SessionDetail> create(@RequestBody SessionRequest request) {
        UUID id = sessions.create(new Sessions.SessionCommand(request.body(), request.title(), request.startsAt(),
                request.zone(), request.mode(), request.location()));
        return ResponseEntity.created(URI.create("/api/v1/governance/sessions/" + id)).body(detail(id));
    }

    @PostMapping("/api/v1/secretariat/sessions/{id}/agenda")
    @Operation(summary = "Add an agenda item with documents (Secretariat)")
    SessionDetail agenda(@PathVariable UUID id, @RequestBody AgendaRequest request) {
        sessions.addAgendaItem(id, request.title(), request.fileIds());
        return detail(id);
    }

    @PostMapping("/api/v1/secretariat/sessions/{id}/attendance")
    @Operation(summary = "Record an organization as present or absent (Secretariat)")
    SessionDetail attendance(@PathVariable UUID id, @RequestBody AttendanceRequest request) {
        sessions.setAttendance(id, request.organizationId(), request.present());
        return detail(id);
    }

    @PostMapping("/api/v1/secretariat/sessions/{id}/decisions")
    @Operation(summary = "Record a decision of the session's body and apply it to what it decides (Secretariat)")
    ResponseEntity<DecisionView> decide(@PathVariable UUID id, @RequestBody DecisionRequest request) {
        UUID decision = sessions.recordDecision(id, new Sessions.DecisionCommand(request.text(), request.outcome(),
                request.subjectType(), request.subjectId(), request.motionId(), request.termEnd(), request.appointment()));
        return ResponseEntity.created(URI.create("/api/v1/governance/decisions/" + decision))
                .body(sessions.decision(decision).orElseThrow());
    }

    @PostMapping("/api/v1/secretariat/motions")
    @Operation(summary = "Create a motion with its voting rule, quorum, ballot kind and proxy limit (Secretariat)")
    ResponseEntity<MotionView> motion(@RequestBody MotionRequest request) {
        UUID id = voting.create(new Voting.MotionCommand(request.sessionId(), request.body(), request.title(),
                request.text(), request.rule(), request.quorumBasis(), request.quorumPercent(), request.secret(),
                request.proxyLimit(), request.deadline(), request.subjectType(), request.subjectId()));
        return ResponseEntity.created(URI.create("/api/v1/motions/" + id)).body(voting.motion(id));
    }

    @PostMapping("/api/v1/secretariat/motions/{id}/open")
    @Operation(summary = "Open the poll (Secretariat)")
    MotionView open(@PathVariable UUID id) {
        voting.open(id);
        return voting.motion(id);
    }

    @PostMapping("/api/v1/secretariat/motions/{id}/close")
    @Operation(summary = "Close the poll and count; it never reopens (Secretariat)")
    MotionView close(@PathVariable UUID id) {
        voting.close(id);
        return voting.motion(id);
    }

    @PostMapping("/api/v1/secretariat/motions/{id}/publish")
    @Operation(summary = "Publish the results (Secretariat)")
    MotionView publish(@PathVariable UUID id) {
        voting.publish(id);
        return voting.motion(id);
    }

    @GetMapping("/api/v1/secretariat/motions/{id}/participation")
    @Operation(summary = "Which organizations voted and who cast their ballots; choices only for open ballots (Secretariat)")
    List<Voting.ParticipationView> participation(@PathVariable UUID id) {
        voting.motion(id);
        return voting.participation(id);
    }

    @GetMapping("/api/v1/motions/{id}")
    @Operation(summary = "A motion; its counts once the results are published")
    MotionView motion(@PathVariable UUID id) {
        return voting.published(id);
    }

    @PostMapping("/api/v1/motions/{id}/ballots")
    @Operation(summary = "Cast the vote of my organization, or of one that gave it its proxy (member representatives)")
    ResponseEntity<BallotReceipt> ballot(@PathVariable UUID id, @RequestBody BallotRequest request) {
        UUID organization = voting.cast(id, request.choice(), request.onBehalfOf());
        return ResponseEntity.status(201).body(new BallotReceipt(id, organization, true));
    }

    @PostMapping("/api/v1/motions/{id}/proxies")
    @Operation(summary = "Give my organization's vote on this motion to another organization (member representatives)")
    ResponseEntity<Void> proxy(@PathVariable UUID id, @RequestBody ProxyRequest request) {
        if (request == null) {
            throw new InvalidInputException("holderOrganizationId", "validation.required");
        }
        voting.giveProxy(id, request.holderOrganizationId());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/secretariat/elections")
    @Operation(summary = "Create an election of the Governing Board: candidates and seats (Secretariat)")
    ResponseEntity<Elections.ElectionView> election(@RequestBody ElectionRequest request) {
        UUID id = elections.create(new Elections.ElectionCommand(request.sessionId(), request.title(), request.seats(),
                request.deadline(), request.candidates()));
        return ResponseEntity.created(URI.create("/api/v1/elections/" + id)).body(elections.election(id));
    }

    @PostMapping("/api/v1/secretariat/elections/{id}/{step:open|close|publish}")
    @Operation(summary = "Open, close (and count) or publish an election (Secretariat)")
    Elections.ElectionView electionStep(@PathVariable UUID id, @PathVariable String step) {
        switch (step) {
            case "open" -> elections.open(id);
            case "close" -> elections.close(id);
            default -> elections.publish(id);
        }
        return elections.election(id);
    }

    @GetMapping("/api/v1/elections/{id}")
    @Operation(summary = "An election with its candidates; votes once the result is published")
    Elections.ElectionView electionView(@PathVariable UUID id) {
        return elections.published(id);
    }

    @PostMapping("/api/v1/elections/{id}/ballots")
    @Operation(summary = "Choose up to one candidate per seat for my organization, by secret ballot (member representatives)")
    ResponseEntity<BallotReceipt> electionBallot(@PathVariable UUID id, @RequestBody ElectionBallotRequest request) {
        elections.cast(id, request == null ? null : request.candidates());
        return ResponseEntity.status(201).body(new BallotReceipt(id,
                delegates.organizationOf(currentActor.personId()).orElseThrow(), true));
    }

    private SessionDetail detail(UUID id) {
        return new SessionDetail(sessions.session(id), sessions.agenda(id), sessions.attendance(id), sessions.decisions(id),
                voting.ofSession(id).stream().map(m -> voting.published(m.id())).toList(),
                elections.ofSession(id).stream().map(e -> elections.published(e.id())).toList());
    }
}
