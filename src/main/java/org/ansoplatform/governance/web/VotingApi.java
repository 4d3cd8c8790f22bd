package org.ansoplatform.governance.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.Choice;
import org.ansoplatform.governance.DelegateQueries;
import org.ansoplatform.governance.ElectionCommand;
import org.ansoplatform.governance.ElectionManagement;
import org.ansoplatform.governance.ElectionView;
import org.ansoplatform.governance.MotionCommand;
import org.ansoplatform.governance.MotionManagement;
import org.ansoplatform.governance.MotionView;
import org.ansoplatform.governance.ParticipationView;
import org.ansoplatform.governance.QuorumBasis;
import org.ansoplatform.governance.SubjectType;
import org.ansoplatform.governance.VotingQueries;
import org.ansoplatform.governance.VotingRule;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Motions and elections with their polls and ballots, as JSON. */
@RestController
@Tag(name = "Governance", description = "Board and Assembly sessions, decisions, motions and ballots")
public class VotingApi {

    public record MotionRequest(UUID sessionId, Body body, String title, String text, VotingRule rule,
            QuorumBasis quorumBasis, Integer quorumPercent, boolean secret, Integer proxyLimit, Instant deadline,
            SubjectType subjectType, UUID subjectId) {
    }

    public record BallotRequest(Choice choice, UUID onBehalfOf) {
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

    private final MotionManagement motions;
    private final ElectionManagement elections;
    private final VotingQueries voting;
    private final DelegateQueries delegates;
    private final CurrentActor currentActor;

    VotingApi(MotionManagement motions, ElectionManagement elections, VotingQueries voting, DelegateQueries delegates,
            CurrentActor currentActor) {
        this.motions = motions;
        this.elections = elections;
        this.voting = voting;
        this.delegates = delegates;
        this.currentActor = currentActor;
    }

    @PostMapping("/api/v1/secretariat/motions")
    @Operation(summary = "Create a motion with its voting rule, quorum, ballot kind and proxy limit (Secretariat)")
    ResponseEntity<MotionView> motion(@RequestBody MotionRequest request) {
        UUID id = motions.create(new MotionCommand(request.sessionId(), request.body(), request.title(), request.text(),
                request.rule(), request.quorumBasis(), request.quorumPercent(), request.secret(), request.proxyLimit(),
                request.deadline(), request.subjectType(), request.subjectId()));
        return ResponseEntity.created(URI.create("/api/v1/motions/" + id)).body(voting.motion(id));
    }

    @PostMapping("/api/v1/secretariat/motions/{id}/{step:open|close|publish}")
    @Operation(summary = "Open the poll, close it and count (it never reopens), or publish the results (Secretariat)")
    MotionView motionStep(@PathVariable UUID id, @PathVariable String step) {
        PollPages.run(motions, id, step);
        return voting.motion(id);
    }

    @GetMapping("/api/v1/secretariat/motions/{id}/participation")
    @Operation(summary = "Which organizations voted and who cast their ballots; choices only for open ballots (Secretariat)")
    List<ParticipationView> participation(@PathVariable UUID id) {
        voting.motion(id);
        return voting.participation(id);
    }

    @GetMapping("/api/v1/motions/{id}")
    @Operation(summary = "A motion; its counts once the results are published")
    MotionView motion(@PathVariable UUID id) {
        return voting.publishedMotion(id);
    }

    @PostMapping("/api/v1/motions/{id}/ballots")
    @Operation(summary = "Cast the vote of my organization, or of one that gave it its proxy (member representatives)")
    ResponseEntity<BallotReceipt> ballot(@PathVariable UUID id, @RequestBody BallotRequest request) {
        UUID organization = motions.cast(id, request.choice(), request.onBehalfOf());
        return ResponseEntity.status(201).body(new BallotReceipt(id, organization, true));
    }

    @PostMapping("/api/v1/motions/{id}/proxies")
    @Operation(summary = "Give my organization's vote on this motion to another organization (member representatives)")
    ResponseEntity<Void> proxy(@PathVariable UUID id, @RequestBody ProxyRequest request) {
        if (request == null) {
            throw new InvalidInputException("holderOrganizationId", "validation.required");
        }
        motions.giveProxy(id, request.holderOrganizationId());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/secretariat/elections")
    @Operation(summary = "Create an election of the Governing Board: candidates and seats (Secretariat)")
    ResponseEntity<ElectionView> election(@RequestBody ElectionRequest request) {
        UUID id = elections.create(new ElectionCommand(request.sessionId(), request.title(), request.seats(),
                request.deadline(), request.candidates()));
        return ResponseEntity.created(URI.create("/api/v1/elections/" + id)).body(voting.election(id));
    }

    @PostMapping("/api/v1/secretariat/elections/{id}/{step:open|close|publish}")
    @Operation(summary = "Open, close (and count) or publish an election (Secretariat)")
    ElectionView electionStep(@PathVariable UUID id, @PathVariable String step) {
        PollPages.run(elections, id, step);
        return voting.election(id);
    }

    @GetMapping("/api/v1/elections/{id}")
    @Operation(summary = "An election with its candidates; votes once the result is published")
    ElectionView electionView(@PathVariable UUID id) {
        return voting.publishedElection(id);
    }

    @PostMapping("/api/v1/elections/{id}/ballots")
    @Operation(summary = "Choose up to one candidate per seat for my organization, by secret ballot (member representatives)")
    ResponseEntity<BallotReceipt> electionBallot(@PathVariable UUID id, @RequestBody ElectionBallotRequest request) {
        elections.cast(id, request == null ? null : request.candidates());
        return ResponseEntity.status(201).body(new BallotReceipt(id,
                delegates.organizationOf(currentActor.personId()).orElseThrow(), true));
    }
}
